/// When and how finely dense marks are drawn as one image inside vector output (SVG, PDF, an
/// outside Cairo context), as matplotlib's `rasterized=True` does. Axes, ticks, text, legends
/// and sparse marks stay vector; PNG output is pixels already and does not change.
public enum Rasterization {
    /// A scatter with more points than this is rasterised unless it says otherwise
    /// (`Scatter.rasterized`). Measured on a figure of 2-point markers spread as a Gaussian:
    /// a marker costs about 48 bytes of SVG and 10 of PDF, while the image grows from 45 kB
    /// (SVG) and 30 kB (PDF) at 500 points to 320 kB and 190 kB at 40,000, as the markers
    /// cover more of it. The SVG and PDF together are smaller as an image from about 4,000
    /// points on (2,000: 138 kB as vectors, 167 kB as an image; 5,000: 312 kB and 275 kB;
    /// 10,000: 598 kB and 404 kB), and that many markers are no longer told apart as shapes.
    public static let automaticScatterThreshold = 4000

    /// A heatmap with more cells than this is rasterised unless it says otherwise
    /// (`Heatmap.rasterized`). As vectors a cell costs about 110 bytes of SVG (one rectangle per
    /// run of equal colour, and neighbouring cells of a smooth grid rarely share a colour) and
    /// 7 of PDF; the 101 × 101 grid of the workshop's remedies chapter made a 1.1 MB SVG. As an
    /// image the plot costs what its pixels compress to whatever the cell count, and cells of
    /// a grid this fine are a few image pixels wide, so nothing is lost on screen or paper.
    public static let automaticHeatmapThreshold = 2500

    /// A surface of more quads than this is drawn as one image in vector output (its panes,
    /// ticks and labels stay vector). Measured on the workshop's 50 × 50 loss surfaces (2,401
    /// quads): a quad costs about 370 bytes of SVG (a filled, stroked polygon) and 43 of PDF,
    /// 0.89 MB and 0.10 MB a figure, while the image of the quads compresses to a fraction
    /// of that; quads this small are not told apart as shapes.
    public static let automaticSurfaceThreshold = 1000

    /// Image pixels per point of the output: 144 dpi, the density of CutPlot's PNG, so the
    /// image holds the PNG's own pixels of the plot (matplotlib rasterises at 100 dpi by
    /// default). 3 pixels per point (216 dpi) made the workshop's scatter SVGs and PDFs 1.8
    /// times as large, for a difference seen only when zooming in.
    public static let pixelsPerPoint = 2.0
}

extension MarkContext {
    /// Runs `body` with this context, or, when `rasterized`, with a context whose canvas turns
    /// everything drawn inside the plot into one image (see `Canvas.rasterizing`).
    func drawing(rasterized: Bool, _ body: (MarkContext) -> Void) {
        guard rasterized else {
            body(self)
            return
        }
        canvas.rasterizing(frame.rect, pixelsPerPoint: Rasterization.pixelsPerPoint) { layer in
            body(MarkContext(canvas: layer, frame: frame, seriesColor: seriesColor, theme: theme))
        }
    }
}
