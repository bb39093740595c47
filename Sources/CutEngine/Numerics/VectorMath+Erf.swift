extension VectorMath {
    // erf(x) = x · A(x²) for |x| ≤ 1, A of degree 6 in x² (relative fit error 1.6e-9).
    // erfc(x) = e^(−x²) · B(t), t = 1 / (1 + x/2), for 1 < x < 3.95, B of degree 7 (relative fit
    // error 5.5e-10). Both fitted on Chebyshev nodes by scripts/reference/fit_polynomials.py.
    // The coefficients are array literals in `erf(_:square:gaussian:t:)`, highest degree first,
    // evaluated by `polynomial(_:_:)`, which the optimiser unrolls into constants.
    /// 1/√π, the factor of erf's derivative 2/√π · e^(−x²) divided by two.
    static let inverseSqrtPi: Float = 0.564_189_583_547_756_3

    /// The error function, lane by lane, with e^(−x²) (so callers get the derivative
    /// 2/√π · e^(−x²) without a second exponential).
    ///
    /// Error of erf ≤ 2.5 ulps over the whole line (tested on a dense sweep of [−6, 6]). Beyond
    /// |x| = 3.95 the result is exactly ±1 (the true value rounds to ±1 in `Float`).
    /// e^(−x²) is computed from x² split exactly in two parts with a fused multiply-add, so it
    /// keeps `exp`'s accuracy even where x² is large.
    /// Non-finite input: erf(NaN) = NaN, erf(±∞) = ±1; e^(−x²) is NaN and 0 respectively.
    @inline(__always)
    public static func erfWithGaussian(_ x: FloatVector) -> (
        erf: FloatVector, gaussian: FloatVector
    ) {
        let square = x * x
        // e^(−x²) with the rounding error of x² folded back in: e^(−hi−lo) ≈ e^(−hi)(1−lo).
        let squareLow = x.fma(x, -square)
        let gaussian = exp(-square) * (1 - squareLow)
        let magnitude = FloatVector(bits: x.bits & IntVector(repeating: 0x7FFF_FFFF))
        let t =
            1
            / magnitude.limited(to: 1, 3.95).fma(
                FloatVector(repeating: 0.5), FloatVector(repeating: 1))
        var result = erf(x, square: square, gaussian: gaussian, t: t)
        result = result.selecting(x, whereBits: x.nanMask)
        return (result, gaussian)
    }

    /// erf(x) from its parts: x² (`square`), e^(−x²) (`gaussian`) and t = 1 / (1 + |x|/2) with
    /// |x| limited to [1, 3.95]. Shared by `erfWithGaussian` and the fused kernels, which form
    /// e^(−x²) and t their own way. NaN is not handled here.
    @inline(__always)
    static func erf(_ x: FloatVector, square: FloatVector, gaussian: FloatVector, t: FloatVector)
        -> FloatVector
    {
        let small =
            polynomial(
                square,
                [
                    7.933_446_583e-5, -8.034_834_312e-4, 5.191_217_210e-3, -2.685_539_897e-2,
                    1.128_362_572e-1, -3.761_262_988e-1, 1.128_379_167,
                ]) * x
        let series = polynomial(
            t,
            [
                1.204_538_076e-1, -4.751_367_380e-1, 5.692_142_010e-1, -1.085_436_908e-1,
                3.502_288_678e-1, 2.589_802_072e-1, 2.850_257_493e-1, -1.618_556_118e-4,
            ])
        let largeMagnitude = 1 - gaussian * series
        let signBit = x.bits & IntVector(repeating: Int32.min)
        let large = FloatVector(bits: largeMagnitude.bits | signBit)
        let magnitude = FloatVector(bits: x.bits & IntVector(repeating: 0x7FFF_FFFF))
        let result = small.selecting(large, whereBits: (1 - magnitude).signMask)
        return result.selecting(
            FloatVector(bits: IntVector(repeating: Float(1).bitPattern.asInt32) | signBit),
            whereBits: (3.95 - magnitude).signMask)
    }

    /// The error function, lane by lane; ≤ 2.5 ulps. erf(NaN) = NaN, erf(±∞) = ±1.
    public static func erf(_ x: FloatVector) -> FloatVector { erfWithGaussian(x).erf }

    /// The error function of one value; the same arithmetic as the vector version.
    public static func erf(_ x: Float) -> Float { erf(FloatVector(repeating: x))[0] }
}
