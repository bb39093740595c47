/// One relaxed cut over 16 events: the weight and its derivative with respect to the cut, up
/// to the constant factor `derivativeScale` (∂w/∂c = derivativeScale · slope).
protocol SingleCutKernel {
    var derivativeScale: Float { get }
    func callAsFunction(_ x: FloatVector) -> (weight: FloatVector, slope: FloatVector)
}

/// Two relaxed cuts evaluated together for the fused 2-cut kernel: the product weight
/// w = w_x w_y and its derivatives with respect to both cuts, each up to the constant factor
/// `derivativeScale`, which the kernel applies once to the sums instead of to every event.
///
/// Inputs are finite (the fused objective checks its data and cuts). The two cuts share one
/// division: with s_x, s_y ≥ 1, 1/s_x = s_y / (s_x s_y) and 1/s_y = s_x / (s_x s_y).
protocol CutPairKernel {
    /// The factor of both returned slopes: ∂w/∂c_k = derivativeScale · slope_k.
    var derivativeScale: Float { get }
    /// Whether the kernel runs in the same loop as the loss sums. True for short kernels;
    /// false where kernel and sums together need more constants than there are vector
    /// registers (measured: the fused erf loop is 1.13× slower than two staged loops).
    static var fusesWithLoss: Bool { get }
    /// Weight and unscaled slopes of 16 events; `first`, `second` are the kernel's inputs
    /// (the columns, or their precomputed transforms).
    func callAsFunction(_ first: FloatVector, _ second: FloatVector) -> (
        weight: FloatVector, slopeX: FloatVector, slopeY: FloatVector
    )
}

/// A pair kernel over precomputed u₀ = e^(−k x) per event (see `FactoredSigmoidPairKernel`):
/// u = u₀ C for both cuts, then σ_x = 1/(1 + u_x) and σ_y = 1/(1 + u_y) with one division (see
/// `CutPairKernel`). Each kernel adds only how it forms the weight and slopes from u and σ.
protocol FactoredPairKernel: CutPairKernel {
    /// C = e^(k c_x), the factor of the first cut.
    var scaleX: FloatVector { get }
    /// C = e^(k c_y), the factor of the second cut.
    var scaleY: FloatVector { get }
    /// Weight and unscaled slopes from u and σ of both cuts.
    func combine(_ cuts: FactoredCuts) -> (
        weight: FloatVector, slopeX: FloatVector, slopeY: FloatVector
    )
}

/// u = e^(−k (x − c)) and σ = 1/(1 + u) of both cuts of a factored pair kernel.
struct FactoredCuts {
    let ux: FloatVector
    let uy: FloatVector
    let sigmaX: FloatVector
    let sigmaY: FloatVector
}

extension FactoredPairKernel {
    static var fusesWithLoss: Bool { true }

    @inline(__always)
    func callAsFunction(_ first: FloatVector, _ second: FloatVector) -> (
        weight: FloatVector, slopeX: FloatVector, slopeY: FloatVector
    ) {
        let (ux, uy) = (first * scaleX, second * scaleY)
        let sx = 1 + ux
        let sy = 1 + uy
        let reciprocal = 1 / (sx * sy)
        return combine(
            FactoredCuts(ux: ux, uy: uy, sigmaX: reciprocal * sy, sigmaY: reciprocal * sx))
    }
}

/// σ(k (x − c)) for both cuts, from precomputed u₀ = e^(−k x) per event: with
/// C = e^(k c), u = e^(−k (x − c)) = u₀ C is one multiplication instead of an exponential.
/// σ = 1/(1 + u), and ∂σ/∂c = −k σ (1 − σ) = −k u σ² (exact for σ near 1, unlike 1 − σ).
/// Valid while |k x| ≤ 40 and |k c| ≤ 40, so u stays within e^±80 (the objective checks).
/// When s_x s_y overflows (both cuts more than about 44/k above the event) the weights are 0:
/// the true weight is then below 1e-38.
struct FactoredSigmoidPairKernel: FactoredPairKernel {
    let scaleX: FloatVector
    let scaleY: FloatVector
    let derivativeScale: Float

    @inline(__always)
    func combine(_ c: FactoredCuts) -> (
        weight: FloatVector, slopeX: FloatVector, slopeY: FloatVector
    ) {
        let weight = c.sigmaX * c.sigmaY
        return (weight, c.ux * c.sigmaX * weight, c.uy * c.sigmaY * weight)
    }
}

/// 2σ(x − c) − 1 for both cuts, factored like `FactoredSigmoidPairKernel` (slope 1):
/// ∂(2σ − 1)/∂c = −2 u σ², so the slopes are u σ² times the other cut's weight, scale −2.
struct FactoredBalancedPairKernel: FactoredPairKernel {
    let scaleX: FloatVector
    let scaleY: FloatVector
    var derivativeScale: Float { -2 }

    @inline(__always)
    func combine(_ c: FactoredCuts) -> (
        weight: FloatVector, slopeX: FloatVector, slopeY: FloatVector
    ) {
        let bx = c.sigmaX + c.sigmaX - 1
        let by = c.sigmaY + c.sigmaY - 1
        return (bx * by, c.ux * c.sigmaX * c.sigmaX * by, c.uy * c.sigmaY * c.sigmaY * bx)
    }
}

/// (erf(x − c) + 1) / 2 for one cut, formed from erfc so that one polynomial serves all x:
/// with d = x − c, erfc(|d|) = e^(−d²) C(t), t = 1/(1 + 0.4|d|) (C of degree 8, relative fit
/// error 6.9e-9 on |d| ≤ 4.5; beyond, where erfc < 2e-10, it extrapolates within 1e-3), the
/// weight is erfc(|d|)/2 below the cut and 1 − erfc(|d|)/2 above it. This differs from
/// (erf + 1)/2 by at most an ulp of ½ and keeps tiny weights' relative accuracy.
/// ∂w/∂c = −e^(−d²)/√π: the kernel returns e^(−d²) (`derivativeScale` = −1/√π).
struct ErfCutKernel: SingleCutKernel {
    let cut: FloatVector
    var derivativeScale: Float { -VectorMath.inverseSqrtPi }

    @inline(__always)
    func callAsFunction(_ x: FloatVector) -> (weight: FloatVector, slope: FloatVector) {
        let d = x - cut
        let magnitude = FloatVector(bits: d.bits & IntVector(repeating: 0x7FFF_FFFF))
        return Self.weight(
            d, t: 1 / magnitude.fma(FloatVector(repeating: 0.4), FloatVector(repeating: 1)))
    }

    /// The weight and e^(−d²) at distance d from the cut, given t = 1/(1 + 0.4|d|).
    @inline(__always)
    static func weight(_ d: FloatVector, t: FloatVector) -> (
        weight: FloatVector, slope: FloatVector
    ) {
        let gaussian = VectorMath.gaussian(d)
        // Half of C's coefficients (exact: halving only changes the exponent), so the product
        // with e^(−d²) is erfc(|d|)/2 directly.
        let c = VectorMath.polynomial(
            t,
            [
                4.313_888_708_5e-2, -2.285_169_705e-1, 4.120_884_484_5e-1, -2.744_795_580_5e-1,
                2.713_042_497e-1, 3.788_550_320_5e-2, 1.274_990_387e-1, 1.109_776_040_5e-1,
                1.027_990_341_5e-4,
            ])
        let halfErfc = gaussian * c
        return ((1 - halfErfc).selecting(halfErfc, whereBits: d.signMask), gaussian)
    }
}

/// σ(k (x − c)) (or the balanced 2σ − 1) for one cut straight from the column, for data or
/// cuts beyond the factored kernel's range. Returns σ(1 − σ) as the slope (`derivativeScale`
/// −k, or −2 for balanced). Events more than 87/k below the cut get weight and slope 0.
struct DirectSigmoidCutKernel: SingleCutKernel {
    let cut: FloatVector
    let slope: Float
    let balanced: Bool
    var derivativeScale: Float { balanced ? -2 : -slope }

    @inline(__always)
    func callAsFunction(_ x: FloatVector) -> (weight: FloatVector, slope: FloatVector) {
        let z = (x - cut) * slope
        // e = e^−|z| ≤ 1; σ(z) = 1/(1 + e) for z ≥ 0 and e/(1 + e) for z < 0; 1 − σ is the other.
        let e = VectorMath.expOfNonPositive(
            -FloatVector(bits: z.bits & IntVector(repeating: 0x7FFF_FFFF)))
        let r = 1 / (1 + e)
        let negative = z.signMask
        let sigma = r.selecting(e * r, whereBits: negative)
        let complement = (e * r).selecting(r, whereBits: negative)
        return (balanced ? sigma + sigma - 1 : sigma, sigma * complement)
    }
}

/// Two erf cuts evaluated together (see `ErfCutKernel`), sharing one division for the two
/// t = 1/(1 + 0.4|d|): with s_x, s_y ≥ 1, t_x = s_y / (s_x s_y) and t_y = s_x / (s_x s_y).
struct ErfPairKernel: CutPairKernel {
    let cutX: FloatVector
    let cutY: FloatVector
    var derivativeScale: Float { -VectorMath.inverseSqrtPi }
    static var fusesWithLoss: Bool { false }

    @inline(__always)
    func callAsFunction(_ first: FloatVector, _ second: FloatVector) -> (
        weight: FloatVector, slopeX: FloatVector, slopeY: FloatVector
    ) {
        let dx = first - cutX
        let dy = second - cutY
        let absMask = IntVector(repeating: 0x7FFF_FFFF)
        let sx = FloatVector(bits: dx.bits & absMask)
            .fma(FloatVector(repeating: 0.4), FloatVector(repeating: 1))
        let sy = FloatVector(bits: dy.bits & absMask)
            .fma(FloatVector(repeating: 0.4), FloatVector(repeating: 1))
        let reciprocal = 1 / (sx * sy)
        let (wx, gx) = ErfCutKernel.weight(dx, t: reciprocal * sy)
        let (wy, gy) = ErfCutKernel.weight(dy, t: reciprocal * sx)
        return (wx * wy, gx * wy, gy * wx)
    }
}

/// The hard cut: weight 0 or 1, slope 0.
struct HardCutKernel: SingleCutKernel {
    let cut: FloatVector
    var derivativeScale: Float { 0 }

    @inline(__always)
    func callAsFunction(_ x: FloatVector) -> (weight: FloatVector, slope: FloatVector) {
        // cut − x < 0 exactly where x > cut.
        (
            FloatVector().selecting(FloatVector(repeating: 1), whereBits: (cut - x).signMask),
            FloatVector()
        )
    }
}
