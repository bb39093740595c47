/// The training loop: evaluates an objective, steps an optimizer, logs and stops on NaN.
///
/// Each epoch tells the objective which epoch it is (`TrainingObjective.prepare`), evaluates
/// the loss and gradient at the current parameters, then applies one optimizer step. Epoch 1
/// and every `epochs / 10`th epoch are logged (every epoch when there are fewer than 10). If a
/// loss is NaN, training stops before applying that epoch's update and returns the parameters
/// that gave the last finite loss, with a warning and the structured fact
/// (`TrainingResult.nanStop`).
///
/// Parameters at `frozenPaths` are held fixed: their gradient is zeroed before the optimizer
/// sees it (so Adam's moments for them stay 0 and zero-NaNs counts none of them) and their
/// values are never written, so they end bit for bit as they started.
public struct Trainer: Sendable {
    /// The optimizer stepping the parameters.
    public let optimizer: Optimizer
    /// The number of epochs to run.
    public let epochs: Int
    /// The parameter paths that receive no update.
    public let frozenPaths: [String]

    /// A loop of `epochs` epochs with `optimizer`, holding the parameters at `frozenPaths` fixed.
    /// - Throws: `EngineError.nonPositiveSize` unless `epochs` > 0.
    public init(optimizer: Optimizer, epochs: Int, frozenPaths: [String] = []) throws {
        guard epochs > 0 else { throw EngineError.nonPositiveSize(what: "epochs", value: epochs) }
        self.optimizer = optimizer
        self.epochs = epochs
        self.frozenPaths = frozenPaths
    }

    /// The log interval: `epochs / 10`, at least 1.
    public var logInterval: Int { max(1, epochs / 10) }

    /// Trains from `initial`, calling `onEpoch` after every applied update.
    /// - Throws: whatever the objective throws, `EngineError.shapeMismatch` when the
    ///   objective's gradient does not have the parameters' structure, and
    ///   `EngineError.unknownParameter` for a frozen path `initial` does not hold.
    public func train<Objective: TrainingObjective>(
        _ objective: inout Objective, from initial: ParameterTree,
        onEpoch: ((EpochReport) -> Void)? = nil
    ) throws -> TrainingResult {
        let clock = ContinuousClock()
        let start = clock.now
        let frozen = try frozenPaths.map { try initial.entry($0).range }
        var parameters = initial
        var gradient = initial.zeros()
        var state = optimizer.initialState(for: initial)
        var scratch = [Float](repeating: 0, count: initial.count)
        var history: [Float] = []
        history.reserveCapacity(epochs)
        var log: [TrainingLogEntry] = []
        var warnings: [String] = []
        var lastGood = initial
        var nanStop: NaNStop?
        for epoch in 1...epochs {
            try objective.prepare(epoch: epoch, of: epochs)
            let loss = try objective.lossAndGradient(at: parameters, gradient: &gradient)
            if loss.isNaN {
                warnings.append(
                    "loss became NaN at epoch \(epoch); stopped and kept the parameters of "
                        + "epoch \(epoch - 1) (the last finite loss).")
                parameters = lastGood
                nanStop = NaNStop(epoch: epoch, lastFiniteLoss: history.last)
                break
            }
            lastGood.values.withUnsafeMutableBufferPointer { good in
                for index in good.indices { good[index] = parameters.values[index] }
            }
            history.append(loss)
            if epoch == 1 || epoch % logInterval == 0 {
                log.append(TrainingLogEntry(epoch: epoch, loss: loss, parameters: parameters))
            }
            try optimizer.step(
                &parameters, gradient: gradient, state: &state, scratch: &scratch, frozen: frozen)
            onEpoch?(EpochReport(epoch: epoch, loss: loss, parameters: parameters))
        }
        let elapsed = clock.now - start
        let seconds =
            Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        return TrainingResult(
            parameters: parameters, lossHistory: history, log: log, warnings: warnings,
            epochsRun: history.count, seconds: seconds, optimizerState: state,
            nanStop: nanStop)
    }
}
