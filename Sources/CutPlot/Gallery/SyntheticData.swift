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

/// The gallery's two problems, which most figures draw from.
extension Gallery {
    /// The simple problem's data: signal N(5, 1) × 1000, background N(0, 4) × 10000.
    static func simpleProblem() -> (signal: [Double], background: [Double]) {
        var random = SyntheticRandom(seed: 19_680_801)
        return (random.normals(1000, 5, 1), random.normals(10000, 0, 4))
    }

    /// 2D data like study 4's: signal around (1.5, 2), background N(0, 9·I).
    static func twoDimensional(_ n: Int, seed: UInt64 = 19_680_801) -> (
        signal: (x: [Double], y: [Double]), background: (x: [Double], y: [Double])
    ) {
        var random = SyntheticRandom(seed: seed)
        let s = random.normals2D(n, mean: (1.5, 2.0), covariance: (0.5, 0.5, 0.2))
        let b = random.normals2D(n, mean: (0, 0), covariance: (9, 9, 0))
        return (s, b)
    }
}
