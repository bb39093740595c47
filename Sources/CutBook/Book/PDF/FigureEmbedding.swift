import CQPDF
import Foundation

/// A figure's own PDF and where the book puts it: a page (from 0) and a box in points from the
/// page's top-left corner.
struct FigurePlacement {
    /// The figure's one-page PDF, as the `plot` directive wrote it.
    var pdf: Data
    /// The book page, from 0.
    var page: Int
    /// The box, in points from the page's top-left corner.
    var box: CGRect
}

/// Puts figures' own PDF pages into a finished book, unchanged, with qpdf: each figure's page
/// becomes a form XObject (its content stream copied as it is, still compressed, with its
/// resources: fonts, images), and each placement draws that form in its box.
///
/// Why not draw the figure into the book with Cairo: that means parsing and re-encoding every
/// figure on every book build, which was most of a prose edit's rebuild; copying the page is
/// fast and keeps the figure byte for byte as the page shows it.
enum FigureEmbedding {
    /// Draws every placement in `book`, whose pages are `pageHeight` points high. Returns the
    /// figures' documents, which must stay open until the book is written (qpdf copies their
    /// streams then).
    static func embed(_ placements: [FigurePlacement], in book: QPDFDocument, pageHeight: Double)
        throws(QPDFDocument.Problem) -> [QPDFDocument]
    {
        var figures: [QPDFDocument] = []
        var forms: [Data: Form] = [:]
        var byPage: [Int: [(placement: FigurePlacement, form: Form)]] = [:]
        for placement in placements {
            let form: Form
            if let known = forms[placement.pdf] {
                form = known
            } else {
                let figure = try QPDFDocument(
                    placement.pdf, description: "figure \(forms.count + 1)")
                figures.append(figure)
                form = try Form(
                    copying: figure, into: book, name: "/CutBookFigure\(forms.count + 1)")
                forms[placement.pdf] = form
            }
            byPage[placement.page, default: []].append((placement, form))
        }
        guard byPage.keys.allSatisfy({ $0 < book.pageCount }) else {
            throw QPDFDocument.Problem(message: "a figure is placed on a page the book lacks")
        }
        for (pageIndex, items) in byPage.sorted(by: { $0.key < $1.key }) {
            try draw(items, onPage: pageIndex, of: book, pageHeight: pageHeight)
        }
        return figures
    }

    /// A figure page copied into the book as a form XObject.
    struct Form {
        /// The form's name in the resources of the pages that draw it.
        let name: String
        /// The form stream in the book.
        let object: qpdf_oh
        /// The figure page's media box: left, bottom, right, top.
        let box: [Double]

        /// Copies the first page of `figure` into `book`.
        init(copying figure: QPDFDocument, into book: QPDFDocument, name: String)
            throws(QPDFDocument.Problem)
        {
            let box: [Double]
            do {
                box = try figure.firstPageBox()
            } catch {
                throw QPDFDocument.Problem(message: "\(name.dropFirst()): \(error.message)")
            }
            let page = figure.page(0)
            self.name = name
            self.box = box
            var resources = figure.value(page, "/Resources")
            if !figure.is(resources, qpdf_oh_is_indirect) {
                resources = qpdf_make_indirect_object(figure.handle, resources)
            }
            let contents = figure.value(page, "/Contents")
            if figure.is(contents, qpdf_oh_is_stream) {
                object = qpdf_oh_copy_foreign_object(book.handle, figure.handle, contents)
            } else {
                var buffer: UnsafeMutablePointer<UInt8>?
                var length = 0
                qpdf_oh_get_page_content_data(figure.handle, page, &buffer, &length)
                defer { free(buffer) }
                object = book.stream(Array(UnsafeBufferPointer(start: buffer, count: length)))
            }
            try figure.check("reading \(name.dropFirst())")
            let dictionary = qpdf_oh_get_dict(book.handle, object)
            book.set(dictionary, "/Type", book.parse("/XObject"))
            book.set(dictionary, "/Subtype", book.parse("/Form"))
            book.set(
                dictionary, "/BBox",
                book.parse("[\(box.map(PDFNumber.text).joined(separator: " "))]"))
            book.set(
                dictionary, "/Resources",
                qpdf_oh_copy_foreign_object(book.handle, figure.handle, resources))
            let group = figure.value(page, "/Group")
            if figure.is(group, qpdf_oh_is_dictionary) {
                book.set(
                    dictionary, "/Group",
                    qpdf_oh_copy_foreign_object(
                        book.handle, figure.handle, qpdf_make_indirect_object(figure.handle, group))
                )
            }
            try book.check("copying \(name.dropFirst()) into the book")
        }
    }

    /// Adds the forms to the page's resources and draws them after the page's own content,
    /// which is wrapped in `q … Q` so its transformations do not reach the figures.
    private static func draw(
        _ items: [(placement: FigurePlacement, form: Form)], onPage index: Int,
        of book: QPDFDocument, pageHeight: Double
    ) throws(QPDFDocument.Problem) {
        let page = book.page(index)
        let resources = book.value(page, "/Resources")
        guard book.is(resources, qpdf_oh_is_dictionary) else {
            throw QPDFDocument.Problem(message: "page \(index + 1) has no /Resources")
        }
        var xObjects = book.value(resources, "/XObject")
        if !book.is(xObjects, qpdf_oh_is_dictionary) {
            xObjects = book.parse("<< >>")
            book.set(resources, "/XObject", xObjects)
            xObjects = book.value(resources, "/XObject")
        }
        var operators = "Q\n"
        for (placement, form) in items {
            book.set(xObjects, form.name, form.object)
            let box = placement.box
            let scaleX = box.width / (form.box[2] - form.box[0])
            let scaleY = box.height / (form.box[3] - form.box[1])
            let left = box.minX - form.box[0] * scaleX
            let bottom = pageHeight - box.maxY - form.box[1] * scaleY
            let matrix = [scaleX, 0, 0, scaleY, left, bottom].map(PDFNumber.text)
            operators += "q \(matrix.joined(separator: " ")) cm \(form.name) Do Q\n"
        }
        let contents = qpdf_oh_wrap_in_array(book.handle, book.value(page, "/Contents"))
        qpdf_oh_insert_item(book.handle, contents, 0, book.stream(Array("q\n".utf8)))
        qpdf_oh_append_item(book.handle, contents, book.stream(Array(operators.utf8)))
        book.set(page, "/Contents", contents)
        try book.check("placing the figures of page \(index + 1)")
    }
}

/// Numbers written in PDF syntax: at most four decimals, no exponent.
enum PDFNumber {
    /// `value` as PDF text (`12.5`, `-3`, `0.0625`).
    static func text(_ value: Double) -> String {
        var text = String(format: "%.4f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text == "-0" ? "0" : text
    }
}
