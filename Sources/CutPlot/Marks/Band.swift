import Foundation

/// The filled region between two curves over the same x (a spread: mean ± std, min to max).
///
/// A point where x, the low or the high value cannot be shown on the scales ends a piece of
/// the band; the pieces are filled separately and the points are reported in the warnings.
///
/// ```swift
/// axes.add(Band(x: epochs, low: lows, high: highs, label: "± std", color: Color.cycle[0]))
/// ```
public struct Band: Mark, PlotMark {
    let lower: SeriesData
    let upper: SeriesData
    /// The legend label (markup).
    public var label: String?
    /// The fill colour; nil takes the next colour of the series cycle. Drawn at `opacity`.
    public var color: Color?
    /// The fill's opacity, 0 to 1.
    public var opacity: Double

    var kindName: String { "band" }
    var usesSeriesColor: Bool { color == nil }

    /// The band between `low` and `high` at `x` (three arrays of one length).
    public init(
        x: [Double], low: [Double], high: [Double], label: String? = nil, color: Color? = nil,
        opacity: Double = 0.25
    ) {
        lower = SeriesData(x: x, y: low)
        upper = SeriesData(x: x, y: high)
        self.label = label
        self.color = color
        self.opacity = opacity
    }

    func extent(x: ScaleKind, y: ScaleKind) -> DataExtent {
        var extent = lower.extent(x: x, y: y)
        extent.merge(upper.extent(x: x, y: y))
        return extent
    }

    func problems(x: ScaleKind, y: ScaleKind) -> [String] {
        var found = lower.problems(x: x, y: y)
        for problem in upper.problems(x: x, y: y) where !found.contains(problem) {
            found.append(problem)
        }
        return found
    }

    /// The pieces of the band: runs of indices where both curves can be drawn.
    private func pieces(x: ScaleKind, y: ScaleKind) -> [[Int]] {
        var runs: [[Int]] = []
        var current: [Int] = []
        for index in 0..<min(lower.count, upper.count) {
            let drawable =
                x.accepts(lower.x[index]) && y.accepts(lower.y[index])
                && y.accepts(upper.y[index])
            if drawable {
                current.append(index)
            } else if !current.isEmpty {
                runs.append(current)
                current = []
            }
        }
        if !current.isEmpty { runs.append(current) }
        return runs
    }

    /// Each piece's outline: along the low curve, then back along the high one.
    private func outlines(in frame: PlotFrame) -> [[Point]] {
        pieces(x: frame.x.kind, y: frame.y.kind).map { run in
            run.compactMap { frame.point(lower.x[$0], lower.y[$0]) }
                + run.reversed().compactMap { frame.point(upper.x[$0], upper.y[$0]) }
        }
    }

    func draw(in context: MarkContext) {
        let fill = (color ?? context.seriesColor).withAlpha(opacity)
        for outline in outlines(in: context.frame) where outline.count > 2 {
            context.canvas.draw(
                path: .polygon(outline), transform: .identity, style: PaintStyle(fill: fill))
        }
    }

    func footprint(in frame: PlotFrame) -> [Point] {
        lower.footprint(in: frame, xKind: frame.x.kind, yKind: frame.y.kind)
            + upper.footprint(in: frame, xKind: frame.x.kind, yKind: frame.y.kind)
    }

    func swatch(seriesColor: Color, theme: Theme) -> LegendSwatch? {
        .patch(fill: (color ?? seriesColor).withAlpha(opacity), edge: nil)
    }
}
