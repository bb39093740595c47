import CCairo
import CutPlot

/// A drawing the book puts on a page, such as a figure: a size in points and a way to put
/// itself in a box on the page being drawn.
protocol BookDrawing: Sendable {
    /// The natural width in points.
    var width: Double { get }
    /// The natural height in points.
    var height: Double { get }
    /// Puts the drawing, scaled to `width × height` points, in the box whose top-left corner is
    /// `(x, y)` (points from the page's top-left corner) on the page `context` is drawing.
    /// - Throws: an error describing why drawing failed.
    func place(in context: PageContext, x: Double, y: Double, width: Double, height: Double)
        throws
}

/// A CutPlot figure drawn straight into the page, for documents made without a build.
extension Figure: BookDrawing {
    /// Draws the figure through CutPlot (see `Figure.draw(into:width:height:)`).
    func place(in context: PageContext, x: Double, y: Double, width: Double, height: Double)
        throws
    {
        let cairo = context.cairo
        cairo_save(cairo)
        defer { cairo_restore(cairo) }
        cairo_translate(cairo, x, y)
        try draw(into: CairoContext(retaining: cairo), width: width, height: height)
    }
}
