/// A term added to a training's loss that pulls cuts back toward the data once they leave it
/// (the remedy of lesson 2: far from the data a relaxed cut's gradient is exactly flat).
///
/// For cut k with the data's range [lo_k, hi_k] of its column, the distance outside is
/// d_k = c_k − hi_k above the range, lo_k − c_k below it, and 0 inside (bounds included), and
///
///     R(c) = λ Σ_k d_k²,   ∂R/∂c_k = 2λ(c_k − hi_k) above, −2λ(lo_k − c_k) below, 0 inside.
///
/// R is exactly 0 with a zero gradient inside the range, so a training that stays inside is
/// bit for bit the training without it. A minimised loss gets L + R, a maximised one (S/√B)
/// L − R, so either way the term points the cuts back toward the data. Sums in `Double`.
public struct RestoringTerm: Sendable, Hashable {
    /// λ, the strength.
    public let strength: Double
    /// The data's range of each cut's column, in cut order.
    public let ranges: [ClosedRange<Float>]

    /// A term of strength `strength` for cuts on columns spanning `ranges`.
    /// - Throws: `EngineError.invalidHyperparameter` for a strength that is not finite and > 0;
    ///   `EngineError.nonPositiveSize` for no ranges.
    public init(strength: Double, ranges: [ClosedRange<Float>]) throws {
        guard strength.isFinite, strength > 0 else {
            throw EngineError.invalidHyperparameter(
                name: "restoring strength", value: strength, expected: "finite and > 0, like 1")
        }
        guard !ranges.isEmpty else { throw EngineError.nonPositiveSize(what: "cuts", value: 0) }
        self.strength = strength
        self.ranges = ranges
    }

    /// A term of strength `strength` for one cut per column of `columns`, each ranging over its
    /// column's smallest to largest value.
    /// - Throws: as `init(strength:ranges:)`, and `EngineError.nonPositiveSize` for an empty
    ///   column; `EngineError.nonFiniteData` for a NaN or infinite value.
    public init(strength: Double, columns: [[Float]]) throws {
        let ranges = try columns.map { column -> ClosedRange<Float> in
            guard var low = column.first else {
                throw EngineError.nonPositiveSize(what: "events", value: 0)
            }
            var high = low
            for (index, value) in column.enumerated() {
                guard value.isFinite else {
                    throw EngineError.nonFiniteData(what: "column", index: index, value: value)
                }
                low = min(low, value)
                high = max(high, value)
            }
            return low...high
        }
        try self.init(strength: strength, ranges: ranges)
    }

    /// How far each cut lies outside its range: positive above, negative below, 0 inside.
    public func distances(_ cuts: [Float]) -> [Double] {
        zip(cuts, ranges).map { cut, range in
            if cut > range.upperBound { return Double(cut) - Double(range.upperBound) }
            if cut < range.lowerBound { return Double(cut) - Double(range.lowerBound) }
            return 0
        }
    }

    /// R at `cuts`, and ∂R/∂c_k.
    public func valueAndGradient(_ cuts: [Float]) -> (value: Double, gradient: [Double]) {
        let d = distances(cuts)
        return (strength * d.reduce(0) { $0 + $1 * $1 }, d.map { 2 * strength * $0 })
    }
}
