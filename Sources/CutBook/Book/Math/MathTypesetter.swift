import CutPlot

/// Sets a `MathNode` in boxes the way TeX would, in the book's serif face: italic single-letter
/// variables, upright numbers and names, spaced binary operators and relations, smaller raised
/// and lowered scripts, fractions with a bar on the math axis, radicals with their bar.
struct MathTypesetter {
    let text: TextEngine
    /// The base size in points.
    let size: Double
    /// Display style: fractions keep the full size.
    let display: Bool

    /// Operators that take thick space on both sides (relations and arrows).
    private static let relations: Set<String> = [
        "=", "<", ">", "≤", "≥", "≠", "≈", "∼", "→", "←", "⇒", "∈", "∝",
    ]
    /// Operators that take medium space on both sides when binary.
    private static let binaries: Set<String> = ["+", "−", "×", "±", "∓", "·", "∗"]
    /// Large operators set a little bigger.
    private static let large: Set<String> = ["∑", "∏", "∫"]

    /// The formula set at the base size.
    func set(_ node: MathNode) -> MathBox {
        set(node, size: size, level: 0)
    }

    private func font(_ size: Double, italic: Bool = false) -> BookFont {
        BookFont(family: BookFont.serif, size: size, italic: italic)
    }

    private func glyphs(_ string: String, _ font: BookFont) -> MathBox {
        let metrics = text.measure(string, font: font)
        return MathBox(
            width: metrics.width, ascent: metrics.ascent, descent: metrics.descent,
            glyphs: [MathBox.Glyphs(text: string, font: font, x: 0, y: 0)])
    }

    /// Sets `node`; a group of one node and a style are set as that node (the tree's depth is
    /// bounded by the parser, so the recursion is too).
    private func set(_ node: MathNode, size: Double, level: Int) -> MathBox {
        switch node.unwrapped {
        case .row(let nodes):
            return row(nodes, size: size, level: level)
        case .identifier(let name, let italic):
            var box = glyphs(name, font(size, italic: italic))
            if italic { box.width += size * 0.03 }
            return box
        case .number(let digits):
            return glyphs(digits, font(size))
        case .symbol(let symbol):
            return glyphs(symbol, font(Self.large.contains(symbol) ? size * 1.3 : size))
        case .text(let string):
            return glyphs(string, font(size))
        case .space(let ems):
            return MathBox(width: ems * size)
        case .styled(let inner, _):
            return set(inner, size: size, level: level)
        case .scripts(let base, let sub, let sup):
            if display, level == 0, case .symbol(let symbol) = base.unwrapped,
                Self.large.contains(symbol),
                symbol != "∫"
            {
                return limits(set(base, size: size, level: level), sub: sub, sup: sup, size: size)
            }
            return scripts(
                set(base, size: size, level: level), sub: sub, sup: sup, size: size, level: level)
        case .fraction(let numerator, let denominator):
            return fraction(numerator, denominator, size: size, level: level)
        case .root(let radicand, let degree):
            return root(
                set(radicand, size: size, level: level), degree: degree, size: size, level: level)
        case .table(let rows):
            return table(rows, size: size, level: level)
        }
    }

    /// The size of each fence in `nodes` that must grow: pairs enclosing something taller
    /// than a line of text.
    private func fenceSizes(_ nodes: [MathNode], boxes: [MathBox], size: Double) -> [Int: Double] {
        var sizes: [Int: Double] = [:]
        for pair in MathNode.growingFences(in: nodes) {
            let height = boxes[(pair.open + 1)..<pair.close].map(\.height).max() ?? 0
            if height > size * 1.5 {
                sizes[pair.open] = size * height / (size * 1.17)
                sizes[pair.close] = sizes[pair.open]
            }
        }
        return sizes
    }

    private func row(_ nodes: [MathNode], size: Double, level: Int) -> MathBox {
        var box = MathBox()
        // Each node is set once: setting it again for the fences would double the work at
        // every level of nesting.
        let boxes = nodes.map { set($0, size: size, level: level) }
        let grown = fenceSizes(nodes, boxes: boxes, size: size)
        var previousIsOperand = false
        for (position, node) in nodes.enumerated() {
            if case .symbol(let symbol) = node.unwrapped, let fenceSize = grown[position] {
                // Centred on the math axis, a quarter of the size above the baseline.
                let fence = glyphs(symbol, font(fenceSize))
                box.append(fence, shift: (fence.ascent - fence.descent) / 2 - size * 0.25)
                previousIsOperand = [")", "]", "|", "}"].contains(symbol)
                continue
            }
            if case .symbol(let symbol) = node.unwrapped {
                var gap = 0.0
                if Self.relations.contains(symbol) {
                    gap = level == 0 ? size * 0.28 : 0
                } else if Self.binaries.contains(symbol) && previousIsOperand && level == 0 {
                    gap = size * 0.22
                }
                // No space before a leading operator or after a trailing one (`$c =$ 3.7`).
                box.width += position == 0 ? 0 : gap
                box.append(boxes[position])
                box.width += position == nodes.count - 1 ? 0 : gap
                if symbol == "," || symbol == ";" { box.width += size * 0.17 }
                previousIsOperand = [")", "]", "|", "′", "!"].contains(symbol)
            } else {
                box.append(boxes[position])
                previousIsOperand = true
                // A function name is followed by a thin space unless its argument is bracketed.
                if case .identifier(let name, false) = node.unwrapped, name.count > 1,
                    position + 1 < nodes.count,
                    nodes[position + 1].unwrapped != .symbol("(")
                {
                    box.width += size * 0.17
                }
            }
        }
        if box.glyphs.isEmpty && box.strokes.isEmpty {
            let metrics = text.measure("0", font: font(size))
            box.ascent = metrics.ascent * 0.7
            box.descent = 0
        }
        return box
    }

    private func scriptSize(_ size: Double) -> Double { max(size * 0.7, 5) }

    private func scripts(_ base: MathBox, sub: MathNode?, sup: MathNode?, size: Double, level: Int)
        -> MathBox
    {
        var box = base
        let start = box.width
        var end = start
        let small = scriptSize(size)
        if let sup {
            let script = set(sup, size: small, level: level + 1)
            let shift = -max(size * 0.38, base.ascent - script.ascent * 0.55)
            box.place(script, dx: start + size * 0.04, dy: shift)
            end = max(end, start + size * 0.04 + script.width)
        }
        if let sub {
            let script = set(sub, size: small, level: level + 1)
            let shift = max(size * (sup == nil ? 0.18 : 0.26), script.ascent - size * 0.45)
            let italicCorrection = base.glyphs.last?.font.italic == true ? -size * 0.04 : 0
            box.place(script, dx: start + italicCorrection, dy: shift)
            end = max(end, start + italicCorrection + script.width)
        }
        box.width = end + size * 0.03
        return box
    }

    private func fraction(_ numerator: MathNode, _ denominator: MathNode, size: Double, level: Int)
        -> MathBox
    {
        // A display fraction's parts keep the text style (full size and spacing); others are
        // set in script style.
        let keeps = display && level == 0
        let partSize = keeps ? size : scriptSize(size)
        let top = set(numerator, size: partSize, level: keeps ? 0 : level + 1)
        let bottom = set(denominator, size: partSize, level: keeps ? 0 : level + 1)
        let axis = size * 0.25
        let rule = max(size * 0.05, 0.4)
        let gap = size * 0.12
        let width = max(top.width, bottom.width) + size * 0.2
        var box = MathBox(width: width)
        box.place(top, dx: (width - top.width) / 2, dy: -axis - rule / 2 - gap - top.descent)
        box.place(
            bottom, dx: (width - bottom.width) / 2, dy: -axis + rule / 2 + gap + bottom.ascent)
        box.strokes.append(
            MathBox.Stroke(
                points: [(size * 0.05, -axis), (width - size * 0.05, -axis)], width: rule))
        var framed = MathBox(width: size * 0.1)
        framed.append(box)
        framed.width += size * 0.1
        return framed
    }

    private func root(_ content: MathBox, degree: MathNode?, size: Double, level: Int) -> MathBox {
        let rule = max(size * 0.055, 0.45)
        let gap = size * 0.14
        let sign = size * 0.62
        let top = -(content.ascent + gap)
        let bottom = content.descent + size * 0.05
        let height = bottom - top
        var box = MathBox()
        if let degree {
            let index = set(degree, size: scriptSize(scriptSize(size)), level: level + 2)
            box.place(index, dx: 0, dy: bottom - height * 0.55 - index.descent)
            box.width = max(0, index.width - sign * 0.35)
        }
        let x0 = box.width
        box.strokes.append(
            MathBox.Stroke(
                points: [
                    (x0, bottom - 0.42 * height), (x0 + sign * 0.2, bottom - 0.5 * height),
                    (x0 + sign * 0.5, bottom), (x0 + sign, top),
                    (x0 + sign + size * 0.1 + content.width + size * 0.08, top),
                ], width: rule))
        box.ascent = max(box.ascent, -top + rule)
        box.descent = max(box.descent, bottom)
        box.width = x0 + sign + size * 0.1
        box.append(content)
        box.width += size * 0.06
        return box
    }

    private func table(_ rows: [[MathNode]], size: Double, level: Int) -> MathBox {
        let cells = rows.map { $0.map { set($0, size: size, level: level + 1) } }
        let columns = cells.map(\.count).max() ?? 0
        let widths = (0..<columns).map { column in
            cells.compactMap { $0.indices.contains(column) ? $0[column].width : nil }.max() ?? 0
        }
        let gap = size * 0.8
        let rowGap = size * 0.3
        var heights: [(ascent: Double, descent: Double)] = cells.map { row in
            (row.map(\.ascent).max() ?? size * 0.7, row.map(\.descent).max() ?? size * 0.2)
        }
        if heights.isEmpty { heights = [(size * 0.7, size * 0.2)] }
        let total =
            heights.reduce(0) { $0 + $1.ascent + $1.descent } + rowGap * Double(heights.count - 1)
        var box = MathBox(width: size * 0.15)
        var top = -size * 0.25 - total / 2
        for (index, row) in cells.enumerated() {
            let baseline = top + heights[index].ascent
            var x = size * 0.15
            for (column, cell) in row.enumerated() {
                box.place(cell, dx: x + (widths[column] - cell.width) / 2, dy: baseline)
                x += widths[column] + gap
            }
            top = baseline + heights[index].descent + rowGap
        }
        box.width = size * 0.3 + widths.reduce(0, +) + gap * Double(max(columns - 1, 0))
        box.ascent = max(box.ascent, size * 0.25 + total / 2)
        box.descent = max(box.descent, total / 2 - size * 0.25)
        return box
    }

    /// A large operator in display style: its limits centred below and above it.
    private func limits(_ base: MathBox, sub: MathNode?, sup: MathNode?, size: Double) -> MathBox {
        let small = scriptSize(size)
        let below = sub.map { set($0, size: small, level: 1) }
        let above = sup.map { set($0, size: small, level: 1) }
        let width = max(base.width, below?.width ?? 0, above?.width ?? 0)
        var box = MathBox(width: width)
        box.place(base, dx: (width - base.width) / 2, dy: 0)
        let gap = size * 0.15
        if let below {
            box.place(below, dx: (width - below.width) / 2, dy: base.descent + gap + below.ascent)
        }
        if let above {
            box.place(
                above, dx: (width - above.width) / 2, dy: -(base.ascent + gap + above.descent))
        }
        box.width = width + size * 0.1
        return box
    }
}

extension MathNode {
    /// Whether the node is a fraction or a matrix (possibly inside a group or scripts).
    var isTall: Bool {
        switch self {
        case .fraction, .table: return true
        case .row(let nodes): return nodes.contains(where: \.isTall)
        case .styled(let inner, _): return inner.isTall
        case .scripts(let base, _, _): return base.isTall
        default: return false
        }
    }

    /// Opening fences and their closing partners.
    private static let fencePairs: [String: String] = ["(": ")", "[": "]", "{": "}"]

    /// The positions of the fence pairs in `nodes` that grow with what they enclose: the book
    /// and the MathML writer grow a pair only around a fraction or a matrix (`isTall`), since
    /// the parser keeps no trace of TeX's `\left…\right`.
    static func growingFences(in nodes: [MathNode]) -> [(open: Int, close: Int)] {
        var pairs: [(open: Int, close: Int)] = []
        var open: [(position: Int, closing: String)] = []
        for (position, node) in nodes.enumerated() {
            guard case .symbol(let symbol) = node.unwrapped else { continue }
            if let closing = fencePairs[symbol] {
                open.append((position, closing))
            } else if let last = open.last, last.closing == symbol {
                open.removeLast()
                if nodes[(last.position + 1)..<position].contains(where: \.isTall) {
                    pairs.append((last.position, position))
                }
            }
        }
        return pairs
    }
}
