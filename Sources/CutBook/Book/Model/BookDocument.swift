import CutPlot

/// The book's input: a rendered report as chapters of typed blocks, independent of any page.
///
/// It is built from the same report, results, numbering and TeX parser as the HTML site
/// (see `BookDocumentBuilder`); only the last step, putting blocks on pages, is the book's own.
struct BookDocument: Sendable {
    /// The report's title, for the title page, the running heads and the PDF metadata.
    var title: String
    /// The authors, in order.
    var authors: [String]
    /// Lines for the title page's colophon (how the book was made).
    var colophon: [String] = []
    /// The chapters, in reading order.
    var chapters: [BookChapter]
}

/// One chapter: a study of the report.
struct BookChapter: Sendable {
    /// The study's name, used for link destinations (`chapter-<name>`).
    var name: String
    /// The chapter title (the study's first `#` heading).
    var title: String
    /// The blocks after the title, in reading order.
    var blocks: [BookBlock]
}

/// A block of a chapter.
indirect enum BookBlock: Sendable {
    /// A section heading: level 2 for sections, 3 and deeper for subsections.
    case heading(level: Int, text: [BookInline], anchor: String)
    /// A paragraph of running text.
    case paragraph([BookInline])
    /// Preformatted text (a code block or a training log), set in a monospaced face.
    case code(String, kind: CodeKind)
    /// A numbered table with its caption.
    case table(BookTable)
    /// A numbered figure drawn as vector graphics, with its caption.
    case figure(BookFigure)
    /// Display math, centred on its own line.
    case displayMath(MathNode)
    /// A bulleted or numbered list; each item is a list of blocks.
    case list(ordered: Bool, start: Int, items: [[BookBlock]])
    /// A quotation, set indented.
    case quote([BookBlock])
    /// A horizontal rule (a thematic break).
    case rule
    /// A note set small under a short rule, such as how a chapter was made.
    case note([BookInline])

    /// What a preformatted block holds.
    enum CodeKind: Sendable {
        /// Source code or any fenced block.
        case source
        /// A training log.
        case log
    }
}

/// A run of inline content in a paragraph, heading, list item or caption.
indirect enum BookInline: Sendable {
    /// Plain text.
    case text(String)
    /// Emphasised (italic) content.
    case emphasis([BookInline])
    /// Strong (bold) content.
    case strong([BookInline])
    /// Struck-out content.
    case strikethrough([BookInline])
    /// Inline code, set monospaced.
    case code(String)
    /// A link: to a web address, or to a destination inside the book.
    case link(BookLink, [BookInline])
    /// Inline math.
    case math(MathNode)
    /// A number computed by the report (`<<value>>`), set like text but never hyphenated.
    case value(String)
    /// A forced line break.
    case lineBreak
}

extension [BookInline] {
    /// The text of the inline content without styles (for anchors, outlines and titles).
    var plainText: String {
        map { inline -> String in
            switch inline {
            case .text(let text), .code(let text), .value(let text): return text
            case .emphasis(let children), .strong(let children), .strikethrough(let children),
                .link(_, let children):
                return children.plainText
            case .math(let node): return node.plainText
            case .lineBreak: return " "
            }
        }.joined()
    }
}

/// Where a link goes.
enum BookLink: Sendable, Hashable {
    /// A web address.
    case uri(String)
    /// A named destination in the book (a chapter, section, figure or table).
    case destination(String)
}

/// A numbered figure.
struct BookFigure: Sendable {
    /// The drawing, drawn into the page as vector graphics.
    var drawing: any BookDrawing
    /// The figure's number in its chapter (`6.3`).
    var number: ItemNumber
    /// The caption after "Figure N.".
    var caption: [BookInline]
    /// The link destination (`fig-<label>`).
    var anchor: String
}

/// A numbered table: headers, rows of already formatted cells, a caption.
struct BookTable: Sendable {
    /// Column alignment.
    typealias Alignment = ColumnAlignment

    /// The header cells.
    var headers: [[BookInline]]
    /// The rows; each as long as `headers`.
    var rows: [[[BookInline]]]
    /// The alignment of each column.
    var alignments: [Alignment]
    /// The table's number, or nil for a plain Markdown table (not numbered).
    var number: ItemNumber?
    /// The caption after "Table N.".
    var caption: [BookInline] = []
    /// The link destination (`tab-<label>`), when numbered.
    var anchor: String?
}
