/// A horizontal or vertical line across the whole plot at a data value (a threshold, a maximum,
/// zero). A vertical line's x is kept visible by the automatic limits.
public struct ReferenceLine: Mark, PlotMark {
    /// Vertical (at an x value) or horizontal (at a y value).
    public enum Orientation: Sendable {
        case vertical, horizontal
    }

    /// The orientation.
    public let orientation: Orientation
    /// The data value where the line sits.
    public let value: Double
    /// The legend label (markup).
    public var label: String?
    /// The colour.
    public var color: Color
    /// The dash pattern.
    public var style: LineStyle
    /// The width in points.
    public var width: Double

    /// A vertical line at `x`.
    public init(
        x: Double, label: String? = nil, color: Color = .black, style: LineStyle = .solid,
        width: Double = 1
    ) {
        self.init(.vertical, x, label, color, style, width)
    }

    /// A horizontal line at `y`.
    public init(
        y: Double, label: String? = nil, color: Color = .black, style: LineStyle = .solid,
        width: Double = 1
    ) {
        self.init(.horizontal, y, label, color, style, width)
    }

    private init(
        _ o: Orientation, _ v: Double, _ label: String?, _ color: Color, _ style: LineStyle,
        _ width: Double
    ) {
        orientation = o
        value = v
        self.label = label
        self.color = color
        self.style = style
        self.width = width
    }

    var kindName: String { orientation == .vertical ? "vertical line" : "horizontal line" }
    var usesSeriesColor: Bool { false }

    func extent(x: ScaleKind, y: ScaleKind) -> DataExtent {
        var e = DataExtent()
        switch orientation {
        case .vertical: if x.accepts(value) { e.include(x: value) }
        case .horizontal: if y.accepts(value) { e.include(y: value) }
        }
        return e
    }

    func problems(x: ScaleKind, y: ScaleKind) -> [String] {
        let kind = orientation == .vertical ? x : y
        if !value.isFinite { return [Messages.nonFinite(1)] }
        if !kind.accepts(value) {
            return [Messages.nonPositive(1, axis: orientation == .vertical ? "x" : "y")]
        }
        return []
    }

    var stroke: StrokeStyle {
        StrokeStyle(color: color, width: width, dashes: style.dashes(width: width))
    }

    func endpoints(in frame: PlotFrame) -> (Point, Point)? {
        let r = frame.rect
        switch orientation {
        case .vertical:
            guard let x = frame.deviceX(value) else { return nil }
            return (Point(x, r.minY), Point(x, r.maxY))
        case .horizontal:
            guard let y = frame.deviceY(value) else { return nil }
            return (Point(r.minX, y), Point(r.maxX, y))
        }
    }

    func draw(in context: MarkContext) {
        guard let (a, b) = endpoints(in: context.frame) else { return }
        context.canvas.draw(
            path: .polyline([a, b]), transform: .identity, style: PaintStyle(stroke: stroke))
    }

    func footprint(in frame: PlotFrame) -> [Point] {
        guard let (a, b) = endpoints(in: frame) else { return [] }
        return (0...40).map { k in
            let t = Double(k) / 40
            return Point(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t)
        }
    }

    func swatch(seriesColor: Color, theme: Theme) -> LegendSwatch? {
        .line(stroke, marker: nil, markerSize: 0)
    }
}
