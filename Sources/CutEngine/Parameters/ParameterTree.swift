/// An ordered, named tree of `Float` arrays — every trainable parameter of a model — stored in
/// one flat contiguous buffer so that optimizers work on a single array.
///
/// Paths name a module and a parameter, Haiku style: `SelectionCut/cuts`, `mlp/linear_0/w`.
/// A gradient is a tree of the same structure (`zeros()` makes one). Order is insertion order
/// and is part of the structure: it fixes the layout of `values` and the printed form.
public struct ParameterTree: Sendable, Equatable, CustomStringConvertible {
    /// Where one named array lives in `values`.
    public struct Entry: Sendable, Equatable {
        /// The full path, like `SelectionCut/cuts`.
        public let path: String
        /// The array's shape (row-major); its element count is the product.
        public let shape: [Int]
        /// The index of its first element in `values`.
        public let offset: Int
        /// Its number of elements.
        public var count: Int { shape.reduce(1, *) }
        /// The range of its elements in `values`.
        public var range: Range<Int> { offset..<(offset + count) }
    }

    /// The named arrays, in order.
    public private(set) var entries: [Entry] = []
    /// All elements of all arrays, concatenated in entry order.
    public var values: [Float] = []

    /// An empty tree.
    public init() {}

    /// A tree of the given named arrays, in order.
    /// - Throws: `EngineError` for a duplicate path, a non-positive dimension, or values whose
    ///   count is not the shape's element count.
    public init(_ arrays: [(path: String, shape: [Int], values: [Float])]) throws {
        for array in arrays { try add(array.path, shape: array.shape, values: array.values) }
    }

    /// Appends a named array.
    /// - Throws: `EngineError` for a duplicate path, a non-positive dimension, or values whose
    ///   count is not the shape's element count.
    public mutating func add(_ path: String, shape: [Int], values newValues: [Float]) throws {
        guard !entries.contains(where: { $0.path == path }) else {
            throw EngineError.duplicateParameter(path: path)
        }
        for dimension in shape where dimension <= 0 {
            throw EngineError.nonPositiveSize(what: "dimension of '\(path)'", value: dimension)
        }
        let count = shape.reduce(1, *)
        guard newValues.count == count else {
            throw EngineError.shapeMismatch(
                what: "values of '\(path)'", expected: shape, found: [newValues.count])
        }
        entries.append(Entry(path: path, shape: shape, offset: values.count))
        values.append(contentsOf: newValues)
    }

    /// The paths, in order.
    public var paths: [String] { entries.map(\.path) }

    /// The total number of elements.
    public var count: Int { values.count }

    /// The entry at `path`.
    /// - Throws: `EngineError.unknownParameter` naming the paths the tree holds.
    public func entry(_ path: String) throws -> Entry {
        guard let entry = entries.first(where: { $0.path == path }) else {
            throw EngineError.unknownParameter(path: path, available: paths)
        }
        return entry
    }

    /// The elements of the array at `path`.
    /// - Throws: `EngineError.unknownParameter` when the tree has no such path.
    public func array(_ path: String) throws -> [Float] {
        Array(values[try entry(path).range])
    }

    /// Replaces the elements of the array at `path`.
    /// - Throws: `EngineError` for an unknown path or a different element count.
    public mutating func set(_ path: String, to newValues: [Float]) throws {
        let entry = try entry(path)
        guard newValues.count == entry.count else {
            throw EngineError.shapeMismatch(
                what: "new values of '\(path)'", expected: entry.shape, found: [newValues.count])
        }
        values.replaceSubrange(entry.range, with: newValues)
    }

    /// A tree of the same structure with every element 0 (the shape of a gradient).
    public func zeros() -> ParameterTree {
        var tree = self
        tree.values = [Float](repeating: 0, count: values.count)
        return tree
    }

    /// A tree of the same structure holding `newValues`.
    /// - Throws: `EngineError.shapeMismatch` when the element count differs.
    public func withValues(_ newValues: [Float]) throws -> ParameterTree {
        guard newValues.count == values.count else {
            throw EngineError.shapeMismatch(
                what: "values for the parameter tree", expected: [values.count],
                found: [newValues.count])
        }
        var tree = self
        tree.values = newValues
        return tree
    }

    /// Whether `other` has the same paths and shapes in the same order.
    public func hasSameStructure(as other: ParameterTree) -> Bool {
        entries == other.entries
    }

    /// Throws unless `other` has the same structure (for gradients and optimizer updates).
    /// - Throws: `EngineError.shapeMismatch` describing both structures.
    public func requireSameStructure(as other: ParameterTree, what: String) throws {
        guard hasSameStructure(as: other) else {
            throw EngineError.shapeMismatch(
                what: "\(what) (paths \(other.paths) against \(paths))",
                expected: entries.flatMap(\.shape), found: other.entries.flatMap(\.shape))
        }
    }

    /// One line per array: path, shape and values, like `SelectionCut/cuts [2] = [1.0, 1.0]`.
    public var description: String {
        entries.map { entry in
            let shown = values[entry.range].prefix(8).map { "\($0)" }.joined(separator: ", ")
            let more = entry.count > 8 ? ", … (\(entry.count) values)" : ""
            return "\(entry.path) \(entry.shape) = [\(shown)\(more)]"
        }.joined(separator: "\n")
    }
}
