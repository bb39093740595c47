/// A gradient transform applied to a parameter tree: `parameters += transform(gradient)`.
public struct Optimizer: Sendable {
    /// The transform that turns a gradient into an update.
    public let transform: any GradientTransform

    /// An optimizer applying `transform`'s updates.
    public init(_ transform: any GradientTransform) { self.transform = transform }

    /// The seed's optimizer: Adam (optax defaults unless given) scaled by −`learningRate`
    /// (+`learningRate` for `ascent`, to maximise), then zero-NaNs —
    /// `chain(adam(lr), zero_nans())` in optax.
    /// - Throws: `EngineError` for a learning rate that is not finite and > 0, or bad Adam
    ///   hyperparameters.
    public static func adam(
        learningRate: Float, b1: Float = 0.9, b2: Float = 0.999, eps: Float = 1e-8,
        zeroNaNs: Bool = true, ascent: Bool = false
    ) throws -> Optimizer {
        var transforms: [any GradientTransform] = [
            try ScaleByAdam(b1: b1, b2: b2, eps: eps),
            try Scale(learningRate: learningRate, ascent: ascent),
        ]
        if zeroNaNs { transforms.append(ZeroNaNs()) }
        return Optimizer(Chain(transforms))
    }

    /// Plain gradient descent `p ← p − lr·g`, or ascent `p ← p + lr·g`.
    /// - Throws: `EngineError.invalidLearningRate` unless the rate is finite and > 0.
    public static func gradientStep(learningRate: Float, ascent: Bool = false) throws -> Optimizer {
        Optimizer(try Scale(learningRate: learningRate, ascent: ascent))
    }

    /// The state before the first step for `parameters`.
    public func initialState(for parameters: ParameterTree) -> OptimizerState {
        transform.initialState(parameterCount: parameters.count)
    }

    /// One step: transforms `gradient` into an update (using `scratch` as the update buffer, so
    /// repeated steps allocate nothing) and adds it to `parameters`, except at the element
    /// ranges `frozen`: their gradient is replaced by 0 before the transform (so no state of
    /// the transform, Adam's moments included, ever sees it) and their values are not written.
    /// - Throws: `EngineError.shapeMismatch` when the gradient's structure is not the
    ///   parameters'.
    public func step(
        _ parameters: inout ParameterTree, gradient: ParameterTree, state: inout OptimizerState,
        scratch: inout [Float], frozen: [Range<Int>] = []
    ) throws {
        try parameters.requireSameStructure(as: gradient, what: "gradient")
        if scratch.count != gradient.count {
            scratch = gradient.values
        } else {
            for index in scratch.indices { scratch[index] = gradient.values[index] }
        }
        for range in frozen {
            for index in range { scratch[index] = 0 }
        }
        transform.update(&scratch, state: &state, parameters: parameters.values)
        guard !frozen.isEmpty else {
            for index in scratch.indices { parameters.values[index] += scratch[index] }
            return
        }
        var next = 0
        for range in frozen.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            for index in next..<max(next, range.lowerBound) {
                parameters.values[index] += scratch[index]
            }
            next = max(next, range.upperBound)
        }
        for index in next..<scratch.count { parameters.values[index] += scratch[index] }
    }

    /// One step, allocating its update buffer.
    /// - Throws: `EngineError.shapeMismatch` when the gradient's structure is not the
    ///   parameters'.
    public func step(
        _ parameters: inout ParameterTree, gradient: ParameterTree, state: inout OptimizerState
    ) throws {
        var scratch: [Float] = []
        try step(&parameters, gradient: gradient, state: &state, scratch: &scratch)
    }
}
