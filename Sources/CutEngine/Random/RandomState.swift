import Foundation

/// A random stream that reproduces numpy's legacy `np.random.RandomState(seed)` draw for draw.
///
/// The generator is MT19937 seeded with `init_genrand(seed)`. Doubles take 53 bits from two
/// 32-bit words, `((a >> 5) · 2²⁶ + (b >> 6)) / 2⁵³`; standard normals use the legacy polar
/// (Marsaglia) method, which produces normals in pairs and caches the second one for the next
/// call, exactly as numpy's `legacy_gauss` does. Every method consumes the stream in numpy's
/// order, so a sequence of calls here gives the same numbers as the same sequence of numpy calls.
///
/// A value type: copying a `RandomState` forks the stream (both copies continue identically).
/// It is `Sendable`; give each task its own copy rather than sharing one.
///
/// ```swift
/// var stream = RandomState(seed: 19680801)
/// let signal = try stream.normal(mu: 5, sigma: 1, count: 1000)
/// ```
public struct RandomState: Sendable {
    private var generator: MersenneTwister
    /// The second value of the last polar pair, returned by the next ``gauss()``.
    private var cachedGauss: Double?

    /// A stream seeded like `np.random.RandomState(seed)`.
    public init(seed: UInt32) {
        generator = MersenneTwister(seed: seed)
        cachedGauss = nil
    }

    /// A stream seeded like `np.random.RandomState(seed)`, checking the seed's range.
    ///
    /// - Throws: ``RandomStateError/seedOutOfRange(_:)`` unless `0 ≤ seed < 2³²`.
    public init(validatingSeed seed: Int) throws {
        guard seed >= 0, seed <= Int(UInt32.max) else {
            throw RandomStateError.seedOutOfRange(seed)
        }
        self.init(seed: UInt32(seed))
    }

    /// The next raw 32-bit word of the MT19937 stream (numpy's `randint(2**32, dtype=uint32)`
    /// consumes one word per value in the same way).
    public mutating func nextUInt32() -> UInt32 {
        generator.next()
    }

    /// A uniform double in [0, 1) with 53 random bits, from two 32-bit words
    /// (numpy's `random_sample()`).
    public mutating func randomDouble() -> Double {
        let high = Double(generator.next() >> 5)
        let low = Double(generator.next() >> 6)
        return (high * 67_108_864.0 + low) / 9_007_199_254_740_992.0
    }

    /// `count` uniform doubles in [0, 1) (numpy's `random_sample(count)`).
    ///
    /// - Throws: ``RandomStateError/nonPositiveCount(_:)`` when `count ≤ 0`.
    public mutating func randomDoubles(count: Int) throws -> [Double] {
        try Self.checkCount(count)
        return (0..<count).map { _ in randomDouble() }
    }

    /// One standard normal from the legacy polar method (numpy's `legacy_gauss`).
    ///
    /// Draws pairs `x₁, x₂` uniform in (−1, 1) until `0 < r² = x₁² + x₂² < 1`, then with
    /// `f = √(−2 ln r² / r²)` returns `f·x₂` and keeps `f·x₁` for the next call.
    public mutating func gauss() -> Double {
        if let cached = cachedGauss {
            cachedGauss = nil
            return cached
        }
        var x1: Double
        var x2: Double
        var radiusSquared: Double
        repeat {
            x1 = 2.0 * randomDouble() - 1.0
            x2 = 2.0 * randomDouble() - 1.0
            radiusSquared = x1 * x1 + x2 * x2
        } while radiusSquared >= 1.0 || radiusSquared == 0.0
        let factor = (-2.0 * log(radiusSquared) / radiusSquared).squareRoot()
        cachedGauss = factor * x1
        return factor * x2
    }

    /// `count` standard normals (numpy's `standard_normal(count)`).
    ///
    /// - Throws: ``RandomStateError/nonPositiveCount(_:)`` when `count ≤ 0`.
    public mutating func standardNormal(count: Int) throws -> [Double] {
        try Self.checkCount(count)
        return (0..<count).map { _ in gauss() }
    }

    /// `count` normals `mu + sigma · z`, computed in Double (numpy's `normal(mu, sigma, count)`).
    ///
    /// - Throws: ``RandomStateError/nonPositiveCount(_:)`` when `count ≤ 0`,
    ///   ``RandomStateError/negativeSigma(_:)`` when `sigma < 0`, and
    ///   ``RandomStateError/nonFiniteParameter(name:value:)`` for a NaN or infinite parameter.
    ///   Nothing is drawn when an error is thrown.
    public mutating func normal(mu: Double, sigma: Double, count: Int) throws -> [Double] {
        try Self.checkCount(count)
        try Self.checkFinite(mu, name: "mu")
        try Self.checkFinite(sigma, name: "sigma")
        guard sigma >= 0 else { throw RandomStateError.negativeSigma(sigma) }
        return drawNormal(mu: mu, sigma: sigma, count: count)
    }

    /// ``normal(mu:sigma:count:)`` for parameters already known to be valid.
    mutating func drawNormal(mu: Double, sigma: Double, count: Int) -> [Double] {
        (0..<count).map { _ in mu + sigma * gauss() }
    }

    static func checkCount(_ count: Int) throws {
        guard count > 0 else { throw RandomStateError.nonPositiveCount(count) }
    }

    static func checkFinite(_ value: Double, name: String) throws {
        guard value.isFinite else {
            throw RandomStateError.nonFiniteParameter(name: name, value: value)
        }
    }
}

extension Array where Element == Double {
    /// The values rounded to single precision, the storage type of ``Dataset`` columns.
    public func toFloat32() -> [Float] {
        map { Float($0) }
    }
}
