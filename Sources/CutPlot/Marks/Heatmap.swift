/// A grid drawn as coloured cells, values mapped through a colormap from `range` (default:
/// the grid's finite minimum to maximum). Non-finite cells are left transparent.
public struct Heatmap: Mark, PlotMark {
    /// The grid; cells are centred on its positions and fill its bounds.
    public let grid: Grid2D
    /// The colormap.
    public var colormap: Colormap
    /// The values mapped to the colormap's ends.
    public var range: ClosedRange<Double>?
    /// Whether SVG and PDF output draw the cells as one image over the plot (true) or as one
    /// rectangle per run of equal colour (false); nil decides by size: grids of more than
    /// `Rasterization.automaticHeatmapThreshold` cells are rasterised. PNG output is the same
    /// either way.
    public var rasterized: Bool?

    /// Creates a heatmap.
    public init(
        _ grid: Grid2D, colormap: Colormap = .viridis, range: ClosedRange<Double>? = nil,
        rasterized: Bool? = nil
    ) {
        self.grid = grid
        self.colormap = colormap
        self.range = range
        self.rasterized = rasterized
    }

    /// Whether the cells are drawn as one image in vector output.
    var isRasterized: Bool {
        rasterized ?? (grid.x.count * grid.y.count > Rasterization.automaticHeatmapThreshold)
    }

    /// Heatmaps have no legend entry (use a colour bar).
    public var label: String? { nil }
    var kindName: String { "heatmap" }
    var usesSeriesColor: Bool { false }

    func extent(x: ScaleKind, y: ScaleKind) -> DataExtent {
        grid.extent
    }

    func problems(x: ScaleKind, y: ScaleKind) -> [String] {
        var out: [String] = []
        if x == .log || y == .log { out.append("heatmaps are drawn on linear axes only") }
        let bad = grid.values.joined().filter { !$0.isFinite }.count
        if bad > 0 { out.append(Messages.nonFinite(bad)) }
        return out
    }

    /// The value range mapped to the colormap.
    var valueRange: ClosedRange<Double> {
        if let range { return range }
        let lo = grid.minimum
        let hi = grid.maximum
        return lo...(hi > lo ? hi : lo + 1)
    }

    func draw(in context: MarkContext) {
        let frame = context.frame
        let (rows, columns) = (grid.y.count, grid.x.count)
        guard rows > 0, columns > 0, frame.x.kind == .linear, frame.y.kind == .linear,
            let x0 = frame.deviceX(grid.xBounds.lowerBound),
            let x1 = frame.deviceX(grid.xBounds.upperBound),
            let yTop = frame.deviceY(grid.yBounds.upperBound),
            let yBottom = frame.deviceY(grid.yBounds.lowerBound)
        else { return }
        let r = valueRange
        var pixels: [Color] = []
        pixels.reserveCapacity(rows * columns)
        for row in (0..<rows).reversed() {
            for v in grid.values[row] {
                pixels.append(
                    colormap.color(at: (v - r.lowerBound) / (r.upperBound - r.lowerBound)))
            }
        }
        let image = RasterImage(width: columns, height: rows, pixels: pixels)
        let rect = Rect(x: x0, y: yTop, width: x1 - x0, height: yBottom - yTop)
        context.drawing(rasterized: isRasterized) { context in
            context.canvas.draw(image: image, in: rect)
        }
    }

    func footprint(in frame: PlotFrame) -> [Point] {
        grid.y.flatMap { b in grid.x.compactMap { a in frame.point(a, b) } }
    }
}
