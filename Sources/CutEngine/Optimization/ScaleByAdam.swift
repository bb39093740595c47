/// Adam's rescaling of the gradient (optax's `scale_by_adam`), without the learning rate.
///
/// With gradient g and step count t (starting at 1), in `Float` and in optax's operation order:
/// μ ← (1 − b1) g + b1 μ, ν ← (1 − b2) g² + b2 ν,
/// μ̂ = μ / (1 − b1^t), ν̂ = ν / (1 − b2^t), update = μ̂ / (√(ν̂ + epsRoot) + eps).
/// The bias corrections 1 − b^t are computed in `Double` and rounded once to `Float`.
/// A NaN gradient makes μ and ν NaN for good (as in optax); `ZeroNaNs` after Adam then zeroes
/// the updates, which is the seed's order.
public struct ScaleByAdam: GradientTransform {
    /// The decay of the first moment.
    public let b1: Float
    /// The decay of the second moment.
    public let b2: Float
    /// Added to √ν̂ in the denominator.
    public let eps: Float
    /// Added to ν̂ under the square root.
    public let epsRoot: Float
    public var name: String { "scale_by_adam" }

    /// Adam with optax's defaults unless given.
    /// - Throws: `EngineError.invalidHyperparameter` unless 0 ≤ b1, b2 < 1 and eps, epsRoot are
    ///   finite and ≥ 0.
    public init(b1: Float = 0.9, b2: Float = 0.999, eps: Float = 1e-8, epsRoot: Float = 0) throws {
        for (name, decay) in [("b1", b1), ("b2", b2)] where !(decay >= 0 && decay < 1) {
            throw EngineError.invalidHyperparameter(
                name: "Adam's \(name)", value: Double(decay), expected: "in [0, 1), like 0.9")
        }
        for (name, value) in [("eps", eps), ("epsRoot", epsRoot)]
        where !(value >= 0 && value.isFinite) {
            throw EngineError.invalidHyperparameter(
                name: "Adam's \(name)", value: Double(value), expected: "finite and ≥ 0, like 1e-8")
        }
        (self.b1, self.b2, self.eps, self.epsRoot) = (b1, b2, eps, epsRoot)
    }

    public func initialState(parameterCount: Int) -> OptimizerState {
        var state = OptimizerState(name: name)
        state.bufferNames = ["mu", "nu"]
        state.buffers = [
            [Float](repeating: 0, count: parameterCount),
            [Float](repeating: 0, count: parameterCount),
        ]
        return state
    }

    public func update(_ updates: inout [Float], state: inout OptimizerState, parameters: [Float]) {
        state.count += 1
        let step = Double(state.count)
        let correction1 = Float(1 - integerPower(Double(b1), step))
        let correction2 = Float(1 - integerPower(Double(b2), step))
        let (oneMinusB1, oneMinusB2) = (1 - b1, 1 - b2)
        // Moved out of the state (and back) so that each buffer is uniquely referenced.
        var (moment1, moment2): ([Float], [Float]) = ([], [])
        swap(&moment1, &state.buffers[0])
        swap(&moment2, &state.buffers[1])
        defer {
            swap(&moment1, &state.buffers[0])
            swap(&moment2, &state.buffers[1])
        }
        updates.withUnsafeMutableBufferPointer { updates in
            moment1.withUnsafeMutableBufferPointer { mu in
                moment2.withUnsafeMutableBufferPointer { nu in
                    for index in updates.indices {
                        let gradient = updates[index]
                        mu[index] = oneMinusB1 * gradient + b1 * mu[index]
                        nu[index] = oneMinusB2 * (gradient * gradient) + b2 * nu[index]
                        let muHat = mu[index] / correction1
                        let nuHat = nu[index] / correction2
                        updates[index] = muHat / ((nuHat + epsRoot).squareRoot() + eps)
                    }
                }
            }
        }
    }
}
