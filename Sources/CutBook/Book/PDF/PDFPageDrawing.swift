import CCairo
import CPopplerGlib
import Foundation

/// A figure's own one-page PDF drawn into the book's pages by poppler's Cairo renderer, so the
/// book shows exactly the figure the `plot` directive drew (and the cache stored), without
/// drawing it again. Paths stay paths, text stays text in embedded fonts, and the raster
/// layers CutPlot makes (scatter clouds) keep their pixels.
struct PDFPageDrawing: BookDrawing {
    /// The PDF document; its first page is drawn.
    let pdf: Data
    /// The page's width in points.
    let width: Double
    /// The page's height in points.
    let height: Double

    /// Reads the size of `pdf`'s first page.
    /// - Throws: `BookError.unreadableFigure` when poppler cannot read it or it has no page.
    init(pdf: Data) throws {
        self.pdf = pdf
        let (document, page) = try Self.open(pdf)
        defer {
            g_object_unref(UnsafeMutableRawPointer(page))
            g_object_unref(UnsafeMutableRawPointer(document))
        }
        var width = 0.0
        var height = 0.0
        poppler_page_get_size(page, &width, &height)
        guard width > 0, height > 0 else {
            throw BookError.unreadableFigure("its page has no width and height")
        }
        self.width = width
        self.height = height
    }

    /// Draws the page scaled to `width × height` at the context's origin. Poppler draws as
    /// for printing: images keep their own pixels (for a screen it would resample them).
    /// - Throws: `BookError.unreadableFigure` when poppler cannot read the PDF.
    func draw(into cairo: OpaquePointer, width: Double, height: Double) throws {
        let (document, page) = try Self.open(pdf)
        defer {
            g_object_unref(UnsafeMutableRawPointer(page))
            g_object_unref(UnsafeMutableRawPointer(document))
        }
        cairo_save(cairo)
        cairo_scale(cairo, width / self.width, height / self.height)
        // Drawn as a group, so the figure is one form with its own resources: Cairo 1.16 lists
        // an image twice in a page's resources when two figures on the page share it.
        cairo_push_group(cairo)
        poppler_page_render_for_printing(page, cairo)
        cairo_pop_group_to_source(cairo)
        cairo_paint(cairo)
        cairo_restore(cairo)
    }

    /// The parsed document and its first page.
    private static func open(_ pdf: Data) throws -> (
        OpaquePointer, OpaquePointer
    ) {
        let bytes = pdf.withUnsafeBytes { g_bytes_new($0.baseAddress, gsize($0.count)) }
        defer { g_bytes_unref(bytes) }
        var error: UnsafeMutablePointer<GError>?
        guard let document = poppler_document_new_from_bytes(bytes, nil, &error) else {
            throw BookError.unreadableFigure(message(error))
        }
        guard poppler_document_get_n_pages(document) > 0,
            let page = poppler_document_get_page(document, 0)
        else {
            g_object_unref(UnsafeMutableRawPointer(document))
            throw BookError.unreadableFigure("it has no page")
        }
        return (document, page)
    }

    /// The text of a GLib error, which it frees.
    private static func message(_ error: UnsafeMutablePointer<GError>?) -> String {
        guard let error else { return "poppler gave no reason" }
        defer { g_error_free(error) }
        return error.pointee.message.map { String(cString: $0) } ?? "poppler gave no reason"
    }
}
