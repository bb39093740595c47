/// "Selection + loss" as a training objective: the event weights of a `SelectionCut` over
/// labelled data, fed to an `EventLoss`; the gradient with respect to `SelectionCut/cuts` is
/// Σ_i ∂L/∂w_i · ∂w_i/∂c_k, summed in `Double`.
///
/// The general path (any relaxation, loss and number of cuts). Buffers are kept between
/// evaluations, so training allocates nothing per epoch; `TwoCutSeedObjective` is the fused,
/// faster path for two cuts and the seed loss.
public struct SelectionObjective: TrainingObjective, Sendable {
    /// The selection being trained.
    public let selection: SelectionCut
    /// The loss of the weights against the truth labels.
    public let loss: EventLoss
    /// One column per cut.
    public let columns: [[Float]]
    /// 1 for signal, 0 for background, per event.
    public let truth: [Float]
    /// The factor sharpening the relaxation (1: as it is); an annealed training raises it.
    public var sharpness: Float = 1
    /// Per cut: its weights, then its derivatives (2 × cuts arrays of one per event).
    private var cutBuffers: [[Float]]
    /// The product weights and ∂L/∂w per event.
    private var weights: [Float]
    private var slopes: [Float]

    /// An objective over `columns` (one per cut) and `truth`.
    /// - Throws: `EngineError` for empty data, wrong column count or mismatched lengths.
    public init(selection: SelectionCut, loss: EventLoss, columns: [[Float]], truth: [Float]) throws
    {
        try selection.validate(columns: columns)
        guard !truth.isEmpty else { throw EngineError.nonPositiveSize(what: "events", value: 0) }
        guard columns[0].count == truth.count else {
            throw EngineError.shapeMismatch(
                what: "truth labels", expected: [columns[0].count], found: [truth.count])
        }
        self.selection = selection
        self.loss = loss
        self.columns = columns
        self.truth = truth
        let zeros = [Float](repeating: 0, count: truth.count)
        cutBuffers = [[Float]](repeating: zeros, count: 2 * selection.cutCount)
        weights = zeros
        slopes = zeros
    }

    public mutating func lossAndGradient(
        at parameters: ParameterTree, gradient: inout ParameterTree
    ) throws -> Float {
        let cutCount = selection.cutCount
        let entry = try SelectionCut.cutsEntry(in: parameters, count: cutCount)
        if !gradient.hasSameStructure(as: parameters) { gradient = parameters.zeros() }
        let count = truth.count
        for k in 0..<cutCount {
            let cut = parameters.values[entry.offset + k]
            var (cutWeights, cutDerivatives): ([Float], [Float]) = ([], [])
            swap(&cutWeights, &cutBuffers[2 * k])
            swap(&cutDerivatives, &cutBuffers[2 * k + 1])
            columns[k].withUnsafeBufferPointer { column in
                cutWeights.withUnsafeMutableBufferPointer { cutWeights in
                    cutDerivatives.withUnsafeMutableBufferPointer { cutDerivatives in
                        selection.relaxation.apply(
                            column: column, cut: cut, weights: cutWeights,
                            derivatives: cutDerivatives, sharpness: sharpness)
                    }
                }
            }
            swap(&cutWeights, &cutBuffers[2 * k])
            swap(&cutDerivatives, &cutBuffers[2 * k + 1])
        }
        for index in 0..<count {
            var product: Float = 1
            for k in 0..<cutCount { product *= cutBuffers[2 * k][index] }
            weights[index] = product
        }
        let value = weights.withUnsafeBufferPointer { weights in
            truth.withUnsafeBufferPointer { truth in
                slopes.withUnsafeMutableBufferPointer { slopes in
                    loss.evaluate(outputs: weights, truth: truth, outputGradient: slopes)
                }
            }
        }
        for k in 0..<cutCount {
            var sum = 0.0
            for index in 0..<count {
                // ∂w/∂c_k = (Π_{m≠k} w_m) · ∂w_k/∂c_k
                var term = slopes[index] * cutBuffers[2 * k + 1][index]
                for m in 0..<cutCount where m != k { term *= cutBuffers[2 * m][index] }
                sum += Double(term)
            }
            gradient.values[entry.offset + k] = Float(sum)
        }
        return value
    }
}
