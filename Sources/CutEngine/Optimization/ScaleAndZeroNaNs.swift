/// Multiplies every update by a constant (optax's `scale`); with −learning rate it is
/// `scale_by_learning_rate`.
public struct Scale: GradientTransform {
    /// The factor.
    public let factor: Float
    public var name: String { "scale" }

    /// Multiplies by `factor`.
    /// - Throws: `EngineError.invalidHyperparameter` when the factor is not finite.
    public init(by factor: Float) throws {
        guard factor.isFinite else {
            throw EngineError.invalidHyperparameter(
                name: "scale factor", value: Double(factor), expected: "a finite number")
        }
        self.factor = factor
    }

    /// Multiplies by −`learningRate` (descent) or +`learningRate` (ascent).
    /// - Throws: `EngineError.invalidLearningRate` unless the rate is finite and > 0.
    public init(learningRate: Float, ascent: Bool = false) throws {
        guard learningRate.isFinite, learningRate > 0 else {
            throw EngineError.invalidLearningRate(learningRate)
        }
        self.factor = ascent ? learningRate : -learningRate
    }

    public func initialState(parameterCount: Int) -> OptimizerState {
        OptimizerState(name: name)
    }

    public func update(_ updates: inout [Float], state: inout OptimizerState, parameters: [Float]) {
        for index in updates.indices { updates[index] *= factor }
        state.count += 1
    }
}

/// Replaces NaN updates by 0 and records how many it replaced (optax's `zero_nans`, which
/// records whether it found any).
public struct ZeroNaNs: GradientTransform {
    static let stateName = "zero_nans"
    public var name: String { Self.stateName }

    /// Zeroes NaN updates.
    public init() {}

    public func initialState(parameterCount: Int) -> OptimizerState {
        OptimizerState(name: name)
    }

    public func update(_ updates: inout [Float], state: inout OptimizerState, parameters: [Float]) {
        var found = 0
        for index in updates.indices where updates[index].isNaN {
            updates[index] = 0
            found += 1
        }
        state.nanCountLatest = found
        state.nanCountTotal += found
        state.count += 1
    }
}
