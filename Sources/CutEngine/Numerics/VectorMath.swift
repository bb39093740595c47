/// Hand-written `Float` elementary functions over `FloatVector`, for the event kernels.
///
/// Goals, in order: accuracy stated and tested (see each function), then speed (no branches
/// on lane values, no table look-ups, fused multiply-adds). Every scalar version runs the
/// vector code on a broadcast value, so a kernel's tail and body give identical results.
///
/// Measured maximum errors (tests in `VectorMathAccuracyTests` sweep dense grids against
/// `Double` references and pin these bounds):
/// - `exp`: ≤ 1 ulp over the normal range [−87.3, 88.7]; correctly flushes to 0 below about
///   −103.9 and overflows to +∞ above about 88.72.
/// - `log`: ≤ 2 ulps for positive normal and subnormal input.
/// - `sigmoid`: ≤ 3 ulps, subnormal results included.
/// - `erf`: ≤ 2.5 ulps (see `VectorMath+Erf.swift`).
/// - Bounded-range kernels of the fused loops (`VectorMath+Bounded.swift`): `expOfNonPositive`
///   and `logisticMinusHalf` ≤ 1.5 ulps, `expNearZero` ≤ 1 ulp.
///
/// Lane selects use sign-bit masks (`FloatVector.signMask`, `selecting(_:whereBits:)`) rather
/// than comparison masks, which the compiler materialises lane by lane inside large kernels.
public enum VectorMath {
    // ln 2 split so that `n * ln2High` is exact for |n| < 2^9 (Cody–Waite reduction).
    static let ln2High: Float = 0.693_145_751_953_125
    static let ln2Low: Float = 1.428_606_765_330_187e-6
    static let log2OfE: Float = 1.442_695_040_888_963_4
    // 1.5 × 2^23: adding it rounds a float of magnitude < 2^22 to an integer, kept in the low
    // mantissa bits, with no float-to-integer conversion (which has no defined NaN behaviour).
    static let roundingShift: Float = 12_582_912

    /// e^x, lane by lane.
    ///
    /// Method: x = n ln2 + r with n = rint(x / ln2), |r| ≤ ln2/2; e^r by its Taylor series to
    /// degree 7 (truncation error < 5e-9 relative, below a quarter ulp); the result is scaled by
    /// 2^n in two halves so that subnormal results are formed gradually.
    /// Non-finite input: e^NaN = NaN, e^+∞ = +∞, e^−∞ = 0.
    @inline(__always)
    public static func exp(_ x: FloatVector) -> FloatVector {
        let isNaN = x.nanMask
        let clamped = x.selecting(FloatVector(), whereBits: isNaN).limited(to: -104, 89)
        let shifted = clamped.fma(
            FloatVector(repeating: log2OfE), FloatVector(repeating: roundingShift))
        let n = shifted - roundingShift
        var r = n.fma(FloatVector(repeating: -ln2High), clamped)
        r = n.fma(FloatVector(repeating: -ln2Low), r)
        var p = r.fma(FloatVector(repeating: 1.0 / 5040), FloatVector(repeating: 1.0 / 720))
        p = p.fma(r, FloatVector(repeating: 1.0 / 120))
        p = p.fma(r, FloatVector(repeating: 1.0 / 24))
        p = p.fma(r, FloatVector(repeating: 1.0 / 6))
        p = p.fma(r, FloatVector(repeating: 0.5))
        p = p.fma(r, FloatVector(repeating: 1))
        p = p.fma(r, FloatVector(repeating: 1))
        let k = shifted.bits &- roundingShift.bitPattern.asInt32
        let half = k &>> 1
        let scaleA = FloatVector(bits: (half &+ 127) &<< 23)
        let scaleB = FloatVector(bits: (k &- half &+ 127) &<< 23)
        return (p * scaleA * scaleB).selecting(x, whereBits: isNaN)
    }

    /// The natural logarithm, lane by lane.
    ///
    /// Method: x = m 2^e with m in [√½, √2); with f = m − 1 and s = f / (2 + f),
    /// log(m) = 2 atanh(s) = 2s + 2s³/3 + 2s⁵/5 + … (|s| < 0.172, series to s¹¹, truncation
    /// error < 1e-10 relative); log x = e ln2 + log m with ln 2 split in two parts.
    /// Subnormal input is scaled by 2^23 first.
    /// Non-finite and special input: log 0 = −∞, log x = NaN for x < 0 and for NaN, log +∞ = +∞.
    @inline(__always)
    public static func log(_ x: FloatVector) -> FloatVector {
        let isSubnormal = (x - Float.leastNormalMagnitude).signMask
        let scaled = x.selecting(x * 8_388_608, whereBits: isSubnormal)
        let bits = scaled.bits
        var exponent = ((bits &>> 23) & IntVector(repeating: 0xFF)) &- 127
        exponent = exponent.selecting(exponent &- 23, whereBits: isSubnormal)
        var m = FloatVector(
            bits: (bits & IntVector(repeating: 0x007F_FFFF)) | IntVector(repeating: 0x3F80_0000))
        let isLarge = (1.414_213_562 - m).signMask
        m = m.selecting(m * 0.5, whereBits: isLarge)
        exponent = exponent.selecting(exponent &+ 1, whereBits: isLarge)
        let f = m - 1
        let s = f / (f + 2)
        let s2 = s * s
        var series = s2.fma(FloatVector(repeating: 1.0 / 11), FloatVector(repeating: 1.0 / 9))
        series = series.fma(s2, FloatVector(repeating: 1.0 / 7))
        series = series.fma(s2, FloatVector(repeating: 1.0 / 5))
        series = series.fma(s2, FloatVector(repeating: 1.0 / 3))
        let twoS = s + s
        let logM = (twoS * s2).fma(series, twoS)
        // The exponent as a float without a lane-by-lane conversion: |exponent| < 2^22.
        let e = FloatVector(bits: exponent &+ roundingShift.bitPattern.asInt32) - roundingShift
        var result = e.fma(
            FloatVector(repeating: ln2High), e.fma(FloatVector(repeating: ln2Low), logM))
        let magnitude = x.bits & IntVector(repeating: 0x7FFF_FFFF)
        let isZero = IntVector.equalityMask(magnitude, IntVector())
        let isInfinity = IntVector.equalityMask(x.bits, IntVector(repeating: 0x7F80_0000))
        result = result.selecting(FloatVector(repeating: -.infinity), whereBits: isZero)
        result = result.selecting(FloatVector(repeating: .infinity), whereBits: isInfinity)
        let isNegative = x.signMask & ~isZero
        return result.selecting(FloatVector(repeating: .nan), whereBits: isNegative | x.nanMask)
    }

    /// The logistic function 1 / (1 + e^−x), lane by lane.
    ///
    /// Error ≤ 3 ulps. Non-finite input: σ(NaN) = NaN, σ(+∞) = 1, σ(−∞) = 0.
    @inline(__always)
    public static func sigmoid(_ x: FloatVector) -> FloatVector {
        // With e = e^−|x|: σ(x) = 1 / (1 + e) for x ≥ 0 and e / (1 + e) for x < 0, so that
        // small results keep full relative accuracy down to the subnormal range.
        let e = exp(-FloatVector(bits: x.bits & IntVector(repeating: 0x7FFF_FFFF)))
        let positive = 1 / (1 + e)
        return positive.selecting(e * positive, whereBits: x.signMask)
    }

    /// The polynomial with `coefficients` (highest degree first) at `x` by Horner's rule, one
    /// fused multiply-add a degree: (c₀·x + c₁)·x + c₂ …. Callers pass array literals, which
    /// the optimiser turns into constants, so no array is built in the kernels' loops.
    @inline(__always)
    static func polynomial(_ x: FloatVector, _ coefficients: [Float]) -> FloatVector {
        var result = FloatVector(repeating: coefficients[0])
        for c in coefficients.dropFirst() { result = result.fma(x, FloatVector(repeating: c)) }
        return result
    }

    /// e^x for one value; the same arithmetic as the vector version.
    public static func exp(_ x: Float) -> Float { exp(FloatVector(repeating: x))[0] }

    /// The natural logarithm of one value; the same arithmetic as the vector version.
    public static func log(_ x: Float) -> Float { log(FloatVector(repeating: x))[0] }

    /// The logistic function of one value; the same arithmetic as the vector version.
    public static func sigmoid(_ x: Float) -> Float { sigmoid(FloatVector(repeating: x))[0] }
}

extension UInt32 {
    /// The same 32 bits as a signed integer.
    var asInt32: Int32 { Int32(bitPattern: self) }
}
