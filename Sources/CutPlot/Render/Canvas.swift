/// How a path's outline is stroked.
public struct StrokeStyle: Sendable, Equatable {
    /// The line colour (with its alpha).
    public var color: Color
    /// The line width in points.
    public var width: Double
    /// The dash pattern in points (on, off, …); empty for a solid line.
    public var dashes: [Double]
    /// Whether line ends and joins are rounded (otherwise butt ends and miter joins).
    public var round: Bool

    /// Creates a stroke style.
    public init(color: Color, width: Double, dashes: [Double] = [], round: Bool = false) {
        self.color = color
        self.width = width
        self.dashes = dashes
        self.round = round
    }
}

/// How a path is painted: a fill, a stroke, or both (fill first).
public struct PaintStyle: Sendable, Equatable {
    /// The fill colour, if filled.
    public var fill: Color?
    /// The stroke, if stroked.
    public var stroke: StrokeStyle?

    /// Creates a paint style.
    public init(fill: Color? = nil, stroke: StrokeStyle? = nil) {
        self.fill = fill
        self.stroke = stroke
    }
}

/// A font request: family, size in points, slant and weight.
public struct FontSpec: Hashable, Sendable {
    /// The family name, e.g. "DejaVu Sans".
    public var family: String
    /// The size in points.
    public var size: Double
    /// Whether the oblique (italic) face is used.
    public var italic: Bool
    /// Whether the bold face is used.
    public var bold: Bool

    /// Creates a font request.
    public init(
        family: String = "DejaVu Sans", size: Double, italic: Bool = false, bold: Bool = false
    ) {
        self.family = family
        self.size = size
        self.italic = italic
        self.bold = bold
    }
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

    /// Creates an image from its pixels, row by row from the top.
    public init(width: Int, height: Int, pixels: [Color]) {
        self.width = width
        self.height = height
        self.pixels = pixels
    }
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
