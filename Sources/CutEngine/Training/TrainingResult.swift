/// What the training loop reports after each epoch.
public struct EpochReport: Sendable {
    /// The epoch, from 1.
    public let epoch: Int
    /// The loss at the parameters the epoch started from.
    public let loss: Float
    /// The parameters after the epoch's update.
    public let parameters: ParameterTree
}

/// One line of a training log: the epoch, its loss and the parameters it started from.
public struct TrainingLogEntry: Sendable, Equatable, CustomStringConvertible {
    /// The epoch, from 1.
    public let epoch: Int
    /// The loss at the start of the epoch.
    public let loss: Float
    /// The parameters the epoch started from.
    public let parameters: ParameterTree

    /// Like `epoch  500: loss 98554.812`.
    public var description: String {
        "epoch \(epoch): loss \(loss)"
    }
}

/// The outcome of a training.
public struct TrainingResult: Sendable {
    /// The final parameters; after a NaN loss, the last parameters whose loss was finite.
    public let parameters: ParameterTree
    /// The loss of every epoch run, at the parameters the epoch started from.
    public let lossHistory: [Float]
    /// Epoch 1 and every `epochs / 10`th epoch.
    public let log: [TrainingLogEntry]
    /// Anything the caller should know, like a training stopped by a NaN loss.
    public let warnings: [String]
    /// The epochs whose loss was finite (and whose update was applied).
    public let epochsRun: Int
    /// Wall-clock seconds spent training (not part of any result's identity).
    public let seconds: Double
    /// The optimizer's state at the end.
    public let optimizerState: OptimizerState
    /// Where the loss became NaN, when it did (the training then stopped there).
    public let nanStop: NaNStop?
}

/// The fact that a training stopped because its loss became NaN.
public struct NaNStop: Sendable, Equatable {
    /// The epoch (from 1) whose loss was NaN; its update was not applied.
    public let epoch: Int
    /// The loss of the epoch before, the last finite one; nil when epoch 1 was already NaN.
    public let lastFiniteLoss: Float?

    /// A stop at `epoch` after `lastFiniteLoss`.
    public init(epoch: Int, lastFiniteLoss: Float?) {
        self.epoch = epoch
        self.lastFiniteLoss = lastFiniteLoss
    }
}
