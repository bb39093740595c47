import CCairo
import CutPlot

/// Turns blocks into fragments: lays out every paragraph, heading, code block, formula, list and
/// rule at a given indent and width. Tables and figures are in `BlockFormatter+Floats.swift`.
final class BlockFormatter {
    let engine: TextEngine
    let theme: BookTheme
    /// The chapter being formatted (1-based), for section numbers.
    var chapter = 0
    private var sections: [Int] = []

    init(engine: TextEngine, theme: BookTheme) {
        self.engine = engine
        self.theme = theme
    }

    var inlineMath: MathTypesetter {
        MathTypesetter(text: engine, size: theme.body.size, display: false)
    }

    /// Starts chapter `number`: section numbers restart.
    func begin(chapter number: Int) {
        chapter = number
        sections = []
    }

    /// The fragments of `blocks`, `indent` points from the left margin.
    func fragments(_ blocks: [BookBlock], indent: Double = 0) -> [Fragment] {
        var out: [Fragment] = []
        for block in blocks { out += fragments(block, indent: indent) }
        return out
    }

    /// The fragments of one block.
    func fragments(_ block: BookBlock, indent: Double) -> [Fragment] {
        let width = theme.textWidth - indent
        switch block {
        case .heading(let level, let text, let anchor):
            return [heading(level: level, text: text, anchor: anchor, indent: indent)]
        case .paragraph(let inlines):
            return paragraph(
                RichText(inlines, math: inlineMath), font: theme.body, indent: indent, width: width)
        case .code(let text, _):
            return code(text, indent: indent, width: width)
        case .displayMath(let node):
            return [displayMath(node, indent: indent, width: width)]
        case .list(let ordered, let start, let items):
            return list(ordered: ordered, start: start, items: items, indent: indent)
        case .quote(let blocks):
            return fragments(blocks, indent: indent + 18)
        case .rule:
            var fragment = Fragment(height: 12) { context, y in
                let cr = context.cairo
                let middle = context.theme.margins.left + indent + width / 2
                cairo_set_source_rgb(cr, 0.5, 0.5, 0.5)
                cairo_set_line_width(cr, 0.5)
                cairo_move_to(cr, middle - 40, y + 6)
                cairo_line_to(cr, middle + 40, y + 6)
                cairo_stroke(cr)
            }
            fragment.spaceBefore = theme.paragraphGap
            return [fragment]
        case .note(let inlines):
            let font = BookFont(family: BookFont.sans, size: 7.5)
            var lines = paragraph(
                RichText(
                    inlines, math: MathTypesetter(text: engine, size: font.size, display: false)),
                font: font,
                indent: indent, width: width, alignment: .left, leading: 10, gap: 18, gray: 0.35)
            guard !lines.isEmpty else { return [] }
            let first = lines[0].draw
            lines[0].draw = { context, y in
                let cr = context.cairo
                cairo_set_source_rgb(cr, 0.5, 0.5, 0.5)
                cairo_set_line_width(cr, 0.4)
                cairo_move_to(cr, context.theme.margins.left + indent, y - 5)
                cairo_line_to(cr, context.theme.margins.left + indent + 60, y - 5)
                cairo_stroke(cr)
                first(context, y)
            }
            return lines
        case .table(let table):
            return self.table(table, indent: indent, width: width)
        case .figure(let figure):
            return [self.figure(figure, indent: indent, width: width)]
        }
    }

    /// A paragraph as one fragment per line; the first two and the last two lines stay together.
    func paragraph(
        _ rich: RichText, font: BookFont, indent: Double, width: Double,
        alignment: ParagraphLayout.Alignment = .justified, leading: Double? = nil,
        gap: Double? = nil, gray: Double = 0
    ) -> [Fragment] {
        let layout = ParagraphLayout(
            rich, font: font, width: width, leading: leading ?? theme.leading, alignment: alignment,
            engine: engine, linkColor: theme.linkColor)
        let count = layout.lines.count
        return layout.lines.indices.map { index in
            let line = layout.lines[index]
            var fragment = Fragment(height: line.height) { context, y in
                cairo_set_source_rgb(context.cairo, gray, gray, gray)
                layout.draw(
                    lines: index..<index + 1, x: context.theme.margins.left + indent, y: y,
                    in: context)
            }
            fragment.firstBaseline = line.baseline
            if index == 0 { fragment.spaceBefore = gap ?? theme.paragraphGap }
            fragment.keepWithNext = count > 1 && (index == 0 || index == count - 2)
            return fragment
        }
    }

    private func heading(level: Int, text: [BookInline], anchor: String, indent: Double) -> Fragment
    {
        let depth = max(level - 1, 1)
        if sections.count < depth { sections += Array(repeating: 0, count: depth - sections.count) }
        sections = Array(sections.prefix(depth))
        sections[depth - 1] += 1
        let number = ([chapter] + sections).map(String.init).joined(separator: ".")
        let font = theme.heading(level: level)
        var rich = RichText(
            text, math: MathTypesetter(text: engine, size: font.size, display: false))
        let title = text.plainText
        rich = RichText.prefixed(number + "\u{2003}", rich)
        let layout = ParagraphLayout(
            rich, font: font, width: theme.textWidth - indent, leading: font.size * 1.35,
            alignment: .left,
            engine: engine, linkColor: theme.linkColor)
        var fragment = Fragment(height: layout.height + 3) { context, y in
            cairo_set_source_rgb(context.cairo, 0, 0, 0)
            PDFTags.destination(anchor, x: context.theme.margins.left, y: y, on: context.cairo)
            layout.draw(
                lines: 0..<layout.lines.count, x: context.theme.margins.left + indent, y: y,
                in: context)
        }
        fragment.spaceBefore = level <= 2 ? 16 : 11
        fragment.keepWithNext = true
        fragment.marks = [
            BookMark(anchor: anchor, number: number, title: title, level: level <= 2 ? 2 : 3)
        ]
        return fragment
    }

    private func code(_ text: String, indent: Double, width: Double) -> [Fragment] {
        let pad = 5.0
        let trimmed = text.hasSuffix("\n") ? String(text.dropLast()) : text
        let lines = paragraph(
            RichText(plain: trimmed), font: theme.code, indent: indent + pad,
            width: width - 2 * pad,
            alignment: .left, leading: theme.codeLeading, gap: 0)
        return lines.enumerated().map { index, line in
            var fragment = line
            let isFirst = index == 0
            let isLast = index == lines.count - 1
            let top = isFirst ? pad : 0
            fragment.height = line.height + top + (isLast ? pad : 0)
            fragment.spaceBefore = isFirst ? theme.paragraphGap + 2 : 0
            fragment.keepWithNext = lines.count > 1 && (index == 0 || index == lines.count - 2)
            let height = fragment.height
            fragment.draw = { context, y in
                let cr = context.cairo
                let gray = context.theme.codeBackground
                cairo_set_source_rgb(cr, gray, gray, gray)
                cairo_rectangle(cr, context.theme.margins.left + indent, y, width, height)
                cairo_fill(cr)
                line.draw(context, y + top)
            }
            return fragment
        }
    }

    private func displayMath(_ node: MathNode, indent: Double, width: Double) -> Fragment {
        let box = MathTypesetter(text: engine, size: theme.body.size * 1.05, display: true).set(
            node)
        let pad = 4.0
        var fragment = Fragment(height: box.height + 2 * pad) { context, y in
            cairo_set_source_rgb(context.cairo, 0, 0, 0)
            let x = context.theme.margins.left + indent + (width - box.width) / 2
            box.draw(x: x, y: y + pad + box.ascent, text: context.text, on: context.cairo)
        }
        fragment.spaceBefore = theme.paragraphGap
        return fragment
    }

    private func list(ordered: Bool, start: Int, items: [[BookBlock]], indent: Double) -> [Fragment]
    {
        var out: [Fragment] = []
        let inset = 18.0
        for (position, item) in items.enumerated() {
            var itemFragments = fragments(item, indent: indent + inset)
            guard !itemFragments.isEmpty else { continue }
            let marker = ordered ? "\(start + position)." : "•"
            let first = itemFragments[0]
            itemFragments[0].spaceBefore = position == 0 ? theme.paragraphGap : 3
            itemFragments[0].draw = { context, y in
                first.draw(context, y)
                let metrics = context.text.measure(marker, font: context.theme.body)
                cairo_set_source_rgb(context.cairo, 0, 0, 0)
                context.text.show(
                    marker, font: context.theme.body,
                    x: context.theme.margins.left + indent + inset - 6 - metrics.width,
                    y: y + first.firstBaseline, on: context.cairo)
            }
            out += itemFragments
        }
        return out
    }
}

extension RichText {
    /// `rich` with `prefix` (unstyled) in front.
    static func prefixed(_ prefix: String, _ rich: RichText) -> RichText {
        var out = RichText(plain: prefix)
        let shift = prefix.utf8.count
        out.text += rich.text
        out.styles = rich.styles.map { style in
            var moved = style
            moved.start += shift
            moved.end += shift
            return moved
        }
        out.formulas = rich.formulas.map { ($0.byte + shift, $0.box) }
        out.links = rich.links.map { ($0.start + shift, $0.end + shift, $0.link) }
        return out
    }
}

extension MathNode {
    /// The formula's characters in reading order (for outlines, where no math can be set).
    var plainText: String {
        switch self {
        case .row(let nodes): return nodes.map(\.plainText).joined()
        case .styled(let inner, _): return inner.plainText
        case .identifier(let text, _), .number(let text), .symbol(let text), .text(let text):
            return text
        case .space: return " "
        case .scripts(let base, let sub, let sup):
            return base.plainText + (sub.map { "_" + $0.plainText } ?? "")
                + (sup.map { "^" + $0.plainText } ?? "")
        case .fraction(let top, let bottom): return "\(top.plainText)/\(bottom.plainText)"
        case .root(let radicand, _): return "√" + radicand.plainText
        case .table(let rows):
            return "("
                + rows.map { $0.map(\.plainText).joined(separator: ", ") }.joined(separator: "; ")
                + ")"
        }
    }
}
