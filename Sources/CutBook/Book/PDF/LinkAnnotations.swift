import CCairo
import CQPDF
import Foundation

/// The links of each page, in page coordinates (points from the top-left corner).
///
/// With Cairo 1.18 or later a link is written at once as a Cairo `Link` tag; with older Cairo
/// the links are kept for `LinkAnnotations`, which adds them after Cairo has finished.
final class LinkCollector {
    /// One link: its area and its target.
    struct Link {
        var x: Double
        var y: Double
        var width: Double
        var height: Double
        var target: BookLink
    }

    /// The links kept for `LinkAnnotations`, by page (0-based).
    private(set) var pages: [Int: [Link]] = [:]
    /// The Cairo context to tag links in, when this Cairo's link tags are sound.
    private let taggedContext: OpaquePointer?

    /// A collector for links drawn with `cairo`.
    init(cairo: OpaquePointer) {
        taggedContext = cairo_version() >= 11800 ? cairo : nil
    }

    /// Makes the area a link to `target` on `page` (0-based).
    func add(_ target: BookLink, page: Int, x: Double, y: Double, width: Double, height: Double) {
        guard width > 0, height > 0 else { return }
        if let context = taggedContext {
            let destination: String
            switch target {
            case .uri(let uri): destination = "uri='\(PDFTags.quoted(uri))'"
            case .destination(let name): destination = "dest='\(PDFTags.quoted(name))'"
            }
            let rect = [x, y, width, height].map { String(format: "%.2f", $0) }.joined(
                separator: " ")
            cairo_tag_begin(context, "Link", "\(destination) rect=[\(rect)]")
            cairo_tag_end(context, "Link")
            return
        }
        pages[page, default: []].append(
            Link(x: x, y: y, width: width, height: height, target: target))
    }
}

/// Adds the collected links to a finished Cairo PDF as link annotations, with qpdf: one
/// `/Annot` of subtype `/Link` per link, borderless, going to a named destination or a URI.
///
/// Why not Cairo's own `Link` tags before Cairo 1.18: Cairo 1.16 (Debian bookworm) writes with
/// every link a structure-tree reference to an object it never writes, and the file is then
/// damaged (`qpdf --check`). Its named destinations and outline are sound and are kept.
enum LinkAnnotations {
    /// Adds the links of `collector` to `book`, whose pages are `pageHeight` points high.
    static func add(_ collector: LinkCollector, to book: QPDFDocument, pageHeight: Double)
        throws(QPDFDocument.Problem)
    {
        for (pageIndex, links) in collector.pages.sorted(by: { $0.key < $1.key }) {
            guard pageIndex < book.pageCount else {
                throw QPDFDocument.Problem(message: "no page \(pageIndex + 1) in the PDF")
            }
            let page = book.page(pageIndex)
            var annotations = book.value(page, "/Annots")
            if !book.is(annotations, qpdf_oh_is_array) {
                book.set(page, "/Annots", book.parse("[]"))
                annotations = book.value(page, "/Annots")
            }
            for link in links {
                let rect = [
                    link.x, pageHeight - link.y - link.height, link.x + link.width,
                    pageHeight - link.y,
                ]
                .map(PDFNumber.text).joined(separator: " ")
                let annotation = book.parse(
                    "<< /Type /Annot /Subtype /Link /Rect [\(rect)] /BS << /W 0 >> >>")
                switch link.target {
                case .uri(let uri):
                    let action = book.parse("<< /Type /Action /S /URI >>")
                    book.set(action, "/URI", qpdf_oh_new_string(book.handle, uri))
                    book.set(annotation, "/A", action)
                case .destination(let name):
                    book.set(annotation, "/Dest", qpdf_oh_new_string(book.handle, name))
                }
                qpdf_oh_append_item(
                    book.handle, annotations, qpdf_make_indirect_object(book.handle, annotation))
            }
            try book.check("adding the links of page \(pageIndex + 1)")
        }
    }
}
