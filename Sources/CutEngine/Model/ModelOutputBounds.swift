/// The interval a model's output is guaranteed to lie in, whatever its parameters and inputs.
///
/// Decided from the expression alone: `sigmoid(…)` and cuts relaxed by `hard`, `erf` or
/// `sigmoid` give weights in [0, 1]; `balanced` cuts give weights in [−1, 1]; a product's
/// bounds are the interval product of its factors' bounds (so a product of [0, 1] factors is
/// in [0, 1]); a network (`mlp`) is unbounded. Losses that read the output as a probability
/// (binary cross-entropy) need bounds within [0, 1].
public struct OutputBounds: Sendable, Hashable, CustomStringConvertible {
    /// The lowest value the output can take (may be −∞).
    public let lower: Double
    /// The highest value the output can take (may be +∞).
    public let upper: Double

    /// The bounds `lower…upper`.
    public init(lower: Double, upper: Double) {
        self.lower = lower
        self.upper = upper
    }

    /// [0, 1]: a probability or a cut's weight.
    public static let unit = OutputBounds(lower: 0, upper: 1)
    /// [−1, 1]: a balanced cut's weight.
    public static let balanced = OutputBounds(lower: -1, upper: 1)
    /// (−∞, +∞): a network's raw output.
    public static let unbounded = OutputBounds(lower: -.infinity, upper: .infinity)

    /// True when every output lies in [0, 1], as binary cross-entropy needs.
    public var isWithinUnitInterval: Bool { lower >= 0 && upper <= 1 }

    /// The bounds of the product of an output in `self` and one in `other`; 0 × ∞ counts as 0
    /// (a factor that is exactly 0 makes the product 0).
    public func times(_ other: OutputBounds) -> OutputBounds {
        func product(_ a: Double, _ b: Double) -> Double { a == 0 || b == 0 ? 0 : a * b }
        let corners = [
            product(lower, other.lower), product(lower, other.upper),
            product(upper, other.lower), product(upper, other.upper),
        ]
        return OutputBounds(lower: corners.min()!, upper: corners.max()!)
    }

    /// Like `[0, 1]`, `[-1, 1]` or `(-inf, inf)`.
    public var description: String {
        func show(_ value: Double) -> String {
            value.isInfinite ? (value < 0 ? "-inf" : "inf") : String(Int(value))
        }
        return (lower.isInfinite ? "(" : "[") + show(lower) + ", " + show(upper)
            + (upper.isInfinite ? ")" : "]")
    }
}

extension Relaxation {
    /// The interval the relaxation's weight lies in: [0, 1], or [−1, 1] for `balancedSigmoid`.
    public var weightBounds: OutputBounds {
        switch self {
        case .hard, .erf, .sigmoid: return .unit
        case .balancedSigmoid: return .balanced
        }
    }
}

extension ModelExpression {
    /// The interval the expression's output lies in, for any parameters and inputs.
    public var outputBounds: OutputBounds {
        switch self {
        case .cuts(let relaxation, _), .select(let relaxation, _): return relaxation.weightBounds
        case .mlp: return .unbounded
        case .sigmoid: return .unit
        case .product(let left, let right): return left.outputBounds.times(right.outputBounds)
        }
    }
}

extension Model {
    /// The interval the model's output lies in (see `OutputBounds`).
    public var outputBounds: OutputBounds { expression.outputBounds }
}
