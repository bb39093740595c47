import Foundation

/// A small deterministic random stream for the gallery's synthetic data (SplitMix64 with
/// Box–Muller normals). Not the engine's numpy-compatible stream: CutPlot needs no engine.
struct SyntheticRandom {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func nextUInt64() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform double in [0, 1).
    mutating func uniform() -> Double { Double(nextUInt64() >> 11) / 9_007_199_254_740_992 }

    /// A normal sample.
    mutating func normal(_ mean: Double = 0, _ sigma: Double = 1) -> Double {
        let u = max(uniform(), 1e-300)
        let v = uniform()
        return mean + sigma * sqrt(-2 * log(u)) * cos(2 * Double.pi * v)
    }

    mutating func normals(_ n: Int, _ mean: Double, _ sigma: Double) -> [Double] {
        (0..<n).map { _ in normal(mean, sigma) }
    }

    /// Correlated 2D normals with unit-free covariance [[a, c], [c, b]] (Cholesky).
    mutating func normals2D(
        _ n: Int, mean: (Double, Double), covariance: (Double, Double, Double)
    ) -> (x: [Double], y: [Double]) {
        let (a, b, c) = covariance
        let l11 = sqrt(a)
        let l21 = c / l11
        let l22 = sqrt(b - l21 * l21)
        var xs: [Double] = []
        var ys: [Double] = []
        for _ in 0..<n {
            let (z1, z2) = (normal(), normal())
            xs.append(mean.0 + l11 * z1)
            ys.append(mean.1 + l21 * z1 + l22 * z2)
        }
        return (xs, ys)
    }
}

/// Helpers for the gallery's synthetic studies.
enum SyntheticStudy {
    static func linspace(_ a: Double, _ b: Double, _ n: Int) -> [Double] {
        (0..<n).map { a + (b - a) * Double($0) / Double(n - 1) }
    }

    /// erf-relaxed weight sums of `x > c`.
    static func erfSum(_ values: [Double], cut: Double) -> Double {
        values.reduce(0) { $0 + (erf($1 - cut) + 1) / 2 }
    }

    /// S/√B of a hard cut.
    static func hardSignificance(signal: [Double], background: [Double], cut: Double) -> Double {
        let s = Double(signal.filter { $0 > cut }.count)
        let b = Double(background.filter { $0 > cut }.count)
        return b > 0 ? s / b.squareRoot() : .nan
    }

    /// S/√B with erf weights.
    static func erfSignificance(signal: [Double], background: [Double], cut: Double) -> Double {
        erfSum(signal, cut: cut) / erfSum(background, cut: cut).squareRoot()
    }
}
