/// What a training does to its objective beyond the loss itself: a relaxation annealed over
/// the epochs, a restoring term pulling cuts back toward the data, a stochastic estimate of a
/// hard cut's gradient. `none` is the plain objective, bit for bit.
public struct TrainingAdjustments: Sendable, Hashable {
    /// The relaxation's sharpness per epoch (`Relaxation.weightsAndDerivatives(_:cut:sharpness:)`),
    /// e.g. 1 → 64 geometric; nil keeps the relaxation as it is.
    public var sharpness: Schedule?
    /// λ of a `RestoringTerm` over the training data's range of each cut's column; nil for none.
    public var restoringStrength: Double?
    /// A score-function estimate of the gradient of hard cuts, instead of any relaxation.
    public var stochastic: StochasticGradient?

    /// No adjustment.
    public static let none = TrainingAdjustments()

    /// Adjustments as given.
    public init(
        sharpness: Schedule? = nil, restoringStrength: Double? = nil,
        stochastic: StochasticGradient? = nil
    ) {
        self.sharpness = sharpness
        self.restoringStrength = restoringStrength
        self.stochastic = stochastic
    }
}

/// An objective with a sharpness schedule applied before each epoch and a restoring term added
/// to its loss and gradient at `SelectionCut/cuts`.
struct AdjustedObjective<Base: TrainingObjective>: TrainingObjective {
    /// The objective adjusted.
    var base: Base
    /// Sets the base's sharpness, when the schedule is given.
    let sharpen: ((inout Base, Float) -> Void)?
    /// The sharpness per epoch.
    let sharpness: Schedule?
    /// The term pulling the cuts back toward the data.
    let restoring: RestoringTerm?
    /// Whether the loss is maximised (the restoring term is then subtracted).
    let maximised: Bool

    mutating func prepare(epoch: Int, of epochs: Int) throws {
        if let sharpness, let sharpen {
            sharpen(&base, Float(sharpness.value(epoch: epoch, of: epochs)))
        }
        try base.prepare(epoch: epoch, of: epochs)
    }

    mutating func lossAndGradient(at parameters: ParameterTree, gradient: inout ParameterTree)
        throws -> Float
    {
        let loss = try base.lossAndGradient(at: parameters, gradient: &gradient)
        guard let restoring else { return loss }
        let entry = try SelectionCut.cutsEntry(in: parameters, count: restoring.ranges.count)
        let (value, slopes) = restoring.valueAndGradient(Array(parameters.values[entry.range]))
        guard value > 0 else { return loss }
        let sign: Double = maximised ? -1 : 1
        for (k, slope) in slopes.enumerated() {
            let index = entry.offset + k
            gradient.values[index] = Float(Double(gradient.values[index]) + sign * slope)
        }
        return Float(Double(loss) + sign * value)
    }
}
