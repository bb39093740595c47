/// A relaxation of the hard cut `x > c`: the weight of an event with value x under a cut at c,
/// as a differentiable function of c.
///
/// | relaxation        | weight w(x; c)              | ∂w/∂c                        |
/// |-------------------|-----------------------------|------------------------------|
/// | `hard`            | 1 if x > c else 0           | 0                            |
/// | `erf`             | (erf(x − c) + 1) / 2        | −e^(−(x−c)²) / √π            |
/// | `sigmoid(slope:)` | σ(k (x − c))                | −k w (1 − w)                 |
/// | `balancedSigmoid` | 2σ(x − c) − 1  (in −1…1)    | −2σ(x − c)(1 − σ(x − c))     |
///
/// Computed in `Float` with `VectorMath` (erf ≤ 2.5 ulps, σ ≤ 3 ulps). Like the seed, erf's
/// weight is formed as (erf + 1)/2, so far below the cut it is 0 (not erfc's tiny value), and
/// the derivatives are exactly 0 far from the cut: the flat gradient of the seed's lesson 2.
/// NaN input gives NaN weights and derivatives (for `hard`, weight 0 and derivative 0).
public enum Relaxation: Sendable, Hashable, CustomStringConvertible {
    /// The step function; its derivative is 0 almost everywhere.
    case hard
    /// (erf(x − c) + 1) / 2.
    case erf
    /// σ(k (x − c)) with slope k (the seed's default is 1).
    case sigmoid(slope: Float = 1)
    /// 2σ(x − c) − 1, which is negative for events below the cut.
    case balancedSigmoid

    /// The `name` with a slope other than 1: `hard`, `erf`, `sigmoid`, `sigmoid(k=2.0)`,
    /// `balanced`.
    public var description: String {
        if case .sigmoid(let slope) = self, slope != 1 { return "\(name)(k=\(slope))" }
        return name
    }

    /// Throws unless the relaxation's parameters are valid (a finite, positive slope).
    /// - Throws: `EngineError.invalidHyperparameter`.
    public func validate() throws {
        if case .sigmoid(let slope) = self, !(slope.isFinite && slope > 0) {
            throw EngineError.invalidHyperparameter(
                name: "sigmoid slope", value: Double(slope), expected: "finite and > 0, like 1")
        }
    }

    /// Weights and derivatives ∂w/∂c of 16 events with values `x` under a cut at `cut`.
    @inline(__always)
    public func weightsAndDerivatives(_ x: FloatVector, cut: Float) -> (
        weight: FloatVector, derivative: FloatVector
    ) {
        weightsAndDerivatives(x, cut: cut, sharpness: 1)
    }

    /// Weights and derivatives of 16 events for the relaxation sharpened by a factor k: the
    /// weight r(k (x − c)), where r is the relaxation (a sigmoid at slope s becomes the one at
    /// slope k·s), with ∂w/∂c = k r′. `sharpness` 1 is the relaxation itself, bit for bit (the
    /// factor multiplies exactly); the hard cut is the same at every sharpness. An annealed
    /// training raises k toward a hard cut (`Schedule`).
    @inline(__always)
    public func weightsAndDerivatives(_ x: FloatVector, cut: Float, sharpness k: Float) -> (
        weight: FloatVector, derivative: FloatVector
    ) {
        let distance = x - cut
        switch self {
        case .hard:
            let one = FloatVector(repeating: 1)
            // c − x < 0 exactly where x > c (x = c gives +0: weight 0).
            let below = FloatVector(repeating: cut) - x
            return (FloatVector().selecting(one, whereBits: below.signMask), FloatVector())
        case .erf:
            let (erf, gaussian) = VectorMath.erfWithGaussian(distance * k)
            return ((erf + 1) * 0.5, gaussian * (-VectorMath.inverseSqrtPi * k))
        case .sigmoid(let slope):
            let scaled = slope * k
            let weight = VectorMath.sigmoid(distance * scaled)
            return (weight, weight * (weight - 1) * scaled)
        case .balancedSigmoid:
            let s = VectorMath.sigmoid(distance * k)
            return (s + s - 1, s * (s - 1) * (2 * k))
        }
    }

    /// The weight of one event with value `x` under a cut at `cut`.
    public func weight(_ x: Float, cut: Float) -> Float {
        weightsAndDerivatives(FloatVector(repeating: x), cut: cut).weight[0]
    }

    /// ∂w/∂c for one event with value `x` under a cut at `cut`.
    public func derivative(_ x: Float, cut: Float) -> Float {
        weightsAndDerivatives(FloatVector(repeating: x), cut: cut).derivative[0]
    }
}
