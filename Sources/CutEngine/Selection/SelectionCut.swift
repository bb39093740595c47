/// The selection module: N relaxed cuts `x_k > c_k` on N columns, the event weight being the
/// product of the cuts' weights, w = Π_k w_k(x_k; c_k).
///
/// Its parameters live in a tree at `SelectionCut/cuts` (shape [N]), as in the seed's Haiku
/// module. ∂w/∂c_k = (Π_{m≠k} w_m) · ∂w_k/∂c_k.
public struct SelectionCut: Sendable, Hashable {
    /// The parameter path of the cut values.
    public static let parameterPath = "SelectionCut/cuts"

    /// How each cut is relaxed.
    public let relaxation: Relaxation
    /// The number of cuts (and of columns they apply to).
    public let cutCount: Int

    /// A selection of `cutCount` cuts relaxed by `relaxation`.
    /// - Throws: `EngineError` for a non-positive cut count or an invalid relaxation.
    public init(relaxation: Relaxation, cutCount: Int) throws {
        guard cutCount > 0 else {
            throw EngineError.nonPositiveSize(what: "number of cuts", value: cutCount)
        }
        try relaxation.validate()
        self.relaxation = relaxation
        self.cutCount = cutCount
    }

    /// The entry of the cut values in `parameters`, checked to hold `count` cuts.
    /// - Throws: `EngineError.unknownParameter` when there is no such entry,
    ///   `EngineError.shapeMismatch` when it holds another number of values.
    static func cutsEntry(in parameters: ParameterTree, count: Int) throws -> ParameterTree.Entry {
        let entry = try parameters.entry(parameterPath)
        guard entry.count == count else {
            let cuts = count == 1 ? "one cut" : count == 2 ? "two cuts" : "\(count) cuts"
            throw EngineError.shapeMismatch(
                what: "\(parameterPath) for \(cuts)", expected: [count], found: entry.shape)
        }
        return entry
    }

    /// A parameter tree holding the initial cut values.
    /// - Throws: `EngineError.shapeMismatch` unless there is one value per cut.
    public func parameters(cuts: [Float]) throws -> ParameterTree {
        guard cuts.count == cutCount else {
            throw EngineError.shapeMismatch(
                what: "initial cut values", expected: [cutCount], found: [cuts.count])
        }
        return try ParameterTree([(Self.parameterPath, [cutCount], cuts)])
    }

    /// A parameter tree with every cut at `value` (the seed's `init=(1, 1)` style).
    public func parameters(allCutsAt value: Float) -> ParameterTree {
        try! parameters(cuts: [Float](repeating: value, count: cutCount))
    }

    /// Throws unless `columns` has one column per cut, all of one length.
    /// - Throws: `EngineError.shapeMismatch`.
    public func validate(columns: [[Float]]) throws {
        guard columns.count == cutCount else {
            throw EngineError.shapeMismatch(
                what: "columns for \(cutCount) cuts", expected: [cutCount], found: [columns.count])
        }
        for column in columns where column.count != columns[0].count {
            throw EngineError.shapeMismatch(
                what: "column lengths", expected: [columns[0].count], found: [column.count])
        }
    }

    /// The event weights for `cuts` over `columns` (one column per cut), and, when asked, the
    /// derivative of each event's weight with respect to each cut (`derivatives[k][i]`).
    /// - Throws: `EngineError.shapeMismatch` for wrong column or cut counts.
    public func weights(columns: [[Float]], cuts: [Float], wantDerivatives: Bool = false) throws
        -> (weights: [Float], derivatives: [[Float]])
    {
        try validate(columns: columns)
        guard cuts.count == cutCount else {
            throw EngineError.shapeMismatch(
                what: "cut values", expected: [cutCount], found: [cuts.count])
        }
        let perCut = (0..<cutCount).map {
            relaxation.weightsAndDerivatives(of: columns[$0], cut: cuts[$0])
        }
        let count = columns[0].count
        var weights = [Float](repeating: 1, count: count)
        for cut in perCut {
            for index in 0..<count { weights[index] *= cut.weights[index] }
        }
        guard wantDerivatives else { return (weights, []) }
        var derivatives: [[Float]] = []
        for k in 0..<cutCount {
            var derivative = perCut[k].derivatives
            for m in 0..<cutCount where m != k {
                for index in 0..<count { derivative[index] *= perCut[m].weights[index] }
            }
            derivatives.append(derivative)
        }
        return (weights, derivatives)
    }
}
