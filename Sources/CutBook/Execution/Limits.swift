import CutEngine

/// The ranges of the sizes and seeds CutBook reads, checked where they are read so that no
/// conversion can trap; memory estimates are checked against `MemoryLimit`.
enum Limits {
    /// The seeds numpy's `RandomState` (and so CutEngine's) takes: 32-bit.
    static let seeds = 0...Int(UInt32.max)

    /// The most members one sweep (`seeds=`, `sweep=`) may have: each is a training of its own,
    /// so a longer sweep is a typo more often than a plan (`seeds=1..100000`).
    static let sweepMembers = 1000

    /// What a seed must be, for messages.
    static let seedSummary = "an integer from 0 to \(UInt32.max)"

    /// The directive's `seed=` (given, or report.yml's default), or `fallback` when there is
    /// none, as the 32-bit seed of a random stream.
    /// - Throws: `ExecutionError` at `seed=` when the seed is out of range (the option's
    ///   range is checked when the report is read, so this guards against a path that skips it).
    static func seed(_ directive: ResolvedDirective, default fallback: UInt32 = 0) throws
        -> UInt32
    {
        guard let seed = directive.integer("seed") else { return fallback }
        guard seeds.contains(seed), let value = UInt32(exactly: seed) else {
            throw ExecutionError(
                "seed=\(seed) is out of range: expected \(seedSummary)",
                location: directive.directive.option("seed")?.valueLocation)
        }
        return value
    }

    /// Bytes per point of a scan surface: the grid's `Double` and its copy in the cache entry.
    static let bytesPerSurfacePoint = 16.0

    /// The memory of a `steps` × `steps` scan surface.
    static func surfaceEstimate(steps: Int) -> MemoryEstimate {
        MemoryEstimate(
            bytes: Double(steps) * Double(steps) * bytesPerSurfacePoint,
            breakdown: "\(steps) × \(steps) points × \(Int(bytesPerSurfacePoint)) bytes")
    }

    /// The most steps a surface may have within `MemoryLimit.bytes`.
    static var mostSurfaceSteps: Int {
        Int((MemoryLimit.bytes / bytesPerSurfacePoint).squareRoot())
    }
}
