import Foundation

/// The median discovery significance of a counting experiment with s expected signal and b
/// expected background events, from the Asimov data set (Cowan, Cranmer, Gross, Vitells,
/// Eur. Phys. J. C 71 (2011) 1554), with an optional relative background uncertainty r
/// (σ_b = r·b).
///
/// Without uncertainty: Z_A = √(2((s + b) ln(1 + s/b) − s)). With σ_b:
/// Z_A = √(2[(s + b) ln((s + b)(b + σ²) / (b² + (s + b)σ²)) − (b²/σ²) ln(1 + σ²s / (b(b + σ²)))]).
/// Writing σ² = q b² with q = r², n = s + b and m = ln(1 + q s/(1 + q b)), the bracket u = Z²/2
/// simplifies to u = n·ln(1 + s/b) − (n + 1/q)·m, which is how it is computed (with `log1p`,
/// accuracy first; q → 0 gives back the first formula). Its derivatives are
/// ∂u/∂s = L and ∂u/∂b = L + q s/(1 + q b) − s/b, with L = ln(1 + s/b) − m (for q = 0, m = 0
/// and m/q = s), and ∂Z/∂x = (∂u/∂x)/Z.
///
/// Edges, chosen so that training never sees NaN: for s ≤ 0 the significance is 0 and the
/// gradient is its limit as s → 0⁺, ∂Z/∂s = 1/√(b(1 + q b)), ∂Z/∂b = 0; for s/b below 1e-7
/// (where u loses its digits to cancellation) Z is its leading term s/√(b(1 + q b)), with that
/// term's derivatives; b ≤ 0 (no background passes) is an error, since Z_A is infinite there.
public enum AsimovSignificance {
    /// Z_A and its derivatives with respect to s and b.
    /// - Parameter relativeUncertainty: r ≥ 0, the background's relative uncertainty.
    /// - Throws: `SelectionError.noBackground` for b ≤ 0 (or NaN).
    public static func valueAndGradient(
        signal s: Double, background b: Double, relativeUncertainty r: Double = 0
    ) throws -> (value: Double, signal: Double, background: Double) {
        guard b > 0 else { throw SelectionError.noBackground(loss: "Z_A", background: b) }
        let q = r * r
        let leading = 1 / (b * (1 + q * b)).squareRoot()
        guard s > 0 else { return (0, leading, 0) }
        if s / b < 1e-7 {
            let z = s * leading
            return (z, leading, -z * (1 + 2 * q * b) / (2 * b * (1 + q * b)))
        }
        let n = s + b
        let logRatio = Foundation.log1p(s / b)
        let m = q > 0 ? Foundation.log1p(q * s / (1 + q * b)) : 0
        let mOverQ = q > 0 ? m / q : s
        let u = max(0, n * logRatio - n * m - mOverQ)
        let z = (2 * u).squareRoot()
        guard z > 0 else { return (0, leading, 0) }
        let l = logRatio - m
        return (z, l / z, (l + q * s / (1 + q * b) - s / b) / z)
    }

    /// Z_A alone.
    /// - Throws: `SelectionError.noBackground` for b ≤ 0.
    public static func value(
        signal s: Double, background b: Double, relativeUncertainty r: Double = 0
    )
        throws -> Double
    {
        try valueAndGradient(signal: s, background: b, relativeUncertainty: r).value
    }
}
