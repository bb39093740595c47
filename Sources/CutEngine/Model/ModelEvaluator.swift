/// A model bound to a data set for fast evaluation: the loss and its gradient (a training
/// epoch's work), the loss alone, and the raw outputs, computed by the chunked SIMD kernels on
/// all cores. Results do not depend on the number of threads.
///
/// Create one per model and data set and reuse it: it lays the events out once and keeps its
/// scratch memory. Not safe to call from two threads at once.
public final class ModelEvaluator: @unchecked Sendable {
    /// The model.
    public let model: Model
    /// The loss that `loss` and `lossAndGradient` compute.
    public let loss: EventLoss
    /// The number of events.
    public let eventCount: Int
    /// The truth label of every event, in the data's order.
    public let truth: [Float]
    /// The events' own weights, in the data's order (nil: each event counts 1).
    public let eventWeights: [Float]?
    let kernels: KernelEvaluator
    /// The seed loss has no weighted form: set for it on weighted data.
    private let refusesLoss: Bool

    private func checkLoss() throws {
        if refusesLoss { throw SelectionError.lossTakesNoWeights(loss: loss.description) }
    }

    /// Binds `model` to `data` (its columns, in order, are the model's inputs).
    /// - Parameter executor: the threads to use; `BlockExecutor.shared` uses every core.
    /// - Parameter blocks: the dense kernels' register blocks; `native` suits this CPU, and
    ///   every shape gives the same bits.
    /// Weighted data weighs every per-event loss term by its event's weight (the mean BCE
    /// becomes the weighted mean).
    /// - Throws: `ModelError.columnCountMismatch` when the data has another number of columns;
    ///   `EngineError.nonPositiveSize` for data without events. (The seed loss on weighted
    ///   data is refused when a loss is asked for: `SelectionError.lossTakesNoWeights`.)
    public init(
        model: Model, data: Dataset, loss: EventLoss = .seed,
        executor: BlockExecutor = .shared, blocks: DenseBlockShape = .native
    ) throws {
        guard data.columnCount == model.inputColumns else {
            throw ModelError.columnCountMismatch(model: model.inputColumns, data: data.columnCount)
        }
        guard data.count > 0 else { throw EngineError.nonPositiveSize(what: "events", value: 0) }
        refusesLoss = loss == .seed && data.isWeighted
        self.model = model
        self.loss = loss
        eventCount = data.count
        truth = data.truth
        eventWeights = data.weights
        kernels = KernelEvaluator(
            graph: model.graph,
            batch: EventBatch(columns: data.columns, truth: data.truth, weights: data.weights),
            loss: loss, executor: executor, blocks: blocks)
    }

    /// The loss at `parameters`, and its gradient (a tree of the same structure) in `gradient`.
    /// - Throws: `ModelError.parameterStructureMismatch` for parameters of another model.
    public func lossAndGradient(_ parameters: ParameterTree, gradient: inout ParameterTree)
        throws -> Double
    {
        try model.check(parameters)
        try checkLoss()
        if !gradient.hasSameStructure(as: parameters) { gradient = parameters.zeros() }
        return kernels.lossAndGradient(parameters: parameters.values, into: &gradient.values)
    }

    /// The loss at `parameters` and its gradient.
    /// - Throws: `ModelError.parameterStructureMismatch` for parameters of another model.
    public func lossAndGradient(_ parameters: ParameterTree) throws -> (
        loss: Double, gradient: ParameterTree
    ) {
        var gradient = parameters.zeros()
        let value = try lossAndGradient(parameters, gradient: &gradient)
        return (value, gradient)
    }

    /// The dense arithmetic (network layers) of one `lossAndGradient` at `parameters`, counted
    /// from the kernels' loop bounds; what `cutbook bench` reports as executed GFLOP/s.
    /// - Throws: `ModelError.parameterStructureMismatch` for parameters of another model.
    public func denseWork(_ parameters: ParameterTree) throws -> DenseWork {
        try model.check(parameters)
        return kernels.denseWork(parameters: parameters.values)
    }

    /// The loss at `parameters` (forward passes only).
    /// - Throws: `ModelError.parameterStructureMismatch` for parameters of another model.
    public func lossValue(_ parameters: ParameterTree) throws -> Double {
        try model.check(parameters)
        try checkLoss()
        return kernels.lossValue(parameters: parameters.values)
    }

    /// The model's raw output for every event, in the data's order.
    /// - Throws: `ModelError.parameterStructureMismatch` for parameters of another model.
    public func outputs(_ parameters: ParameterTree) throws -> [Float] {
        try model.check(parameters)
        return kernels.outputs(parameters: parameters.values)
    }
}
