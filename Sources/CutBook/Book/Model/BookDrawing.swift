import CCairo
import CutPlot

/// A vector drawing the book puts on a page, such as a figure: a size in points and a way to
/// draw itself into the page's Cairo context.
protocol BookDrawing: Sendable {
    /// The natural width in points.
    var width: Double { get }
    /// The natural height in points.
    var height: Double { get }
    /// Draws into `cairo` (a `cairo_t`) scaled to `width × height` points, with its top-left
    /// corner at the context's origin; the context's state is as before afterwards.
    /// - Throws: an error describing why drawing failed.
    func draw(into cairo: OpaquePointer, width: Double, height: Double) throws
}

/// A CutPlot figure drawn straight into the page, for documents made without a build.
extension Figure: BookDrawing {
    /// Draws the figure through CutPlot (see `Figure.draw(into:width:height:)`).
    func draw(into cairo: OpaquePointer, width: Double, height: Double) throws {
        try draw(into: CairoContext(retaining: cairo), width: width, height: height)
    }
}
