/// A selection as physicists write it: comparisons on named columns whose numbers are the
/// initial cut values, like `pt > 40, abs(eta) < 2.0, 100 < mass < 150`.
///
/// Parse text with `CutSpec(parsing:)`; `description` prints the canonical text back. Each
/// comparison owns one parameter (a window owns two, low then high), laid out in comparison
/// order under `SelectionCut/cuts`, so `parameterOffsets[k]` is where comparison k's values
/// start. Each comparison is relaxed with a width in its column's units: written after `~`
/// (`pt > 40 ~ 5`), or, when not written, derived from the data by `resolvingWidths(in:)`.
public struct CutSpec: Sendable, Hashable, CustomStringConvertible {
    /// The comparisons, in the order written.
    public let comparisons: [Comparison]

    /// A selection of `comparisons`.
    /// - Throws: `EngineError.nonPositiveSize` for an empty list.
    public init(_ comparisons: [Comparison]) throws {
        guard !comparisons.isEmpty else {
            throw EngineError.nonPositiveSize(what: "comparisons in a selection", value: 0)
        }
        self.comparisons = comparisons
    }

    /// The number of trainable cut values (a window counts two).
    public var parameterCount: Int { comparisons.reduce(0) { $0 + $1.op.parameterCount } }

    /// Where each comparison's values start among the cut values.
    public var parameterOffsets: [Int] {
        var offsets: [Int] = []
        var next = 0
        for comparison in comparisons {
            offsets.append(next)
            next += comparison.op.parameterCount
        }
        return offsets
    }

    /// The initial cut values, in parameter order.
    public var initialValues: [Float] { comparisons.flatMap(\.values) }

    /// Whether every comparison has a width.
    public var hasAllWidths: Bool { comparisons.allSatisfy { $0.width != nil } }

    /// The same comparisons with `values` (in parameter order) as their cut values: the
    /// trained selection, read back from `SelectionCut/cuts`.
    /// - Throws: `EngineError.shapeMismatch` unless there is one value per parameter.
    public func with(values: [Float]) throws -> CutSpec {
        guard values.count == parameterCount else {
            throw EngineError.shapeMismatch(
                what: "cut values of \(self)", expected: [parameterCount], found: [values.count])
        }
        let offsets = parameterOffsets
        return try CutSpec(
            comparisons.indices.map { k in
                var comparison = comparisons[k]
                comparison.values = Array(
                    values[offsets[k]..<offsets[k] + comparison.op.parameterCount])
                return comparison
            })
    }

    /// The canonical text, widths included: `pt > 40 ~ 5, abs(eta) < 2, 100 < mass < 150`.
    public var description: String { comparisons.map(\.description).joined(separator: ", ") }
}

/// One comparison of a selection: a column, how it is compared, its cut value(s) and the
/// width its relaxation uses.
public struct Comparison: Sendable, Hashable, CustomStringConvertible {
    /// The column compared.
    public var column: String
    /// How it is compared.
    public var op: CutOperator
    /// The cut value, or for a window the low and high edges.
    public var values: [Float]
    /// The relaxation's width in the column's units, or nil when it is to be derived from the
    /// data (`CutSpec.resolvingWidths(in:)`).
    public var width: Float?

    /// A comparison; `values` holds `op.parameterCount` numbers.
    public init(column: String, op: CutOperator, values: [Float], width: Float? = nil) {
        precondition(values.count == op.parameterCount, "one value per parameter")
        self.column = column
        self.op = op
        self.values = values
        self.width = width
    }

    /// Whether an event with value `x` passes the hard cut: `x > c`, `x < c`, `|x| < c`,
    /// `|x| > c` or `low < x < high`, strict inequalities (NaN passes nothing).
    public func passes(_ x: Float) -> Bool {
        switch op {
        case .greater: return x > values[0]
        case .less: return x < values[0]
        case .absGreater: return abs(x) > values[0]
        case .absLess: return abs(x) < values[0]
        case .window: return x > values[0] && x < values[1]
        }
    }

    /// As written: `pt > 40`, `abs(eta) < 2`, `100 < mass < 150`, then ` ~ width` if set.
    public var description: String {
        let number = ModelExpression.format
        var text: String
        switch op {
        case .greater: text = "\(column) > \(number(values[0]))"
        case .less: text = "\(column) < \(number(values[0]))"
        case .absGreater: text = "abs(\(column)) > \(number(values[0]))"
        case .absLess: text = "abs(\(column)) < \(number(values[0]))"
        case .window: text = "\(number(values[0])) < \(column) < \(number(values[1]))"
        }
        if let width { text += " ~ \(number(width))" }
        return text
    }
}

/// How a comparison compares its column with its cut value(s).
public enum CutOperator: String, Sendable, Hashable, CaseIterable {
    /// `x > c`: a lower cut.
    case greater = ">"
    /// `x < c`: an upper cut.
    case less = "<"
    /// `abs(x) > c`.
    case absGreater = "abs>"
    /// `abs(x) < c`.
    case absLess = "abs<"
    /// `low < x < high`: a window, two parameters.
    case window = "window"

    /// The number of cut values: 2 for a window, else 1.
    public var parameterCount: Int { self == .window ? 2 : 1 }

    /// Whether the column is compared by its absolute value.
    public var usesAbsoluteValue: Bool { self == .absGreater || self == .absLess }
}
