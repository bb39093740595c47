extension VectorMath {
    /// e^½.
    static let sqrtE: Float = 1.648_721_270_700_128

    /// e^x for finite x ≤ 0, the fast form the fused kernels use for e^(−x²).
    ///
    /// The same Cody–Waite reduction as `exp`, a degree-6 polynomial fitted on |r| ≤ ln2/2
    /// (relative fit error 2.6e-9, scripts/reference/fit_polynomials.py) and a single scaling.
    /// Error ≤ 1.5 ulps (tested). Results below e^−87.3 (≈ 1.2e-38, the end of the normal range)
    /// are exactly 0, so far-away events get exactly zero weight and gradient.
    /// Precondition (not checked): x is finite and ≤ 0; NaN gives an unspecified value.
    @inline(__always)
    public static func expOfNonPositive(_ x: FloatVector) -> FloatVector {
        let underflows = (x + 87.3).signMask
        let clamped = x.selecting(FloatVector(repeating: -87.3), whereBits: underflows)
        let shifted = clamped.fma(
            FloatVector(repeating: log2OfE), FloatVector(repeating: roundingShift))
        let n = shifted - roundingShift
        var r = n.fma(FloatVector(repeating: -ln2High), clamped)
        r = n.fma(FloatVector(repeating: -ln2Low), r)
        var p = r.fma(
            FloatVector(repeating: 1.394_859_245e-3), FloatVector(repeating: 8.375_137_268e-3))
        p = p.fma(r, FloatVector(repeating: 4.166_621_810e-2))
        p = p.fma(r, FloatVector(repeating: 1.666_641_538e-1))
        p = p.fma(r, FloatVector(repeating: 5.000_000_108e-1))
        p = p.fma(r, FloatVector(repeating: 1.000_000_038))
        p = p.fma(r, FloatVector(repeating: 1))
        let scale = FloatVector(
            bits: (shifted.bits &+ (127 &- roundingShift.bitPattern.asInt32)) &<< 23)
        return FloatVector(bits: (p * scale).bits & ~underflows)
    }

    /// e^(−d²), the slope of the erf cut kernels, with d² = hi + lo split exactly by a fused
    /// multiply-add and lo folded into the reduced argument, so the result keeps
    /// `expOfNonPositive`'s accuracy even where d² is large.
    ///
    /// The reduction works on +d² (r′ = d² + n ln 2 with n = −round(d² log₂e), |r′| ≤ ln2/2)
    /// and evaluates the same degree-6 polynomial as `expOfNonPositive` at −r′ (odd
    /// coefficients negated), which saves the negations and a separate (1 − lo) correction.
    /// |d| is first limited to 9.38 (one integer minimum on the bit patterns): from
    /// |d| ≥ 9.364 on, n = −127, whose scale factor has a zero exponent field, so the result is
    /// exactly 0 there without a mask. Error ≤ 1.5 ulps where e^(−d²) is a normal float
    /// (tested against `Foundation.exp(-d * d)` in `Double`); between the end of the normal
    /// range and |d| = 9.364 the result may be subnormal. ±∞ gives 0; NaN gives an unspecified
    /// value (callers pass finite distances).
    @inline(__always)
    public static func gaussian(_ d: FloatVector) -> FloatVector {
        let limitBits = IntVector(repeating: Float(9.38).bitPattern.asInt32)
        let magnitudeBits = d.bits & IntVector(repeating: 0x7FFF_FFFF)
        let magnitude = FloatVector(
            bits: magnitudeBits.replacing(with: limitBits, where: magnitudeBits .> limitBits))
        let square = magnitude * magnitude
        let squareLow = magnitude.fma(magnitude, -square)
        // shifted = roundingShift + n with n = −round(d² log₂e) ∈ [−127, 0].
        let shifted = square.fma(
            FloatVector(repeating: -log2OfE), FloatVector(repeating: roundingShift))
        let n = shifted - roundingShift
        // r′ = −r = d² + n ln 2, with the low part of d² added.
        var negativeR = n.fma(FloatVector(repeating: ln2High), square)
        negativeR = n.fma(FloatVector(repeating: ln2Low), negativeR) + squareLow
        // e^r = R(r) with r = −r′: R's odd coefficients negated, evaluated at r′.
        var p = negativeR.fma(
            FloatVector(repeating: 1.394_859_245e-3), FloatVector(repeating: -8.375_137_268e-3))
        p = p.fma(negativeR, FloatVector(repeating: 4.166_621_810e-2))
        p = p.fma(negativeR, FloatVector(repeating: -1.666_641_538e-1))
        p = p.fma(negativeR, FloatVector(repeating: 5.000_000_108e-1))
        p = p.fma(negativeR, FloatVector(repeating: -1.000_000_038))
        p = p.fma(negativeR, FloatVector(repeating: 1))
        // 2^n from the bits of `shifted`; n = −127 gives exponent field 0, i.e. +0.
        let scale = FloatVector(
            bits: (shifted.bits &+ (127 &- roundingShift.bitPattern.asInt32)) &<< 23)
        return p * scale
    }

    /// σ(w) − ½ for |w| ≤ 1 (the range of a product of cut weights), by a polynomial
    /// w · L(w²) of degree 4 in w² (relative fit error of σ 4.8e-9): no exponential, no
    /// division. Error of σ(w) = ½ + result ≤ 1.5 ulps (tested). Outside |w| ≤ 1 the result is
    /// not σ; NaN gives NaN.
    @inline(__always)
    public static func logisticMinusHalf(_ w: FloatVector) -> FloatVector {
        let square = w * w
        var polynomial = square.fma(
            FloatVector(repeating: 1.682_905_328e-5), FloatVector(repeating: -2.071_809_199e-4))
        polynomial = polynomial.fma(square, FloatVector(repeating: 2.082_137_824e-3))
        polynomial = polynomial.fma(square, FloatVector(repeating: -2.083_320_232e-2))
        polynomial = polynomial.fma(square, FloatVector(repeating: 2.499_999_985e-1))
        return polynomial * w
    }

    /// e^h for |h| ≤ 0.2311 (h = σ(w) − ½ with |w| ≤ 1; multiply by e^½ for e^σ(w)), by a
    /// degree-5 polynomial (relative fit error 8.2e-9). Error ≤ 1 ulp (tested). NaN gives NaN.
    @inline(__always)
    public static func expNearZero(_ h: FloatVector) -> FloatVector {
        var p = h.fma(
            FloatVector(repeating: 8.351_896_073e-3), FloatVector(repeating: 4.177_806_176e-2))
        p = p.fma(h, FloatVector(repeating: 1.666_661_708e-1))
        p = p.fma(h, FloatVector(repeating: 4.999_977_681e-1))
        p = p.fma(h, FloatVector(repeating: 1.000_000_003))
        return p.fma(h, FloatVector(repeating: 1.000_000_007))
    }
}
