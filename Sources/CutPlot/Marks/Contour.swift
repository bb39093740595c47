/// Contour lines of a grid at given levels (e.g. a 2D histogram at 1, 5, 10, 25 … % of its
/// maximum), each level coloured from a colormap (or all in one colour).
public struct Contour: Mark, PlotMark {
    /// The grid.
    public let grid: Grid2D
    /// The levels, in the grid's units.
    public let levels: [Double]
    /// The colormap spanning the lowest to the highest level.
    public var colormap: Colormap
    /// One colour for every level instead of the colormap.
    public var color: Color?
    /// Line width in points.
    public var lineWidth: Double
    /// The legend label (markup).
    public var label: String?

    /// Contours at absolute `levels`.
    public init(
        _ grid: Grid2D, levels: [Double], colormap: Colormap = .viridis, color: Color? = nil,
        lineWidth: Double = 1.5, label: String? = nil
    ) {
        self.grid = grid
        self.levels = levels.sorted()
        self.colormap = colormap
        self.color = color
        self.lineWidth = lineWidth
        self.label = label
    }

    /// Contours at fractions of the grid's maximum (0.25 for 25 %).
    public init(
        _ grid: Grid2D, fractionsOfMaximum fractions: [Double], colormap: Colormap = .viridis,
        color: Color? = nil, lineWidth: Double = 1.5, label: String? = nil
    ) {
        let top = grid.maximum
        self.init(
            grid, levels: fractions.map { $0 * top }, colormap: colormap, color: color,
            lineWidth: lineWidth, label: label)
    }

    var kindName: String { "contour" }
    var usesSeriesColor: Bool { false }

    func extent(x: ScaleKind, y: ScaleKind) -> DataExtent {
        grid.extent
    }

    func problems(x: ScaleKind, y: ScaleKind) -> [String] {
        let bad = grid.values.joined().filter { !$0.isFinite }.count
        var out: [String] = []
        if bad > 0 { out.append(Messages.nonFinite(bad)) }
        if grid.x.count < 2 || grid.y.count < 2 { out.append(Messages.empty) }
        return out
    }

    /// The colour of a level.
    func color(of level: Double) -> Color {
        if let color { return color }
        guard let lo = levels.first, let hi = levels.last, hi > lo else {
            return colormap.color(at: 0)
        }
        return colormap.color(at: (level - lo) / (hi - lo))
    }

    /// The contour lines at every level, found by marching squares.
    public func contourLines() -> [ContourLine] {
        levels.flatMap { MarchingSquares.lines(grid, level: $0) }
    }

    func draw(in context: MarkContext) {
        let frame = context.frame
        for line in contourLines() {
            let points = line.points.compactMap { frame.point($0.x, $0.y) }
            let path = line.closed ? Path.polygon(points) : Path.polyline(points)
            context.canvas.draw(
                path: path, transform: .identity,
                style: PaintStyle(
                    stroke: StrokeStyle(color: color(of: line.level), width: lineWidth, round: true)
                ))
        }
    }

    func footprint(in frame: PlotFrame) -> [Point] {
        contourLines().flatMap { $0.points.compactMap { frame.point($0.x, $0.y) } }
    }

    func swatch(seriesColor: Color, theme: Theme) -> LegendSwatch? {
        let middle = levels.isEmpty ? 0 : levels[levels.count / 2]
        return .line(
            StrokeStyle(color: color(of: middle), width: lineWidth), marker: nil, markerSize: 0)
    }
}
