/// A comparison ready for the kernels: its column's index, its operator, where its cut values
/// sit among the parameters, and the sharpness 1/width its relaxation is applied with.
///
/// The relaxed weight is the relaxation of the signed distance in widths, d, at a cut of 0
/// (`Relaxation.weightsAndDerivatives(d, cut: 0)` gives w and r = ∂w/∂cut = −w′(d)):
///
/// | operator        | d                         | w        | ∂w/∂c                       |
/// |-----------------|---------------------------|----------|-----------------------------|
/// | `x > c`         | (x − c)·k                 | w(d)     | r·k                         |
/// | `x < c`         | (c − x)·k                 | w(d)     | −r·k                        |
/// | `abs(x) > c`    | (abs(x) − c)·k            | w(d)     | r·k                         |
/// | `abs(x) < c`    | (c − abs(x))·k            | w(d)     | −r·k                        |
/// | `lo < x < hi`   | d₁ = (x − lo)·k, d₂ = (hi − x)·k | w(d₁)·w(d₂) | ∂/∂lo = r₁·k·w(d₂), ∂/∂hi = −r₂·k·w(d₁) |
///
/// k is 1/width in `Float`; with k = 1 (a `hard` relaxation, whose width does not matter) the
/// distance is the exact difference, so the hard weight is exactly the strict comparison
/// `Comparison.passes`. NaN values give NaN weights (hard: weight 0).
public struct BoundComparison: Sendable, Hashable {
    /// The column's index in the data set.
    public let column: Int
    /// How the column is compared.
    public let op: CutOperator
    /// Where the comparison's first cut value sits in the flat parameters.
    public let parameterOffset: Int
    /// 1/width (1 for a hard relaxation).
    public let sharpness: Float

    /// A bound comparison.
    public init(column: Int, op: CutOperator, parameterOffset: Int, sharpness: Float) {
        self.column = column
        self.op = op
        self.parameterOffset = parameterOffset
        self.sharpness = sharpness
    }

    /// The weights of 16 events with values `x` and the derivatives with respect to the first
    /// and (for a window) second cut value; `second` is 0 for a one-sided cut.
    @inline(__always)
    public func weights(
        _ x: FloatVector, relaxation: Relaxation, cut: Float, high: Float
    ) -> (weight: FloatVector, first: FloatVector, second: FloatVector) {
        let k = sharpness
        switch op {
        case .greater, .absGreater:
            let value = op == .absGreater ? x.magnitudes : x
            let (w, r) = relaxation.weightsAndDerivatives((value - cut) * k, cut: 0)
            return (w, r * k, FloatVector())
        case .less, .absLess:
            let value = op == .absLess ? x.magnitudes : x
            let (w, r) = relaxation.weightsAndDerivatives((cut - value) * k, cut: 0)
            return (w, r * -k, FloatVector())
        case .window:
            let (low, lowSlope) = relaxation.weightsAndDerivatives((x - cut) * k, cut: 0)
            let (up, upSlope) = relaxation.weightsAndDerivatives((high - x) * k, cut: 0)
            return (low * up, lowSlope * k * up, upSlope * -k * low)
        }
    }
}

extension CutSpec {
    /// The comparisons bound to `columnNames`, relaxed by `relaxation`.
    /// - Throws: `SelectionError.unknownColumn` for a column not in `columnNames`,
    ///   `SelectionError.missingWidth` for a comparison without a width (call
    ///   `resolvingWidths(in:)` first) unless `relaxation` is `hard`.
    public func bound(to columnNames: [String], relaxation: Relaxation) throws
        -> [BoundComparison]
    {
        let offsets = parameterOffsets
        return try comparisons.indices.map { k in
            let comparison = comparisons[k]
            guard let column = columnNames.firstIndex(of: comparison.column) else {
                throw SelectionError.unknownColumn(comparison.column, available: columnNames)
            }
            var sharpness: Float = 1
            if relaxation != .hard {
                guard let width = comparison.width else {
                    throw SelectionError.missingWidth(comparison: comparison.description)
                }
                sharpness = 1 / width
            }
            return BoundComparison(
                column: column, op: comparison.op, parameterOffset: offsets[k],
                sharpness: sharpness)
        }
    }

    /// The share of a column's spread a derived width takes: width = spread / 10.
    public static let derivedWidthFraction = 0.1

    /// The selection with every missing width derived from `data`: one tenth of the standard
    /// deviation (over all events, unweighted, in `Double`) of the quantity the comparison
    /// cuts on — the column, or its absolute value for `abs(…)`. Scale-free, so a cut on a
    /// [0, 1] score and a cut on a pT in GeV are relaxed alike; narrow enough that the relaxed
    /// selection is close to the hard one (the weight goes from 2% to 98% within ±0.4
    /// standard deviations for a sigmoid), wide enough that events near the cut feel the
    /// gradient. Written widths are kept.
    /// - Throws: `SelectionError.unknownColumn`, or `SelectionError.noSpread` for a constant
    ///   column.
    public func resolvingWidths(in data: Dataset) throws -> CutSpec {
        try CutSpec(
            comparisons.map { comparison in
                guard comparison.width == nil else { return comparison }
                guard let index = data.columnNames.firstIndex(of: comparison.column) else {
                    throw SelectionError.unknownColumn(
                        comparison.column, available: data.columnNames)
                }
                let values = data.columns[index].map { value -> Double in
                    comparison.op.usesAbsoluteValue ? Double(abs(value)) : Double(value)
                }
                let mean = values.reduce(0, +) / Double(max(values.count, 1))
                let variance =
                    values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
                    / Double(max(values.count, 1))
                let spread = variance.squareRoot()
                let width = Float(spread * Self.derivedWidthFraction)
                guard spread.isFinite, width > 0, width.isFinite else {
                    throw SelectionError.noSpread(column: comparison.column, spread: spread)
                }
                var resolved = comparison
                resolved.width = width
                return resolved
            })
    }
}

extension ModelExpression {
    /// The expression with every selection's missing widths derived from `data`
    /// (`CutSpec.resolvingWidths(in:)`); other terms are kept.
    /// - Throws: `SelectionError` for an unknown column or a column without spread.
    public func resolvingWidths(in data: Dataset) throws -> ModelExpression {
        switch self {
        case .select(let relaxation, let selection):
            return .select(relaxation, try selection.resolvingWidths(in: data))
        case .sigmoid(let inner): return .sigmoid(try inner.resolvingWidths(in: data))
        case .product(let left, let right):
            return .product(try left.resolvingWidths(in: data), try right.resolvingWidths(in: data))
        case .cuts, .mlp: return self
        }
    }
}
