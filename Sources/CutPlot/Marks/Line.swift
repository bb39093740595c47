import Foundation

/// A line through (x, y) points: solid, dashed or dotted, with optional markers.
/// Non-finite points break the line; they are reported in the figure's warnings.
public struct Line: Mark, PlotMark {
    let data: SeriesData
    /// The legend label (markup).
    public var label: String?
    /// The colour; nil takes the next colour of the series cycle.
    public var color: Color?
    /// The dash pattern.
    public var style: LineStyle
    /// The line width in points; nil is the theme's width (1.5 pt at 10 pt text).
    public var width: Double?
    /// A marker drawn at every point.
    public var marker: MarkerShape?
    /// The marker size in points (diameter).
    public var markerSize: Double = 6

    var kindName: String { "line" }
    var usesSeriesColor: Bool { color == nil }

    func extent(x: ScaleKind, y: ScaleKind) -> DataExtent { data.extent(x: x, y: y) }

    func problems(x: ScaleKind, y: ScaleKind) -> [String] { data.problems(x: x, y: y) }

    func stroke(_ seriesColor: Color, theme: Theme) -> StrokeStyle {
        let w = width ?? theme.lineWidth
        return StrokeStyle(
            color: color ?? seriesColor, width: w, dashes: style.dashes(width: w),
            round: style == .solid || style == .dotted)
    }

    func draw(in context: MarkContext) {
        let frame = context.frame
        let stroke = stroke(context.seriesColor, theme: context.theme)
        var markerPoints: [Point] = []
        for run in data.runs(x: frame.x.kind, y: frame.y.kind) {
            let points = run.compactMap { frame.point($0.0, $0.1) }
            context.canvas.draw(
                path: .polyline(points), transform: .identity, style: PaintStyle(stroke: stroke))
            markerPoints += points
        }
        if let marker {
            let style =
                marker.isStroked
                ? PaintStyle(stroke: StrokeStyle(color: stroke.color, width: stroke.width))
                : PaintStyle(fill: stroke.color)
            context.canvas.draw(
                marker: marker.path(size: markerSize), at: markerPoints, style: style)
        }
    }

    func footprint(in frame: PlotFrame) -> [Point] {
        data.footprint(in: frame, xKind: frame.x.kind, yKind: frame.y.kind)
    }

    func swatch(seriesColor: Color, theme: Theme) -> LegendSwatch? {
        .line(
            stroke(seriesColor, theme: theme), marker: marker, markerSize: markerSize)
    }
}

// The public initialisers live in an extension so that the struct keeps its memberwise
// initialiser.
extension Line {
    /// A line through points given as parallel arrays.
    public init<T: BinaryFloatingPoint>(
        x: [T], y: [T], label: String? = nil, color: Color? = nil, style: LineStyle = .solid,
        width: Double? = nil, marker: MarkerShape? = nil, markerSize: Double = 6
    ) {
        self.init(
            data: SeriesData(x: doubles(x), y: doubles(y)), label: label, color: color,
            style: style, width: width, marker: marker, markerSize: markerSize)
    }

    /// A line through `y` against 0, 1, 2, … (iterations, epochs).
    public init<T: BinaryFloatingPoint>(
        y: [T], label: String? = nil, color: Color? = nil, style: LineStyle = .solid,
        width: Double? = nil, marker: MarkerShape? = nil
    ) {
        self.init(
            x: (0..<y.count).map { Double($0) }, y: doubles(y), label: label, color: color,
            style: style, width: width, marker: marker)
    }
}
