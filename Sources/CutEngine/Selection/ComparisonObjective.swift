/// A selection written as comparisons (`CutSpec`) trained against a `SelectionLoss` on weighted
/// or unweighted events: the event's selection weight is W = Π_k w_k (`BoundComparison`), the
/// loss reads W with the events' weights, and ∂L/∂c_p = Σ_i ∂L/∂W_i · (Π_{m≠k} w_m) · ∂w_k/∂c_p
/// for the comparison k owning parameter p, summed per 16 events in `Float` and across them in
/// `Double`, in event order (deterministic).
///
/// Parameters: `SelectionCut/cuts`, shape [`selection.parameterCount`], in the selection's
/// parameter order (a window's low edge, then its high edge). Buffers are kept between calls.
public struct ComparisonObjective: TrainingObjective, Sendable {
    /// The selection, every width resolved.
    public let selection: CutSpec
    /// How each comparison is relaxed (its slope is 1: widths set the scale).
    public let relaxation: Relaxation
    /// The loss.
    public let loss: SelectionLoss
    /// The comparisons bound to the data's columns.
    public let comparisons: [BoundComparison]
    private let eventCount: Int
    /// The columns the comparisons read, each padded with zeros to whole vectors.
    private let columns: [[FloatVector]]
    private let truth: [Float]
    private let weights: [Float]?
    /// Per comparison: its weights, then ∂w/∂first and ∂w/∂second (3 × comparisons arrays).
    private var cutBuffers: [[FloatVector]]
    private var products: [Float]
    private var slopes: [Float]

    /// The objective of `selection` on `data`.
    /// - Throws: `SelectionError` for unknown columns or missing widths, and for the seed loss
    ///   on weighted data; `EngineError` for data without events or an invalid relaxation.
    public init(selection: CutSpec, relaxation: Relaxation, loss: SelectionLoss, data: Dataset)
        throws
    {
        try relaxation.validate()
        guard data.count > 0 else { throw EngineError.nonPositiveSize(what: "events", value: 0) }
        if case .perEvent(.seed) = loss, data.isWeighted {
            throw SelectionError.lossTakesNoWeights(loss: EventLoss.seed.description)
        }
        comparisons = try selection.bound(to: data.columnNames, relaxation: relaxation)
        self.selection = selection
        self.relaxation = relaxation
        self.loss = loss
        eventCount = data.count
        let vectors = (data.count + FloatVector.scalarCount - 1) / FloatVector.scalarCount
        columns = comparisons.map { comparison in
            let values = data.columns[comparison.column]
            return (0..<vectors).map { v in
                values.withUnsafeBufferPointer {
                    FloatVector.load(
                        $0.baseAddress!, at: v * FloatVector.scalarCount, count: values.count)
                }
            }
        }
        truth = data.truth
        weights = data.weights
        cutBuffers = [[FloatVector]](
            repeating: [FloatVector](repeating: FloatVector(), count: vectors),
            count: 3 * comparisons.count)
        products = [Float](repeating: 0, count: vectors * FloatVector.scalarCount)
        slopes = products
    }

    /// A parameter tree holding the selection's cut values.
    public var initialParameters: ParameterTree {
        try! ParameterTree([
            (SelectionCut.parameterPath, [selection.parameterCount], selection.initialValues)
        ])
    }

    public mutating func lossAndGradient(
        at parameters: ParameterTree, gradient: inout ParameterTree
    ) throws -> Float {
        let entry = try SelectionCut.cutsEntry(in: parameters, count: selection.parameterCount)
        if !gradient.hasSameStructure(as: parameters) { gradient = parameters.zeros() }
        let cuts = Array(parameters.values[entry.range])
        let vectors = columns.first?.count ?? 0
        var product = [FloatVector](repeating: FloatVector(repeating: 1), count: vectors)
        for (k, comparison) in comparisons.enumerated() {
            let first = cuts[comparison.parameterOffset]
            let second = comparison.op == .window ? cuts[comparison.parameterOffset + 1] : 0
            for v in 0..<vectors {
                let (w, d1, d2) = comparison.weights(
                    columns[k][v], relaxation: relaxation, cut: first, high: second)
                cutBuffers[3 * k][v] = w
                cutBuffers[3 * k + 1][v] = d1
                cutBuffers[3 * k + 2][v] = d2
                product[v] *= w
            }
        }
        for v in 0..<vectors {
            for lane in 0..<FloatVector.scalarCount {
                products[v * FloatVector.scalarCount + lane] = product[v][lane]
            }
        }
        let count = eventCount
        let value = try products.withUnsafeBufferPointer { outputs in
            try truth.withUnsafeBufferPointer { truth in
                try slopes.withUnsafeMutableBufferPointer { slopes in
                    try weights.withOptionalBuffer { weights in
                        try loss.evaluate(
                            outputs: UnsafeBufferPointer(rebasing: outputs[..<count]),
                            truth: truth, weights: weights,
                            gradient: UnsafeMutableBufferPointer(rebasing: slopes[..<count]))
                    }
                }
            }
        }
        for index in count..<slopes.count { slopes[index] = 0 }
        for (k, comparison) in comparisons.enumerated() {
            var sums = (0.0, 0.0)
            for v in 0..<vectors {
                var others = FloatVector(repeating: 1)
                for m in comparisons.indices where m != k { others *= cutBuffers[3 * m][v] }
                let slope = slopes.withUnsafeBufferPointer {
                    FloatVector.load(
                        $0.baseAddress!, at: v * FloatVector.scalarCount, count: $0.count)
                }
                let common = slope * others
                sums.0 += Double((common * cutBuffers[3 * k + 1][v]).pairwiseSum)
                sums.1 += Double((common * cutBuffers[3 * k + 2][v]).pairwiseSum)
            }
            gradient.values[entry.offset + comparison.parameterOffset] = Float(sums.0)
            if comparison.op == .window {
                gradient.values[entry.offset + comparison.parameterOffset + 1] = Float(sums.1)
            }
        }
        return Float(value)
    }
}

extension Optional where Wrapped == [Float] {
    /// Calls `body` with a buffer over the array, or with nil.
    func withOptionalBuffer<R>(_ body: (UnsafeBufferPointer<Float>?) throws -> R) rethrows -> R {
        guard let array = self else { return try body(nil) }
        return try array.withUnsafeBufferPointer { try body($0) }
    }
}
