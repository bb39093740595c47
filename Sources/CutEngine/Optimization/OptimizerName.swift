/// The one table of optimizer names: what reports and the directive reference write for each
/// optimizer, and the optimizer each name builds.
public enum OptimizerName: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// The seed's Adam (optax defaults) followed by zero-NaNs: `Optimizer.adam`.
    case adam
    /// Plain gradient steps, descent or ascent: `Optimizer.gradientStep`.
    case gradient

    /// Every name in reference order: `adam`, `gradient`.
    public static let names = allCases.map(\.rawValue)

    /// The name as written.
    public var description: String { rawValue }

    /// Whether this optimizer can maximise a loss: both can (Adam's update is odd in the
    /// gradient, so ascent is its descent with the learning rate's sign flipped).
    public var canMaximise: Bool { true }

    /// The optimizer with step size `learningRate`, climbing the loss when `maximising`.
    /// - Throws: `EngineError.invalidLearningRate` for a rate that is not finite and > 0.
    public func optimizer(learningRate: Float, maximising: Bool = false) throws -> Optimizer {
        switch self {
        case .adam:
            return try Optimizer.adam(learningRate: learningRate, ascent: maximising)
        case .gradient:
            return try Optimizer.gradientStep(learningRate: learningRate, ascent: maximising)
        }
    }
}
