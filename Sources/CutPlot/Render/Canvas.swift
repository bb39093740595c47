// The styles and font requests below are the vocabulary of the internal `Canvas` seam, so
// they are internal too, and their memberwise initialisers (with the defaults given here) are
// the ones every drawing call uses.

/// How a path's outline is stroked.
struct StrokeStyle: Sendable, Equatable {
    /// The line colour (with its alpha).
    var color: Color
    /// The line width in points.
    var width: Double
    /// The dash pattern in points (on, off, …); empty for a solid line.
    var dashes: [Double] = []
    /// Whether line ends and joins are rounded (otherwise butt ends and miter joins).
    var round = false
}

/// How a path is painted: a fill, a stroke, or both (fill first).
struct PaintStyle: Sendable, Equatable {
    /// The fill colour, if filled.
    var fill: Color?
    /// The stroke, if stroked.
    var stroke: StrokeStyle?
}

/// A font request: family, size in points, slant and weight.
struct FontSpec: Hashable, Sendable {
    /// The family name, e.g. "DejaVu Sans".
    var family = "DejaVu Sans"
    /// The size in points.
    var size: Double
    /// Whether the oblique (italic) face is used.
    var italic = false
    /// Whether the bold face is used.
    var bold = false
}

/// The measured extent of a single-line text run, relative to its baseline origin.
public struct TextMetrics: Sendable, Equatable {
    /// The advance width.
    public var width: Double
    /// Height above the baseline.
    public var ascent: Double
    /// Depth below the baseline.
    public var descent: Double
}

/// A grid of RGBA pixels (non-premultiplied, row-major from the top row), drawn by `Canvas.image`.
public struct RasterImage: Sendable {
    /// Columns.
    public var width: Int
    /// Rows.
    public var height: Int
    /// `width * height` colours, row by row from the top.
    public var pixels: [Color]
}

/// The renderer seam: everything CutPlot draws goes through these few methods, in figure space
/// (points from the top-left corner, y downwards). One implementation draws with Cairo; tests
/// may record the calls instead.
protocol Canvas: AnyObject {
    /// Paints `path` after mapping its points through `transform`.
    func draw(path: Path, transform: AffineTransform, style: PaintStyle)
    /// Paints the same `marker` path (in points, around the origin) at every position.
    func draw(marker: Path, at positions: [Point], style: PaintStyle)
    /// Draws a text run whose baseline starts at the origin of `transform`'s space.
    func draw(text: String, font: FontSpec, color: Color, transform: AffineTransform)
    /// The extent of a text run.
    func measure(text: String, font: FontSpec) -> TextMetrics
    /// Records a problem met while drawing; the figure's output functions throw the first.
    func fail(_ error: Error)
    /// Draws an image stretched over `rect` without smoothing between pixels.
    func draw(image: RasterImage, in rect: Rect)
    /// Runs `body` with drawing clipped to `rect`.
    func withClip(_ rect: Rect, _ body: () -> Void)
    /// Runs `body`, which draws through the canvas it is handed, so that what it draws inside
    /// `rect` reaches this canvas as one raster image of `pixelsPerPoint` pixels per point of
    /// the output (a vector target's points; a raster target draws straight through, since
    /// it is pixels already). Nothing `body` draws outside `rect` is kept.
    func rasterizing(_ rect: Rect, pixelsPerPoint: Double, _ body: (Canvas) -> Void)
}
