/// Something drawn inside an `Axes`: a line, a histogram, a scatter, a contour set, a reference
/// line, a text annotation, a heatmap. The mark types CutPlot provides are the only conformers.
public protocol Mark: Sendable {}

/// The data range a mark covers, with the values its margins must not cross.
struct DataExtent {
    var x: ClosedRange<Double>?
    var y: ClosedRange<Double>?
    var stickyX: [Double] = []
    var stickyY: [Double] = []

    mutating func include(x value: Double) {
        x = x.map { min($0.lowerBound, value)...max($0.upperBound, value) } ?? value...value
    }

    mutating func include(y value: Double) {
        y = y.map { min($0.lowerBound, value)...max($0.upperBound, value) } ?? value...value
    }

    mutating func merge(_ other: DataExtent) {
        if let r = other.x {
            include(x: r.lowerBound)
            include(x: r.upperBound)
        }
        if let r = other.y {
            include(y: r.lowerBound)
            include(y: r.upperBound)
        }
        stickyX += other.stickyX
        stickyY += other.stickyY
    }
}

/// What a mark needs while it draws.
struct MarkContext {
    let canvas: Canvas
    let frame: PlotFrame
    /// The colour assigned from the series cycle (used when the mark names none).
    let seriesColor: Color
    let theme: Theme
    var typesetter: Typesetter { Typesetter(canvas: canvas) }
}

/// The small legend picture of a series.
enum LegendSwatch {
    case line(StrokeStyle, marker: MarkerShape?, markerSize: Double)
    case patch(fill: Color?, edge: StrokeStyle?)
    case marker(MarkerShape, size: Double, color: Color)
}

/// The internal drawing side of a mark.
protocol PlotMark: Mark {
    /// The legend label, if the mark appears in the legend.
    var label: String? { get }
    /// What the mark is, for warnings about unlabelled marks ("line", "histogram").
    var kindName: String { get }
    /// Whether the mark takes the next colour of the series cycle when it names none.
    var usesSeriesColor: Bool { get }
    /// The data range that should be visible on these scales.
    func extent(x: ScaleKind, y: ScaleKind) -> DataExtent
    /// Messages about data that cannot be drawn on these scales.
    func problems(x: ScaleKind, y: ScaleKind) -> [String]
    /// Draws the mark.
    func draw(in context: MarkContext)
    /// Figure-space points the mark covers, for placing the legend where it hides least.
    func footprint(in frame: PlotFrame) -> [Point]
    /// The legend picture.
    func swatch(seriesColor: Color, theme: Theme) -> LegendSwatch?
}

extension PlotMark {
    var usesSeriesColor: Bool { true }
    func problems(x: ScaleKind, y: ScaleKind) -> [String] { [] }
    func swatch(seriesColor: Color, theme: Theme) -> LegendSwatch? { nil }
}

/// Visual constants, scaled by the figure's base font size (matplotlib's defaults at 10 pt).
struct Theme {
    let fontSize: Double
    var font: FontSpec { FontSpec(size: fontSize) }
    var titleFont: FontSpec { FontSpec(size: fontSize * 1.2) }
    var lineWidth: Double { 1.5 * fontSize / 10 }
    var spineWidth: Double { 0.8 * fontSize / 10 }
    var majorTick: Double { 3.5 * fontSize / 10 }
    var minorTick: Double { 2 * fontSize / 10 }
    var tickPad: Double { 3.5 * fontSize / 10 }
    var labelPad: Double { 4 * fontSize / 10 }
    var titlePad: Double { 6 * fontSize / 10 }
    var edge: Double { 6 * fontSize / 10 }
    let foreground = Color(red: 0, green: 0, blue: 0)
}
