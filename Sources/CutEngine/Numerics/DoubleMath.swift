/// `Double` helpers for the few scalar operations outside the vector kernels.

/// The natural logarithm in `Double` (for the one log of a batch sum).
func naturalLogarithm(_ x: Double) -> Double {
    // log x = 2 atanh((x − 1)/(x + 1)) after reducing x to [√½, √2) by powers of two.
    guard x > 0, x.isFinite else { return x == 0 ? -.infinity : (x.isNaN || x < 0 ? .nan : x) }
    let exponent = x.exponent
    var m = x.significand
    var e = Double(exponent)
    if m > 1.414_213_562_373_095 {
        m /= 2
        e += 1
    }
    let s = (m - 1) / (m + 1)
    let s2 = s * s
    var series = 0.0
    var k = 41.0
    while k >= 3 {
        series = s2 * (1 / k + series)
        k -= 2
    }
    return e * 0.693_147_180_559_945_3 + 2 * s * (1 + series)
}

/// b^t in `Double`, by repeated squaring (exact integer exponent, deterministic everywhere).
func integerPower(_ base: Double, _ exponent: Double) -> Double {
    var result = 1.0
    var factor = base
    var remaining = UInt64(exponent)
    while remaining > 0 {
        if remaining & 1 == 1 { result *= factor }
        factor *= factor
        remaining >>= 1
    }
    return result
}
