/// One cut on one column trained against a `CutLoss` of the signal and background weights
/// (study 3): parameters `SelectionCut/cuts` of shape [1], loss and gradient from
/// `CutLoss.valueAndCutGradient`. S/√B is maximised, so train it with gradient ascent.
public struct CutLossObjective: TrainingObjective, Sendable {
    /// The loss of the weights.
    public let loss: CutLoss
    /// How the cut is relaxed.
    public let relaxation: Relaxation
    /// The signal events' values.
    public let signal: [Float]
    /// The background events' values.
    public let background: [Float]
    /// The factor sharpening the relaxation (1: as it is); an annealed training raises it.
    public var sharpness: Float = 1

    /// An objective over `signal` and `background` values.
    /// - Throws: `EngineError` for an empty sample or an invalid relaxation.
    public init(loss: CutLoss, relaxation: Relaxation, signal: [Float], background: [Float]) throws
    {
        try relaxation.validate()
        guard !signal.isEmpty else {
            throw EngineError.nonPositiveSize(what: "signal events", value: 0)
        }
        guard !background.isEmpty else {
            throw EngineError.nonPositiveSize(what: "background events", value: 0)
        }
        self.loss = loss
        self.relaxation = relaxation
        self.signal = signal
        self.background = background
    }

    /// An objective over column `column` of `dataset`, split by its truth labels.
    /// - Throws: `EngineError` or the data set's error for an unknown column or empty class.
    public init(loss: CutLoss, relaxation: Relaxation, dataset: Dataset, column: String) throws {
        let (signal, background) = dataset.splitByClass(try dataset.column(named: column))
        try self.init(loss: loss, relaxation: relaxation, signal: signal, background: background)
    }

    /// A parameter tree holding one cut at `value`.
    public static func parameters(cut value: Float) -> ParameterTree {
        try! ParameterTree([(SelectionCut.parameterPath, [1], [value])])
    }

    public mutating func lossAndGradient(
        at parameters: ParameterTree, gradient: inout ParameterTree
    ) throws -> Float {
        let entry = try SelectionCut.cutsEntry(in: parameters, count: 1)
        let (value, slope) = loss.valueAndCutGradient(
            relaxation: relaxation, signal: signal, background: background,
            cut: parameters.values[entry.offset], sharpness: sharpness)
        if !gradient.hasSameStructure(as: parameters) { gradient = parameters.zeros() }
        gradient.values[entry.offset] = Float(slope)
        return Float(value)
    }
}
