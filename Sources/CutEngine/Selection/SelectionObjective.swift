/// "Selection + loss" as a training objective: the event weights of a `SelectionCut` over
/// labelled data, fed to an `EventLoss`; the gradient with respect to `SelectionCut/cuts` is
/// Σ_i ∂L/∂w_i · ∂w_i/∂c_k.
///
/// The general path (any relaxation, loss and number of cuts), allocating per evaluation;
/// `TwoCutSeedObjective` is the fused fast path for two cuts and the seed loss.
public struct SelectionObjective: TrainingObjective {
    /// The selection being trained.
    public let selection: SelectionCut
    /// The loss of the weights against the truth labels.
    public let loss: EventLoss
    /// One column per cut.
    public let columns: [[Float]]
    /// 1 for signal, 0 for background, per event.
    public let truth: [Float]

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
    }

    /// The loss at `parameters` and its gradient (a tree at `SelectionCut/cuts`).
    public func lossAndGradient(at parameters: ParameterTree) throws -> (
        loss: Float, gradient: ParameterTree
    ) {
        var gradient = parameters.zeros()
        var copy = self
        let value = try copy.lossAndGradient(at: parameters, gradient: &gradient)
        return (value, gradient)
    }

    public mutating func lossAndGradient(
        at parameters: ParameterTree, gradient: inout ParameterTree
    ) throws -> Float {
        let cuts = try parameters.array(SelectionCut.parameterPath)
        let (weights, derivatives) = try selection.weights(
            columns: columns, cuts: cuts, wantDerivatives: true)
        let (value, slopes) = try loss.valueAndGradient(outputs: weights, truth: truth)
        var cutGradient = [Float](repeating: 0, count: selection.cutCount)
        for k in 0..<selection.cutCount {
            var sum = 0.0
            for index in slopes.indices { sum += Double(slopes[index] * derivatives[k][index]) }
            cutGradient[k] = Float(sum)
        }
        gradient = parameters.zeros()
        try gradient.set(SelectionCut.parameterPath, to: cutGradient)
        return value
    }
}
