import CCairo
import Foundation

/// Sets a `BookDocument` as a PDF book with Pango and Cairo.
///
/// Steps (layout first, then paginate, then draw):
/// 1. Open a PDF surface of the paper size; fix the metadata dates so the bytes are reproducible.
/// 2. Lay out every chapter as fragments: an opening, headings, paragraph lines, code lines,
///    formulas, figures with captions, table rows (`BlockFormatter`).
/// 3. Paginate the chapters (`Paginator`) and record the page of every chapter, section, figure
///    and table; the contents' length is known before its page numbers are, so it is laid out
///    once with the final numbers.
/// 4. Draw the title page, the contents (with links and dotted leaders), then every body page
///    with its running head (the chapter) and page number; figures made by a build are only
///    placed (their boxes recorded).
/// 5. Add the outline: every chapter, with its sections and subsections below it.
/// 6. Add the links (`LinkAnnotations`) and put each placed figure's own PDF page in its box
///    (`FigureEmbedding`, with qpdf).
struct BookTypesetter {
    /// The options (paper, date).
    var options: BookOptions

    /// Creates a typesetter.
    init(options: BookOptions = BookOptions()) {
        self.options = options
    }

    /// The PDF of `document`.
    /// - Throws: `BookError` when Cairo fails or a figure cannot be drawn.
    func pdf(_ document: BookDocument) throws -> Data {
        let theme = BookTheme(paper: options.paper)
        let surface = try PDFDocumentSurface(width: theme.page.width, height: theme.page.height)
        surface.setMetadata(CAIRO_PDF_METADATA_TITLE, document.title)
        surface.setMetadata(CAIRO_PDF_METADATA_AUTHOR, document.authors.joined(separator: ", "))
        surface.setMetadata(CAIRO_PDF_METADATA_CREATOR, "CutBook \(CutBook.version)")
        surface.setMetadata(CAIRO_PDF_METADATA_CREATE_DATE, options.date)
        surface.setMetadata(CAIRO_PDF_METADATA_MOD_DATE, options.date)
        let engine = TextEngine(cairo: surface.context)
        let formatter = BlockFormatter(engine: engine, theme: theme)
        let paginator = Paginator(pageHeight: theme.textHeight)

        // 2–3. The body.
        var body: [Fragment] = []
        var chapterOfFragment: [Int] = []
        for (position, chapter) in document.chapters.enumerated() {
            formatter.begin(chapter: position + 1)
            let fragments =
                [opening(chapter, number: position + 1, formatter: formatter)]
                + formatter.fragments(chapter.blocks)
            body += fragments
            chapterOfFragment += Array(repeating: position, count: fragments.count)
        }
        let bodyPages = paginator.paginate(body)
        let pageNumbers = PageNumbers()
        var marks: [(mark: BookMark, page: Int)] = []

        let contents = ContentsPage(theme: theme, engine: engine, pageNumbers: pageNumbers)
        var entries: [BookMark] = []
        for fragment in body { entries += fragment.marks.filter { $0.level == 1 || $0.level == 2 } }
        let contentsPages = paginator.paginate(contents.fragments(entries))
        let firstBodyPage = 2 + contentsPages.count
        // A page belongs to the chapter of its first fragment from the body (floats never leave
        // their chapter; repeated table headers have no source and are skipped).
        var chapterOfPage: [Int] = []
        var opensChapter: [Bool] = []
        for (pageIndex, page) in bodyPages.enumerated() {
            let first = page.lazy.compactMap(\.source).first
            chapterOfPage.append(first.map { chapterOfFragment[$0] } ?? chapterOfPage.last ?? 0)
            opensChapter.append(page.first?.fragment.breakBefore == true)
            for placed in page where placed.source != nil {
                for mark in placed.fragment.marks {
                    pageNumbers.pages[mark.anchor] = firstBodyPage + pageIndex
                    marks.append((mark, firstBodyPage + pageIndex))
                }
            }
        }

        // 4. Draw.
        let record = PageRecord(cairo: surface.context)
        let context = PageContext(
            cairo: surface.context, text: engine, theme: theme, record: record)
        TitlePage(document: document).draw(context)
        surface.nextPage()
        for (index, page) in contentsPages.enumerated() {
            record.currentPage = 1 + index
            draw(page, context: context)
            RunningHead(theme: theme).draw(
                left: "Contents", right: document.title, page: 2 + index, context: context)
            surface.nextPage()
        }
        for (index, page) in bodyPages.enumerated() {
            record.currentPage = firstBodyPage - 1 + index
            draw(page, context: context)
            let chapter = document.chapters[chapterOfPage[index]]
            RunningHead(theme: theme).draw(
                left: opensChapter[index] ? nil : "\(chapterOfPage[index] + 1)  \(chapter.title)",
                right: opensChapter[index] ? nil : document.title, page: firstBodyPage + index,
                context: context)
            if index < bodyPages.count - 1 { surface.nextPage() }
        }
        if bodyPages.isEmpty { surface.nextPage() }
        try surface.check("drawing the pages")
        if !record.problems.isEmpty {
            throw BookError.cairo(
                operation: "drawing figures", status: record.problems.joined(separator: "; "))
        }

        // 5. The outline.
        _ = surface.addOutline(
            parent: Int32(CAIRO_PDF_OUTLINE_ROOT), title: "Contents",
            destination: ContentsPage.anchor, open: false)
        var parents: [Int: Int32] = [0: Int32(CAIRO_PDF_OUTLINE_ROOT)]
        for (mark, _) in marks where mark.level >= 1 {
            let parent = parents[mark.level - 1] ?? parents[0]!
            let id = surface.addOutline(
                parent: parent, title: mark.outlineTitle, destination: mark.anchor,
                open: mark.level == 1)
            parents[mark.level] = id
            for deeper in (mark.level + 1)...4 { parents[deeper] = nil }
        }
        let pdf = try surface.finish()
        do {
            let book = try QPDFDocument(pdf, description: "the book")
            try LinkAnnotations.add(record.links, to: book, pageHeight: theme.page.height)
            let placed = try FigureEmbedding.embed(
                record.figures, in: book, pageHeight: theme.page.height)
            return try withExtendedLifetime(placed) { () throws(QPDFDocument.Problem) in
                try book.written()
            }
        } catch {
            throw BookError.unreadablePDF(error.message)
        }
    }

    private func draw(_ page: [PlacedFragment], context: PageContext) {
        for placed in page {
            placed.fragment.draw(context, context.theme.margins.top + placed.y)
        }
    }

    /// A chapter's opening: "Chapter N" and the title, on a new page, with its destination.
    private func opening(_ chapter: BookChapter, number: Int, formatter: BlockFormatter) -> Fragment
    {
        let theme = formatter.theme
        let titleFont = BookFont(family: BookFont.sans, size: 20, bold: true)
        let title = ParagraphLayout(
            RichText(plain: chapter.title), font: titleFont, width: theme.textWidth, leading: 26,
            alignment: .left,
            engine: formatter.engine, linkColor: theme.linkColor)
        let label = "Chapter \(number)"
        let anchor = "chapter-\(chapter.name)"
        var fragment = Fragment(height: 40 + 22 + title.height + 26) { context, y in
            let cr = context.cairo
            PDFTags.destination(anchor, x: context.theme.margins.left, y: y, on: cr)
            cairo_set_source_rgb(cr, 0.35, 0.35, 0.35)
            context.text.show(
                label.uppercased(), font: BookFont(family: BookFont.sans, size: 10, bold: true),
                x: context.theme.margins.left, y: y + 52, on: cr)
            cairo_set_source_rgb(cr, 0, 0, 0)
            title.draw(
                lines: 0..<title.lines.count, x: context.theme.margins.left, y: y + 62, in: context)
            cairo_set_line_width(cr, 0.6)
            cairo_move_to(cr, context.theme.margins.left, y + 62 + title.height + 10)
            cairo_line_to(
                cr, context.theme.margins.left + context.theme.textWidth, y + 62 + title.height + 10
            )
            cairo_stroke(cr)
        }
        fragment.breakBefore = true
        fragment.keepWithNext = true
        fragment.marks = [
            BookMark(anchor: anchor, number: "\(number)", title: chapter.title, level: 1)
        ]
        return fragment
    }
}

/// The page of every destination, filled in after pagination and read when the contents draw.
final class PageNumbers {
    var pages: [String: Int] = [:]
}
