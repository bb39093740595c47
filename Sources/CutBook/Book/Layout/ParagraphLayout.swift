import CCairo
import CPangoCairo

/// A paragraph broken into lines by Pango, with the position of every line, inline formula and
/// link, so the paginator can split it between lines and the page drawer can draw any run of
/// lines anywhere.
final class ParagraphLayout {
    /// One line: its top relative to the paragraph, its height and its baseline from its top.
    struct Line {
        var top: Double
        var height: Double
        var baseline: Double
        var x: Double
    }

    /// How lines are aligned.
    enum Alignment {
        case justified, left, center, right
    }

    let layout: PangoLayoutHandle
    private(set) var lines: [Line] = []
    private(set) var formulas: [(line: Int, x: Double, box: MathBox)] = []
    private(set) var links: [(line: Int, x: Double, width: Double, link: BookLink)] = []
    private let engine: TextEngine

    /// Breaks `rich` into lines `width` points wide in `font`, at least `leading` apart.
    init(
        _ rich: RichText, font: BookFont, width: Double, leading: Double, alignment: Alignment,
        engine: TextEngine,
        linkColor: (red: Double, green: Double, blue: Double)
    ) {
        self.engine = engine
        layout = engine.layout(font: font, width: width)
        let handle = layout.handle
        pango_layout_set_text(handle, rich.text, -1)
        let attributes = rich.attributes(size: font.size, codeScale: 0.9, linkColor: linkColor)
        pango_layout_set_attributes(handle, attributes)
        pango_attr_list_unref(attributes)
        switch alignment {
        case .justified: pango_layout_set_justify(handle, 1)
        case .left: pango_layout_set_alignment(handle, PANGO_ALIGN_LEFT)
        case .center: pango_layout_set_alignment(handle, PANGO_ALIGN_CENTER)
        case .right: pango_layout_set_alignment(handle, PANGO_ALIGN_RIGHT)
        }
        let scale = Double(PANGO_SCALE)
        let nominal = engine.measure("Hg", font: font)
        let pad = max(0, (leading - nominal.ascent - nominal.descent) / 2)
        var starts: [Int] = []
        var top = 0.0
        let iterator = pango_layout_get_iter(handle)
        repeat {
            let line = pango_layout_iter_get_line_readonly(iterator)!
            var ink = PangoRectangle()
            var logical = PangoRectangle()
            pango_layout_line_get_extents(line, &ink, &logical)
            var placed = PangoRectangle()
            pango_layout_iter_get_line_extents(iterator, nil, &placed)
            // A formula may reach into the leading; only what reaches beyond it adds space.
            let extraAbove = max(0, -Double(logical.y) / scale - nominal.ascent - pad)
            let extraBelow = max(
                0, Double(logical.y + logical.height) / scale - nominal.descent - pad)
            let height = nominal.ascent + nominal.descent + 2 * pad + extraAbove + extraBelow
            lines.append(
                Line(
                    top: top, height: height, baseline: pad + nominal.ascent + extraAbove,
                    x: Double(placed.x) / scale))
            starts.append(Int(line.pointee.start_index))
            top += height
        } while pango_layout_iter_next_line(iterator) != 0
        pango_layout_iter_free(iterator)

        for formula in rich.formulas {
            var lineNumber: Int32 = 0
            var x: Int32 = 0
            pango_layout_index_to_line_x(handle, Int32(formula.byte), 0, &lineNumber, &x)
            let index = Int(lineNumber)
            formulas.append((index, lines[index].x + Double(x) / scale, formula.box))
        }
        for link in rich.links {
            for (index, start) in starts.enumerated() {
                let line = pango_layout_get_line_readonly(handle, Int32(index))!
                let end = start + Int(line.pointee.length)
                let from = max(start, link.start)
                let to = min(end, link.end)
                guard from < to else { continue }
                var ranges: UnsafeMutablePointer<Int32>?
                var count: Int32 = 0
                pango_layout_line_get_x_ranges(line, Int32(from), Int32(to), &ranges, &count)
                if let ranges {
                    for pair in 0..<Int(count) {
                        let x0 = Double(ranges[2 * pair]) / scale
                        let x1 = Double(ranges[2 * pair + 1]) / scale
                        links.append((index, x0, x1 - x0, link.link))
                    }
                    g_free(ranges)
                }
            }
        }
    }

    /// The width of the widest line.
    var naturalWidth: Double {
        var ink = PangoRectangle()
        var logical = PangoRectangle()
        pango_layout_get_extents(layout.handle, &ink, &logical)
        return Double(logical.width) / Double(PANGO_SCALE)
    }

    /// The paragraph's height.
    var height: Double { lines.last.map { $0.top + $0.height } ?? 0 }

    /// The height of lines `range`.
    func height(of range: Range<Int>) -> Double {
        lines[range].reduce(0) { $0 + $1.height }
    }

    /// Draws lines `range` with the first one's top at `(x, y)` in page coordinates.
    func draw(lines range: Range<Int>, x: Double, y: Double, in context: PageContext) {
        guard let first = range.first else { return }
        let cairo = context.cairo
        let offset = y - lines[first].top
        for index in range {
            let line = lines[index]
            guard let handle = pango_layout_get_line_readonly(layout.handle, Int32(index)) else {
                continue
            }
            cairo_move_to(cairo, x + line.x, offset + line.top + line.baseline)
            pango_cairo_show_layout_line(cairo, handle)
        }
        for formula in formulas where range.contains(formula.line) {
            let line = lines[formula.line]
            formula.box.draw(
                x: x + formula.x, y: offset + line.top + line.baseline, text: engine, on: cairo)
        }
        for link in links where range.contains(link.line) {
            let line = lines[link.line]
            context.record.addLink(
                link.link, x: x + link.x, y: offset + line.top, width: link.width,
                height: line.height)
        }
    }
}
