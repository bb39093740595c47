/// Typesets label markup with a canvas' text measurement.
struct Typesetter {
    let canvas: Canvas

    /// Lays out `markup` no wider than `maxWidth`: it breaks into centred lines at spaces
    /// (never inside math) and, if a single word is still too wide, shrinks the font.
    func typeset(_ markup: String, font: FontSpec, maxWidth: Double) -> TypesetText {
        let natural = typeset(markup, font: font)
        guard natural.width > maxWidth, maxWidth > 0 else { return natural }
        var lines: [String] = []
        var current = ""
        for word in Typesetter.words(markup) {
            let candidate = current.isEmpty ? word : current + " " + word
            if !current.isEmpty && typeset(candidate, font: font).width > maxWidth {
                lines.append(current)
                current = word
            } else {
                current = candidate
            }
        }
        if !current.isEmpty { lines.append(current) }
        let typesetLines = lines.map { line -> TypesetText in
            let text = typeset(line, font: font)
            guard text.width > maxWidth else { return text }
            var smaller = font
            smaller.size = font.size * maxWidth / text.width
            return typeset(line, font: smaller)
        }
        return TypesetText.stacked(typesetLines, lineGap: font.size * 0.25)
    }

    /// Splits markup at spaces that are not inside `$…$`.
    static func words(_ markup: String) -> [String] {
        var words: [String] = []
        var current = ""
        var inMath = false
        for c in markup {
            if c == "$" { inMath.toggle() }
            if c == " " && !inMath {
                if !current.isEmpty { words.append(current) }
                current = ""
            } else {
                current.append(c)
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    /// Lays out `markup`: text outside `$…$` as written, text inside as math. Math outside the
    /// TeX subset is reported to the canvas (the figure's output then throws) and set as
    /// written.
    func typeset(_ markup: String, font: FontSpec) -> TypesetText {
        var out = TypesetText()
        for part in Label.parts(markup) {
            switch part {
            case .text(let text) where !text.isEmpty:
                out.append(plain(text, font: font))
            case .text: continue
            case .math(let tex, let offset):
                guard !tex.isEmpty else { continue }
                do {
                    let node = try MathNode.parse(tex: tex)
                    out.append(
                        math(
                            node.items,
                            font: FontSpec(
                                family: font.family, size: font.size, italic: false,
                                bold: font.bold)))
                } catch {
                    canvas.fail(
                        PlotError.invalidMath(
                            markup: markup, message: error.message, offset: error.offset + offset))
                    out.append(plain("$" + tex + "$", font: font))
                }
            }
        }
        return withDigitHeightIfEmpty(out, font: font)
    }

    /// `text`, or, when it sets nothing, an empty text as tall as a digit of `font`.
    private func withDigitHeightIfEmpty(_ text: TypesetText, font: FontSpec) -> TypesetText {
        guard text.runs.isEmpty && text.strokes.isEmpty else { return text }
        var out = text
        let m = canvas.measure(text: "0", font: font)
        out.ascent = m.ascent
        out.descent = m.descent
        return out
    }

    private func plain(_ text: String, font: FontSpec) -> TypesetText {
        let m = canvas.measure(text: text, font: font)
        return TypesetText(
            width: m.width, ascent: m.ascent, descent: m.descent,
            runs: [TypesetText.Run(text: text, font: font, origin: Point(0, 0))])
    }

    /// Operators and relations set with space on both sides after an operand.
    private static let spaced: Set<String> = [
        "+", "−", "=", "<", ">", "×", "±", "∓", "→", "←", "⇒", "≤", "≥", "·", "≈", "≠", "∼", "∝",
        "∈", "≡", "≪", "≫",
    ]

    private func math(_ nodes: [MathNode], font: FontSpec) -> TypesetText {
        var out = TypesetText()
        var previousIsOperand = false
        for node in nodes {
            switch node {
            case .symbol(let symbol) where Typesetter.spaced.contains(symbol):
                let spaced = previousIsOperand
                let gap = spaced ? font.size * 0.22 : 0
                out.width += gap
                out.append(plain(symbol, font: FontSpec(family: font.family, size: font.size)))
                out.width += gap
                previousIsOperand = false
            case .space(let ems):
                out.width += ems * font.size
            default:
                out.append(single(node, font: font))
                previousIsOperand = true
            }
        }
        return withDigitHeightIfEmpty(out, font: font)
    }

    private func single(_ node: MathNode, font: FontSpec) -> TypesetText {
        switch node {
        case .identifier(let text, let italic):
            return plain(
                text,
                font: FontSpec(
                    family: font.family, size: font.size, italic: italic, bold: font.bold))
        case .number(let digits):
            // Digit by digit, as labels have always been set.
            var out = TypesetText()
            for digit in digits { out.append(plain(String(digit), font: font)) }
            return out
        case .symbol(let text), .text(let text):
            return plain(text, font: font)
        case .space(let ems):
            return TypesetText(width: ems * font.size)
        case .row(let nodes):
            return math(nodes, font: font)
        case .styled(let inner, _):
            return single(inner, font: font)
        case .root(let radicand, let degree):
            let sign = radical(math(radicand.items, font: font), size: font.size)
            guard let degree else { return sign }
            return indexed(
                sign, degree: math(degree.items, font: scriptFont(font)), size: font.size)
        case .fraction(let numerator, let denominator):
            let small = FontSpec(
                family: font.family, size: max(font.size * 0.85, 5), bold: font.bold)
            return fraction(
                math(numerator.items, font: small), math(denominator.items, font: small),
                size: font.size)
        case .scripts(let base, let sub, let sup):
            return scripted(
                single(base, font: font), sub: sub?.items, sup: sup?.items, font: font)
        case .table(let rows):
            return matrix(rows, font: font)
        }
    }

    private func scriptFont(_ font: FontSpec) -> FontSpec {
        FontSpec(family: font.family, size: max(font.size * 0.7, 5), bold: font.bold)
    }

    /// A root with its degree raised before the sign.
    private func indexed(_ sign: TypesetText, degree: TypesetText, size: Double) -> TypesetText {
        var out = TypesetText()
        out.append(degree, shift: -size * 0.35)
        out.width -= min(degree.width, size * 0.2)
        out.append(sign)
        return out
    }

    /// Rows of cells side by side, stacked and centred on the minus sign's height.
    private func matrix(_ rows: [[MathNode]], font: FontSpec) -> TypesetText {
        let lines = rows.map { row -> TypesetText in
            var line = TypesetText()
            for (column, cell) in row.enumerated() {
                if column > 0 { line.width += font.size * 0.8 }
                line.append(math(cell.items, font: font))
            }
            return line
        }
        let block = TypesetText.stacked(lines, lineGap: font.size * 0.3)
        var out = TypesetText()
        out.append(block, shift: -font.size * 0.3 - (block.descent - block.ascent) / 2)
        return out
    }

    private func radical(_ content: TypesetText, size: Double) -> TypesetText {
        let lineWidth = max(size * 0.065, 0.5)
        let gap = size * 0.12
        let signWidth = size * 0.6
        let top = -(content.ascent + gap)
        let bottom = content.descent
        let h = bottom - top
        var path = Path()
        path.move(to: Point(0, bottom - 0.45 * h))
        path.line(to: Point(signWidth * 0.22, bottom - 0.55 * h))
        path.line(to: Point(signWidth * 0.55, bottom))
        path.line(to: Point(signWidth, top))
        path.line(to: Point(signWidth + size * 0.08 + content.width + size * 0.06, top))
        var out = TypesetText(
            width: signWidth + size * 0.08, ascent: -top + lineWidth,
            descent: bottom + lineWidth / 2)
        out.strokes.append((path, lineWidth))
        out.append(content)
        out.width += size * 0.12
        return out
    }

    /// Numerator over denominator, centred, with a rule at the height of the minus sign.
    private func fraction(_ top: TypesetText, _ bottom: TypesetText, size: Double) -> TypesetText {
        let lineWidth = max(size * 0.055, 0.5)
        let axis = size * 0.3
        let gap = size * 0.12
        let pad = size * 0.1
        let width = max(top.width, bottom.width) + 2 * pad
        var out = TypesetText(width: 0, ascent: 0, descent: 0)
        var numerator = TypesetText(width: (width - top.width) / 2)
        numerator.append(top)
        out.append(numerator, shift: -(axis + lineWidth / 2 + gap + top.descent))
        out.width = 0
        var denominator = TypesetText(width: (width - bottom.width) / 2)
        denominator.append(bottom)
        out.append(denominator, shift: -axis + lineWidth / 2 + gap + bottom.ascent)
        out.width = width
        var rule = Path()
        rule.move(to: Point(pad / 2, -axis))
        rule.line(to: Point(width - pad / 2, -axis))
        out.strokes.append((rule, lineWidth))
        out.ascent = max(out.ascent, axis + lineWidth)
        return out
    }

    private func scripted(
        _ base: TypesetText, sub: [MathNode]?, sup: [MathNode]?, font: FontSpec
    ) -> TypesetText {
        let scriptFont = FontSpec(
            family: font.family, size: max(font.size * 0.7, 5), bold: font.bold)
        var out = base
        let start = out.width
        var end = start
        if let sup {
            let s = math(sup, font: scriptFont)
            let shift = -max(font.size * 0.42, base.ascent - s.ascent * 0.5)
            out.width = start + font.size * 0.05
            out.append(s, shift: shift)
            end = max(end, out.width)
        }
        if let sub {
            let s = math(sub, font: scriptFont)
            out.width = start + font.size * 0.02
            out.append(s, shift: font.size * (sup == nil ? 0.2 : 0.28))
            end = max(end, out.width)
        }
        out.width = end
        return out
    }
}
