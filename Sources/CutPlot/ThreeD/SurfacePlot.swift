/// A 3D view of z = f(x, y) over a grid (a loss surface): coloured quads in painter's order
/// inside a box with panes, ticks and axis labels.
public struct SurfacePlot: Sendable {
    /// The surface: `grid.values[row][column]` is z at `(grid.x[column], grid.y[row])`.
    public var grid: Grid2D
    /// Colours by height.
    public var colormap: Colormap
    /// The title (markup).
    public var title: String?
    /// The x axis label (markup).
    public var xLabel: String?
    /// The y axis label (markup).
    public var yLabel: String?
    /// The z axis label (markup).
    public var zLabel: String?
    /// The viewer's elevation above the x–y plane, in degrees.
    public var elevation: Double
    /// The viewer's azimuth around the z axis, in degrees (matplotlib's convention).
    public var azimuth: Double

    /// Messages about values that cannot be drawn.
    var problems: [String] {
        var out: [String] = []
        let bad = grid.values.joined().filter { !$0.isFinite }.count
        if bad > 0 { out.append(Messages.nonFinite(bad) + "; their cells are left out") }
        if grid.x.count < 2 || grid.y.count < 2 { out.append(Messages.empty) }
        return out
    }
}

// The public initialiser lives in an extension so that the struct keeps its memberwise
// initialiser, which it ends in.
extension SurfacePlot {
    /// Creates a surface view; the default view is matplotlib's (elevation 30°, azimuth −60°).
    public init(
        _ grid: Grid2D, colormap: Colormap = .viridis, title: String? = nil, xLabel: String? = nil,
        yLabel: String? = nil, zLabel: String? = nil, elevation: Double = 30, azimuth: Double = -60
    ) {
        self.init(
            grid: grid, colormap: colormap, title: title, xLabel: xLabel, yLabel: yLabel,
            zLabel: zLabel, elevation: elevation, azimuth: azimuth)
    }
}
