/// What a training minimises: a loss and its gradient with respect to the parameters.
///
/// `mutating` so an objective may keep scratch buffers between calls (no per-epoch allocation).
public protocol TrainingObjective {
    /// The loss at `parameters`; writes d loss / d parameters into `gradient`, a tree of the
    /// same structure as `parameters` (its previous values are overwritten, not accumulated).
    mutating func lossAndGradient(at parameters: ParameterTree, gradient: inout ParameterTree)
        throws -> Float

    /// Called by `Trainer` before each epoch's `lossAndGradient`, so that an objective can
    /// follow a schedule (a relaxation's slope, a noise width). Epochs count from 1.
    mutating func prepare(epoch: Int, of epochs: Int) throws
}

extension TrainingObjective {
    /// Most objectives are the same at every epoch.
    public mutating func prepare(epoch: Int, of epochs: Int) throws {}

    /// The loss at `parameters` and its gradient in a new tree. Runs on a copy, so `self` and
    /// its scratch buffers are left as they are.
    public func lossAndGradient(at parameters: ParameterTree) throws -> (
        loss: Float, gradient: ParameterTree
    ) {
        var gradient = parameters.zeros()
        var copy = self
        let loss = try copy.lossAndGradient(at: parameters, gradient: &gradient)
        return (loss, gradient)
    }
}

/// A training objective given as a closure returning the loss and the gradient.
public struct ClosureObjective: TrainingObjective {
    private let body: (ParameterTree) throws -> (loss: Float, gradient: ParameterTree)

    /// An objective computed by `body`.
    public init(_ body: @escaping (ParameterTree) throws -> (loss: Float, gradient: ParameterTree))
    {
        self.body = body
    }

    public mutating func lossAndGradient(
        at parameters: ParameterTree, gradient: inout ParameterTree
    ) throws -> Float {
        let (loss, computed) = try body(parameters)
        try parameters.requireSameStructure(as: computed, what: "gradient from the objective")
        gradient = computed
        return loss
    }
}
