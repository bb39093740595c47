import CCairo
import CRsvg
import Foundation

/// A figure's SVG file drawn into the book's pages as vectors by librsvg, so the book shows
/// exactly the figure the `plot` directive drew (and the cache stored), without drawing it
/// again. Paths stay paths and text stays glyph outlines; only what the SVG itself holds as a
/// raster image (the scatter layers CutPlot rasterises) is an image in the PDF.
public struct SVGDrawing: BookDrawing {
    /// The SVG document.
    public let svg: Data
    /// The natural width in points (the SVG's `width`, at 72 points per inch).
    public let width: Double
    /// The natural height in points.
    public let height: Double

    /// Reads `svg`'s size.
    /// - Throws: `BookError.unreadableSVG` when librsvg cannot read it or it has no size.
    public init(svg: Data) throws {
        self.svg = svg
        let handle = try Self.handle(svg)
        defer { g_object_unref(UnsafeMutableRawPointer(handle)) }
        var width = 0.0
        var height = 0.0
        guard rsvg_handle_get_intrinsic_size_in_pixels(handle, &width, &height) != 0,
            width > 0, height > 0
        else { throw BookError.unreadableSVG("it has no width and height") }
        self.width = width
        self.height = height
    }

    /// Draws the SVG scaled to `width × height` at the context's origin.
    /// - Throws: `BookError.unreadableSVG` when librsvg fails.
    public func draw(into cairo: OpaquePointer, width: Double, height: Double) throws {
        let handle = try Self.handle(svg)
        defer { g_object_unref(UnsafeMutableRawPointer(handle)) }
        var viewport = RsvgRectangle(x: 0, y: 0, width: width, height: height)
        var error: UnsafeMutablePointer<GError>?
        cairo_save(cairo)
        let drawn = rsvg_handle_render_document(handle, cairo, &viewport, &error)
        cairo_restore(cairo)
        if drawn == 0 { throw BookError.unreadableSVG(Self.message(error)) }
    }

    /// A librsvg handle holding the parsed `svg` at 72 pixels per inch (a pixel is a point).
    private static func handle(_ svg: Data) throws -> UnsafeMutablePointer<RsvgHandle> {
        var error: UnsafeMutablePointer<GError>?
        let handle = svg.withUnsafeBytes { bytes in
            rsvg_handle_new_from_data(
                bytes.bindMemory(to: UInt8.self).baseAddress, gsize(bytes.count), &error)
        }
        guard let handle else { throw BookError.unreadableSVG(message(error)) }
        rsvg_handle_set_dpi(handle, 72)
        return handle
    }

    /// The text of a GLib error, which it frees.
    private static func message(_ error: UnsafeMutablePointer<GError>?) -> String {
        guard let error else { return "librsvg gave no reason" }
        defer { g_error_free(error) }
        return error.pointee.message.map { String(cString: $0) } ?? "librsvg gave no reason"
    }
}
