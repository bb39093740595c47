import CCairo
import CutPlot
import Foundation

/// A PDF being written: Cairo's PDF surface over an in-memory byte stream and its drawing
/// context. Both C handles are released in `deinit`.
final class PDFDocumentSurface {
    /// The `cairo_surface_t`.
    let surface: OpaquePointer
    /// The `cairo_t` drawing on it.
    let context: OpaquePointer
    private let sink: ByteSink

    /// A new PDF whose pages are `width × height` points.
    init(width: Double, height: Double) throws {
        let sink = ByteSink()
        self.sink = sink
        surface = cairo_pdf_surface_create_for_stream(ByteSink.write, sink.opaque, width, height)
        context = cairo_create(surface)
        try check("creating the PDF surface")
    }

    deinit {
        cairo_destroy(context)
        cairo_surface_destroy(surface)
    }

    /// Sets a metadata entry (title, author, dates, creator).
    func setMetadata(_ key: cairo_pdf_metadata_t, _ value: String) {
        cairo_pdf_surface_set_metadata(surface, key, value)
    }

    /// Ends the current page and starts the next one.
    func nextPage() {
        cairo_show_page(context)
    }

    /// Adds an outline (bookmark) entry under `parent` pointing at the named destination and
    /// returns its id, the parent for entries below it.
    func addOutline(parent: Int32, title: String, destination: String, open: Bool) -> Int32 {
        let flags = open ? CAIRO_PDF_OUTLINE_FLAG_OPEN : cairo_pdf_outline_flags_t(0)
        return cairo_pdf_surface_add_outline(
            surface, parent, title, "dest='\(PDFTags.quoted(destination))'", flags)
    }

    /// Finishes the document and returns its bytes.
    func finish() throws -> Data {
        cairo_surface_finish(surface)
        try check("finishing the PDF")
        return sink.data
    }

    /// Throws if Cairo reports an error on the context or the surface.
    func check(_ operation: String) throws {
        for status in [cairo_status(context), cairo_surface_status(surface)]
        where status != CAIRO_STATUS_SUCCESS {
            throw BookError.cairo(
                operation: operation, status: String(cString: cairo_status_to_string(status)))
        }
    }
}

/// Cairo's tagged-PDF links and destinations.
enum PDFTags {
    /// Escapes a value for a single-quoted Cairo tag attribute.
    static func quoted(_ value: String) -> String {
        value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(
            of: "'", with: "\\'")
    }

    /// Marks the point `(x, y)` of the current page as the destination `name`.
    static func destination(_ name: String, x: Double, y: Double, on context: OpaquePointer) {
        let attributes = "name='\(quoted(name))' x=\(format(x)) y=\(format(y))"
        cairo_tag_begin(context, "cairo.dest", attributes)
        cairo_tag_end(context, "cairo.dest")
    }

    private static func format(_ value: Double) -> String {
        String(format: "%.2f", value)
    }
}
