import Foundation

/// A value that changes over a training's epochs, from `start` at epoch 1 to `end` at the last
/// epoch: a relaxation's slope while it is annealed toward a hard cut, or the noise width of a
/// stochastic gradient estimate.
///
/// | kind        | value at epoch e of E (t = (e − 1)/(E − 1))  |
/// |-------------|-----------------------------------------------|
/// | `constant`  | start (end = start)                           |
/// | `linear`    | start + t (end − start)                       |
/// | `geometric` | start · (end / start)^t, both > 0             |
///
/// A training of one epoch uses `start`. Computed in `Double`, rounded once by the caller.
public struct Schedule: Sendable, Hashable, CustomStringConvertible {
    /// How the value moves from `start` to `end`.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// Evenly spaced steps.
        case linear
        /// Evenly spaced ratios: each epoch multiplies the value by the same factor.
        case geometric
    }

    /// The value at epoch 1.
    public let start: Double
    /// The value at the last epoch.
    public let end: Double
    /// How it moves between them.
    public let kind: Kind

    /// Every kind's name in reference order: `linear`, `geometric`.
    public static let kindNames = Kind.allCases.map(\.rawValue)

    /// A schedule from `start` to `end`.
    /// - Throws: `EngineError.invalidHyperparameter` for a bound that is not finite and > 0
    ///   (slopes and noise widths are positive).
    public init(from start: Double, to end: Double, kind: Kind) throws {
        for (name, value) in [("schedule start", start), ("schedule end", end)]
        where !(value.isFinite && value > 0) {
            throw EngineError.invalidHyperparameter(
                name: name, value: value, expected: "finite and > 0, like 1")
        }
        self.start = start
        self.end = end
        self.kind = kind
    }

    /// The value `value` at every epoch.
    /// - Throws: as `init(from:to:kind:)`.
    public static func constant(_ value: Double) throws -> Schedule {
        try Schedule(from: value, to: value, kind: .linear)
    }

    /// The value at `epoch` (from 1) of a training of `epochs` epochs.
    public func value(epoch: Int, of epochs: Int) -> Double {
        guard epochs > 1, start != end else { return start }
        let t = Double(min(max(epoch, 1), epochs) - 1) / Double(epochs - 1)
        switch kind {
        case .linear: return start + t * (end - start)
        case .geometric: return epoch >= epochs ? end : start * pow(end / start, t)
        }
    }

    /// Like `1..64 geometric`.
    public var description: String { "\(start)..\(end) \(kind.rawValue)" }
}
