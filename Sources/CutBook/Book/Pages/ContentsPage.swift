import CCairo
import CPangoCairo

/// The table of contents: a heading, then one line per chapter (bold) and section (indented),
/// each with dotted leaders, its page number on the right and a link to its destination.
struct ContentsPage {
    /// The destination of the contents' first page.
    static let anchor = "contents"

    let theme: BookTheme
    let engine: TextEngine
    /// Filled after pagination; read when the lines are drawn.
    let pageNumbers: PageNumbers

    /// The contents as fragments, one per entry.
    func fragments(_ entries: [BookMark]) -> [Fragment] {
        let headingFont = BookFont(family: BookFont.sans, size: 20, bold: true)
        var heading = Fragment(height: 80) { context, y in
            PDFTags.destination(Self.anchor, x: context.theme.margins.left, y: y, on: context.cairo)
            cairo_set_source_rgb(context.cairo, 0, 0, 0)
            context.text.show(
                "Contents", font: headingFont, x: context.theme.margins.left, y: y + 62,
                on: context.cairo)
        }
        heading.keepWithNext = true
        return [heading] + entries.map(line)
    }

    private func line(_ entry: BookMark) -> Fragment {
        let isChapter = entry.level == 1
        let font =
            isChapter
            ? BookFont(family: BookFont.sans, size: 10.5, bold: true)
            : BookFont(family: BookFont.serif, size: 10)
        let indent = isChapter ? 0.0 : 22.0
        let numberWidth = isChapter ? 22.0 : 30.0
        let pageWidth = 30.0
        let titleWidth = theme.textWidth - indent - numberWidth - pageWidth - 12
        let title = ParagraphLayout(
            RichText(plain: entry.title), font: font, width: titleWidth, leading: font.size * 1.4,
            alignment: .left,
            engine: engine, linkColor: theme.linkColor)
        let pageNumbers = self.pageNumbers
        var fragment = Fragment(height: title.height) { context, y in
            let cr = context.cairo
            let theme = context.theme
            let left = theme.margins.left + indent
            let lastLine = title.lines[title.lines.count - 1]
            let baseline = y + lastLine.top + lastLine.baseline
            cairo_set_source_rgb(cr, 0, 0, 0)
            context.text.show(
                entry.number, font: font, x: left, y: y + title.lines[0].baseline, on: cr)
            title.draw(lines: 0..<title.lines.count, x: left + numberWidth, y: y, in: context)
            let page = pageNumbers.pages[entry.anchor].map(String.init) ?? "?"
            let pageMetrics = context.text.measure(page, font: font)
            let right = theme.margins.left + theme.textWidth
            context.text.show(page, font: font, x: right - pageMetrics.width, y: baseline, on: cr)
            if !isChapter {
                let end = left + numberWidth + title.naturalWidthOfLine(title.lines.count - 1)
                let dot = context.text.measure(". ", font: font).width
                var x = ((end + 6) / dot).rounded(.up) * dot
                cairo_set_source_rgb(cr, 0.45, 0.45, 0.45)
                while x + dot < right - pageMetrics.width - 4 {
                    context.text.show(".", font: font, x: x, y: baseline, on: cr)
                    x += dot
                }
            }
            context.record.addLink(
                .destination(entry.anchor), x: theme.margins.left + indent, y: y,
                width: theme.textWidth - indent,
                height: title.height)
        }
        fragment.spaceBefore = isChapter ? 9 : 1
        fragment.keepWithNext = isChapter
        return fragment
    }
}

extension ParagraphLayout {
    /// The width of line `index`'s text.
    func naturalWidthOfLine(_ index: Int) -> Double {
        guard let line = pango_layout_get_line_readonly(layout.handle, Int32(index)) else {
            return 0
        }
        var ink = PangoRectangle()
        var logical = PangoRectangle()
        pango_layout_line_get_extents(line, &ink, &logical)
        return Double(logical.width) / Double(PANGO_SCALE)
    }
}
