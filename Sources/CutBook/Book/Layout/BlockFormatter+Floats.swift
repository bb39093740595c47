import CCairo
import CutPlot

/// Figures and tables.
extension BlockFormatter {
    /// A figure and its caption as one fragment, so the caption stays on the figure's page.
    /// The drawing is scaled to the text width (and to at most 62% of the text height).
    func figure(_ figure: BookFigure, indent: Double, width: Double) -> Fragment {
        let drawing = figure.drawing
        var scale = min(1, width * 0.94 / drawing.width)
        if drawing.height * scale > theme.textHeight * 0.62 {
            scale = theme.textHeight * 0.62 / drawing.height
        }
        let figureWidth = drawing.width * scale
        let figureHeight = drawing.height * scale
        let captionWidth = max(figureWidth, min(width, 300))
        let text = captionText(label: "Figure \(figure.number).", figure.caption)
        let caption = ParagraphLayout(
            text, font: theme.caption, width: captionWidth, leading: theme.caption.size * 1.35,
            alignment: fitsOnOneLine(text, font: theme.caption, width: captionWidth)
                ? .center : .justified,
            engine: engine, linkColor: theme.linkColor)
        let gap = 6.0
        let anchor = figure.anchor
        var fragment = Fragment(height: figureHeight + gap + caption.height + 6) { context, y in
            let cr = context.cairo
            let left = context.theme.margins.left + indent
            PDFTags.destination(anchor, x: left, y: y, on: cr)
            do {
                try drawing.place(
                    in: context, x: left + (width - figureWidth) / 2, y: y, width: figureWidth,
                    height: figureHeight)
            } catch {
                context.record.addProblem("Figure \(figure.number): \(error)")
            }
            cairo_set_source_rgb(cr, 0, 0, 0)
            caption.draw(
                lines: 0..<caption.lines.count, x: left + (width - captionWidth) / 2,
                y: y + figureHeight + gap, in: context)
        }
        fragment.spaceBefore = 12
        fragment.floats = true
        fragment.marks = [
            BookMark(anchor: anchor, number: "Figure \(figure.number)", title: "", level: 0)
        ]
        return fragment
    }

    /// Whether `text` fits on one line `width` wide (short captions are centred).
    func fitsOnOneLine(_ text: RichText, font: BookFont, width: Double) -> Bool {
        ParagraphLayout(
            text, font: font, width: 0, leading: font.size, alignment: .left, engine: engine,
            linkColor: theme.linkColor
        ).naturalWidth <= width
    }

    /// "Label." in bold, then the caption.
    func captionText(label: String, _ caption: [BookInline]) -> RichText {
        RichText(
            [.strong([.text(label)])] + (caption.isEmpty ? [] : [.text(" ")] + caption),
            math: MathTypesetter(text: engine, size: theme.caption.size, display: false))
    }

    /// A table: its caption above, then a header row and one fragment per row, so a long table
    /// breaks between rows. Columns take their natural width, shared out when too wide.
    func table(_ table: BookTable, indent: Double, width: Double) -> [Fragment] {
        let pad = 4.0
        let columns = table.headers.count
        guard columns > 0 else { return [] }
        let math = MathTypesetter(text: engine, size: theme.table.size, display: false)
        let bold = BookFont(family: theme.table.family, size: theme.table.size, bold: true)
        func layout(_ cell: [BookInline], header: Bool, width: Double, column: Int)
            -> ParagraphLayout
        {
            let alignment: ParagraphLayout.Alignment
            switch table.alignments[safe: column, when: true] ?? .left {
            case .left: alignment = .left
            case .center: alignment = .center
            case .right: alignment = .right
            }
            return ParagraphLayout(
                RichText(cell, math: math), font: header ? bold : theme.table, width: width,
                leading: theme.table.size * 1.3, alignment: alignment, engine: engine,
                linkColor: theme.linkColor)
        }
        var natural = Array(repeating: 0.0, count: columns)
        for (row, cells) in ([table.headers] + table.rows).enumerated() {
            for (column, cell) in cells.prefix(columns).enumerated() {
                let measured = layout(cell, header: row == 0, width: 0, column: column).naturalWidth
                natural[column] = max(natural[column], measured + 2 * pad)
            }
        }
        let widths = Self.share(natural, within: width)
        let tableWidth = widths.reduce(0, +)
        let offsets = widths.indices.map { widths[..<$0].reduce(0, +) }

        func rowFragment(_ cells: [[BookInline]], header: Bool, last: Bool) -> Fragment {
            let layouts = cells.prefix(columns).enumerated().map { column, cell in
                layout(cell, header: header, width: widths[column] - 2 * pad, column: column)
            }
            let height = (layouts.map(\.height).max() ?? 0) + 2 * pad * 0.6
            var fragment = Fragment(height: height) { context, y in
                let cr = context.cairo
                let left = context.theme.margins.left + indent + (width - tableWidth) / 2
                cairo_set_source_rgb(cr, 0, 0, 0)
                for (column, cellLayout) in layouts.enumerated() {
                    cellLayout.draw(
                        lines: 0..<cellLayout.lines.count, x: left + offsets[column] + pad,
                        y: y + pad * 0.6, in: context)
                }
                func rule(_ ruleY: Double, _ lineWidth: Double) {
                    cairo_set_line_width(cr, lineWidth)
                    cairo_move_to(cr, left, ruleY)
                    cairo_line_to(cr, left + tableWidth, ruleY)
                    cairo_stroke(cr)
                }
                if header {
                    rule(y, 0.8)
                    rule(y + height, 0.5)
                }
                if last { rule(y + height, 0.8) }
            }
            fragment.keepWithNext = header
            return fragment
        }

        var fragments: [Fragment] = []
        if let number = table.number {
            let captionWidth = max(tableWidth, min(width, 300))
            let captionText = captionText(label: "Table \(number).", table.caption)
            var caption = paragraph(
                captionText, font: theme.caption, indent: indent + (width - captionWidth) / 2,
                width: captionWidth,
                alignment: fitsOnOneLine(captionText, font: theme.caption, width: captionWidth)
                    ? .center : .justified,
                leading: theme.caption.size * 1.35, gap: 12)
            for index in caption.indices { caption[index].keepWithNext = true }
            if let anchor = table.anchor {
                caption[0].marks = [
                    BookMark(anchor: anchor, number: "Table \(number)", title: "", level: 0)
                ]
                let first = caption[0].draw
                caption[0].draw = { context, y in
                    PDFTags.destination(
                        anchor, x: context.theme.margins.left + indent, y: y, on: context.cairo)
                    first(context, y)
                }
            }
            fragments += caption
        }
        var header = rowFragment(table.headers, header: true, last: table.rows.isEmpty)
        header.spaceBefore = table.number == nil ? 10 : 4
        fragments.append(header)
        for (index, row) in table.rows.enumerated() {
            var fragment = rowFragment(row, header: false, last: index == table.rows.count - 1)
            fragment.keepWithNext = index == 0 || index == table.rows.count - 2
            var repeated = header
            repeated.spaceBefore = 0
            repeated.keepWithNext = false
            fragment.repeatedAtPageTop = [repeated]
            fragments.append(fragment)
        }
        fragments[fragments.count - 1].keepWithNext = false
        return fragments
    }

    /// Column widths: natural widths when they fit, otherwise narrow columns keep theirs and
    /// the rest share what is left equally.
    static func share(_ natural: [Double], within width: Double) -> [Double] {
        guard natural.reduce(0, +) > width else { return natural }
        var widths = natural
        var open = Set(natural.indices)
        var left = width
        while !open.isEmpty {
            let share = left / Double(open.count)
            let narrow = open.filter { natural[$0] <= share }
            if narrow.isEmpty {
                for column in open { widths[column] = share }
                break
            }
            for column in narrow {
                widths[column] = natural[column]
                left -= natural[column]
                open.remove(column)
            }
        }
        return widths
    }
}
