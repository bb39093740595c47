/// How a histogram is drawn.
public enum HistogramStyle: String, Sendable, CaseIterable {
    /// The outline of the bins only.
    case step
    /// The area under the outline, filled.
    case filled

    /// A style by name (`step` or `filled`).
    /// - Throws: `PlotError.unknownName` listing the valid names.
    public init(named name: String) throws {
        self = try .named(name, kind: "histogram style")
    }
}

/// A 1D histogram: counts of values in equal bins, drawn as a step outline or filled.
/// Several overlay naturally (use `alpha` with `.filled`); on a log y axis, empty bins drop to
/// the bottom of the plot.
public struct Histogram: Mark, PlotMark {
    /// Bin edges (one more than counts).
    public let edges: [Double]
    /// The count (or weight sum) in each bin.
    public let counts: [Double]
    /// Values that were not finite, skipped when binning.
    let skipped: Int
    /// The legend label (markup).
    public var label: String?
    /// Outline or filled.
    public var style: HistogramStyle
    /// The colour; nil takes the next colour of the series cycle.
    public var color: Color?
    /// Opacity of the fill, or of the outline of a step histogram.
    public var alpha: Double
    /// Outline width in points.
    public var lineWidth: Double?

    var kindName: String { "histogram" }
    var usesSeriesColor: Bool { color == nil }

    func extent(x: ScaleKind, y: ScaleKind) -> DataExtent {
        var e = DataExtent()
        guard let first = edges.first, let last = edges.last else { return e }
        e.include(x: first)
        e.include(x: last)
        for c in counts where y.accepts(c) { e.include(y: c) }
        if y == .linear {
            e.include(y: 0)
            e.stickyY = [0]
        }
        e.stickyX = [first, last]
        return e
    }

    func problems(x: ScaleKind, y: ScaleKind) -> [String] {
        var out: [String] = []
        let nonFiniteCounts = counts.filter { !$0.isFinite }.count
        if skipped + nonFiniteCounts > 0 {
            out.append(Messages.nonFinite(skipped + nonFiniteCounts))
        }
        if counts.isEmpty || counts.allSatisfy({ $0 == 0 }) { out.append(Messages.empty) }
        // Empty bins are normal on a log axis; negative counts (weights) are not.
        let negative = counts.filter { $0 < 0 }.count
        if y == .log && negative > 0 { out.append(Messages.nonPositive(negative, axis: "y")) }
        let badEdges = edges.filter { !x.accepts($0) }.count
        if badEdges > 0 {
            out.append("has \(badEdges) bin edges the \(x.rawValue) x axis cannot show")
        }
        return out
    }

    /// The outline as figure-space points: up and across each bin, down at the ends.
    func outline(in frame: PlotFrame) -> [Point] {
        let bottom =
            frame.y.kind == .log ? frame.rect.maxY + 1 : (frame.deviceY(0) ?? frame.rect.maxY)
        func yOf(_ c: Double) -> Double {
            guard let y = frame.deviceY(c) else { return frame.rect.maxY + 1 }
            return min(y, frame.rect.maxY + 1)
        }
        var points: [Point] = []
        for (i, c) in counts.enumerated() {
            guard let x0 = frame.deviceX(edges[i]), let x1 = frame.deviceX(edges[i + 1]) else {
                continue
            }
            if points.isEmpty { points.append(Point(x0, bottom)) }
            points.append(Point(x0, yOf(c)))
            points.append(Point(x1, yOf(c)))
        }
        if let last = points.last { points.append(Point(last.x, bottom)) }
        return points
    }

    func draw(in context: MarkContext) {
        let points = outline(in: context.frame)
        guard points.count > 2 else { return }
        let base = color ?? context.seriesColor
        let width = lineWidth ?? context.theme.lineWidth
        switch style {
        case .step:
            context.canvas.draw(
                path: .polyline(points), transform: .identity,
                style: PaintStyle(stroke: StrokeStyle(color: base.withAlpha(alpha), width: width)))
        case .filled:
            context.canvas.draw(
                path: .polygon(points), transform: .identity,
                style: PaintStyle(fill: base.withAlpha(alpha)))
        }
    }

    func footprint(in frame: PlotFrame) -> [Point] {
        let points = outline(in: frame)
        guard style == .filled else { return points }
        // A filled histogram covers the area under its outline.
        var out: [Point] = []
        for p in points where p.y < frame.rect.maxY {
            var y = p.y
            while y < frame.rect.maxY {
                out.append(Point(p.x, y))
                y += 8
            }
        }
        return out
    }

    func swatch(seriesColor: Color, theme: Theme) -> LegendSwatch? {
        let base = color ?? seriesColor
        switch style {
        case .step:
            let width = lineWidth ?? theme.lineWidth
            return .patch(fill: nil, edge: StrokeStyle(color: base.withAlpha(alpha), width: width))
        case .filled: return .patch(fill: base.withAlpha(alpha), edge: nil)
        }
    }
}

// The public initialisers live in an extension so that the struct keeps its memberwise
// initialiser, which both of them end in.
extension Histogram {
    /// Bins `values` into `bins` equal bins over `range` (default: the finite values' range).
    /// Values outside the range are not counted; non-finite values are skipped and reported.
    ///
    /// - Parameters:
    ///   - weights: one weight per value, summed per bin instead of counting each value once
    ///     (nil: every value counts 1); a value whose weight is not finite is skipped too.
    ///   - density: divide each bin by the total in range times the bin width, so the
    ///     histogram has unit area (numpy's `density=True`); an empty histogram stays 0.
    public init<T: BinaryFloatingPoint>(
        values: [T], weights: [T]? = nil, bins: Int = 50, range: ClosedRange<Double>? = nil,
        density: Bool = false, label: String? = nil, style: HistogramStyle = .filled,
        color: Color? = nil, alpha: Double = 1, lineWidth: Double? = nil
    ) {
        precondition(weights == nil || weights?.count == values.count, "one weight per value")
        var finite: [(value: Double, weight: Double)] = []
        finite.reserveCapacity(values.count)
        for index in values.indices {
            let entry = (Double(values[index]), weights.map { Double($0[index]) } ?? 1)
            if entry.0.isFinite && entry.1.isFinite { finite.append(entry) }
        }
        let lo = range?.lowerBound ?? finite.lazy.map(\.value).min() ?? 0
        var hi = range?.upperBound ?? finite.lazy.map(\.value).max() ?? 1
        if hi <= lo { hi = lo + 1 }
        let n = max(bins, 1)
        var counts = [Double](repeating: 0, count: n)
        let scale = Double(n) / (hi - lo)
        for (v, weight) in finite where v >= lo && v <= hi {
            counts[min(Int((v - lo) * scale), n - 1)] += weight
        }
        if density {
            let area = counts.reduce(0, +) * (hi - lo) / Double(n)
            if area != 0 { counts = counts.map { $0 / area } }
        }
        self.init(
            edges: (0...n).map { lo + (hi - lo) * Double($0) / Double(n) }, counts: counts,
            skipped: values.count - finite.count, label: label, style: style, color: color,
            alpha: alpha, lineWidth: lineWidth)
    }

    /// A histogram from precomputed bin edges and counts (`edges.count == counts.count + 1`).
    /// - Throws: `PlotError.mismatchedLengths` when the sizes disagree.
    public init(
        edges: [Double], counts: [Double], label: String? = nil, style: HistogramStyle = .filled,
        color: Color? = nil, alpha: Double = 1, lineWidth: Double? = nil
    ) throws {
        guard edges.count == counts.count + 1 else {
            throw PlotError.mismatchedLengths(
                what: "histogram edges for \(counts.count) counts", expected: counts.count + 1,
                found: edges.count)
        }
        self.init(
            edges: edges, counts: counts, skipped: 0, label: label, style: style, color: color,
            alpha: alpha, lineWidth: lineWidth)
    }
}
