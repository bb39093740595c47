import CutPlot

/// A font request for the book's text.
struct BookFont: Hashable {
    /// The family (DejaVu Serif, DejaVu Sans, DejaVu Sans Mono).
    var family: String
    /// The size in points.
    var size: Double
    var italic = false
    var bold = false

    static let serif = "DejaVu Serif"
    static let sans = "DejaVu Sans"
    static let mono = "DejaVu Sans Mono"
}

/// The space between a page's edges and its text block, in points.
struct PageMargins {
    let left, right, top, bottom: Double
}

/// The page geometry and type sizes of the book.
struct BookTheme {
    /// The page's width and height in points.
    let page: Size
    /// The space between the page's edges and the text block.
    let margins: PageMargins

    let body = BookFont(family: BookFont.serif, size: 10)
    let leading = 14.0
    let paragraphGap = 6.0
    let code = BookFont(family: BookFont.mono, size: 8)
    let codeLeading = 10.5
    let caption = BookFont(family: BookFont.sans, size: 8.5)
    let table = BookFont(family: BookFont.sans, size: 8.5)
    let runningHead = BookFont(family: BookFont.sans, size: 8, italic: false)

    /// Colours as RGB.
    let linkColor = (red: 0.05, green: 0.25, blue: 0.6)
    let ruleGray = 0.55
    let codeBackground = 0.955

    init(paper: BookOptions.Paper) {
        let size = paper.size
        page = Size(width: size.width, height: size.height)
        // A text block of about 66 characters a line, centred, with room for the running head.
        let measure = 390.0
        let left = ((size.width - measure) / 2).rounded()
        margins = PageMargins(left: left, right: size.width - left - measure, top: 78, bottom: 78)
    }

    /// The width of the text block.
    var textWidth: Double { page.width - margins.left - margins.right }
    /// The height of the text block.
    var textHeight: Double { page.height - margins.top - margins.bottom }

    /// The heading font of a level (2 section, 3 subsection, deeper paragraphs heads).
    func heading(level: Int) -> BookFont {
        switch level {
        case ...2: return BookFont(family: BookFont.sans, size: 13, bold: true)
        case 3: return BookFont(family: BookFont.sans, size: 11, bold: true)
        default: return BookFont(family: BookFont.sans, size: 10, italic: true, bold: true)
        }
    }
}
