/// A directive's result as the reader sees it, before any output format: what the HTML writer
/// and the PDF book writer both write out, each in its own markup.
///
/// Everything a reader can compare between the two outputs is decided here once: figure and
/// table numbers and anchors, a figure's file names, formatted numbers, a check's text.
/// Captions stay as written (`caption=` text with `$…$` math and inline Markdown); each
/// writer sets them in its own markup.
enum PresentedBlock: Equatable {
    /// A numbered figure with its files.
    case figure(PresentedFigure)
    /// A numbered table of formatted cells.
    case table(PresentedTable)
    /// A training log: its lines, already formatted.
    case log([String])
    /// An assertion that held.
    case check(PresentedCheck)
    /// A formatted number (`<<value>>`).
    case value(String)
}

/// A numbered figure: its files (PNG, SVG, PDF), where they go, its number and caption.
struct PresentedFigure: Equatable {
    /// The drawn figure (the book draws its PDF; the site links all three files).
    var files: FigureFiles
    /// The figure's number in its chapter (`6.3`).
    var number: ItemNumber
    /// The anchor readers link to (`fig-<label>` or `fig-<number>`).
    var anchor: String
    /// The files' name without extension in `figures/` (`<study>-<anchor>`).
    var fileBase: String
    /// The `caption=` text as written, if any.
    var caption: String?
}

/// How a column's cells are aligned.
enum ColumnAlignment: Sendable, Equatable {
    case left, center, right
}

/// A numbered table: headers, rows of formatted cells, column alignments, number, caption.
struct PresentedTable: Equatable {
    /// One cell.
    enum Cell: Equatable {
        /// A formatted number.
        case number(String)
        /// Text as the result holds it.
        case text(String)

        /// The cell's text.
        var text: String {
            switch self {
            case .number(let text), .text(let text): return text
            }
        }
    }

    /// The header cells.
    var headers: [String]
    /// The rows; each as long as `headers`.
    var rows: [[Cell]]
    /// Each column's alignment: right when every cell is a number, else left.
    var alignments: [ColumnAlignment]
    /// The table's number in its chapter (`6.3`).
    var number: ItemNumber
    /// The anchor readers link to (`tab-<label>` or `tab-<number>`).
    var anchor: String
    /// The `caption=` text as written, if any.
    var caption: String?
}

/// An assertion's outcome: the value it found and the whole statement.
struct PresentedCheck: Equatable {
    /// `field = found (expected e ± tolerance)`.
    var text: String
    /// The value found, formatted (what an inline assertion shows).
    var found: String
}

/// How a study was made, as its page footer and its chapter's closing note say.
struct PresentedProvenance: Equatable {
    /// The seeds of its directives, first use first.
    var seeds: [Int]
    /// Each training as `name: model, N epochs in S s`, in plan order.
    var trainings: [String]
}

/// A cross-reference resolved to the item it names.
struct PresentedReference: Equatable {
    /// `Figure` or `Table`.
    var word: String
    /// The item's number in its chapter.
    var number: ItemNumber
    /// The study the item is in.
    var study: String
    /// The item's anchor.
    var anchor: String
}
