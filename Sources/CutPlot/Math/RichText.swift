/// Label text laid out for drawing: plain text with `$…$` math set as TeX would set it
/// (italic letters, raised and lowered smaller scripts, radicals with their bar).
///
/// Coordinates are relative to the start of the baseline, y downwards.
struct TypesetText {
    /// One run of characters in one font.
    struct Run {
        var text: String
        var font: FontSpec
        var origin: Point
    }

    var width: Double = 0
    var ascent: Double = 0
    var descent: Double = 0
    var runs: [Run] = []
    /// Strokes (radicals) with their line widths.
    var strokes: [(path: Path, width: Double)] = []

    var height: Double { ascent + descent }

    /// Appends `other` to the right of this text, its baseline shifted down by `shift`.
    mutating func append(_ other: TypesetText, shift: Double = 0) {
        let dx = width
        for run in other.runs {
            runs.append(
                Run(
                    text: run.text, font: run.font,
                    origin: Point(run.origin.x + dx, run.origin.y + shift)))
        }
        for stroke in other.strokes {
            strokes.append((stroke.path.translated(dx, shift), stroke.width))
        }
        ascent = max(ascent, other.ascent - shift)
        descent = max(descent, other.descent + shift)
        width += other.width
    }

    /// Draws the text with its baseline start mapped through `transform`.
    func draw(on canvas: Canvas, color: Color, transform: AffineTransform) {
        for run in runs {
            canvas.draw(
                text: run.text, font: run.font, color: color,
                transform: AffineTransform.translation(run.origin.x, run.origin.y).then(transform))
        }
        for stroke in strokes {
            canvas.draw(
                path: stroke.path, transform: transform,
                style: PaintStyle(stroke: StrokeStyle(color: color, width: stroke.width)))
        }
    }
}

extension Path {
    /// The path moved by `(dx, dy)`.
    func translated(_ dx: Double, _ dy: Double) -> Path {
        var out = Path()
        let t = AffineTransform.translation(dx, dy)
        for element in elements {
            switch element {
            case .move(let p): out.move(to: t.apply(p))
            case .line(let p): out.line(to: t.apply(p))
            case .curve(let a, let b, let p):
                out.curve(to: t.apply(p), control1: t.apply(a), control2: t.apply(b))
            case .close: out.close()
            }
        }
        return out
    }
}

/// Typesets label markup with a canvas' text measurement.
struct Typesetter {
    let canvas: Canvas

    /// Lays out `markup`: text outside `$…$` as written, text inside as math.
    func typeset(_ markup: String, font: FontSpec) -> TypesetText {
        var out = TypesetText()
        let parts = markup.split(separator: "$", omittingEmptySubsequences: false)
        for (i, part) in parts.enumerated() where !part.isEmpty {
            if i % 2 == 1 && i < parts.count - 1 {
                var parser = MathParser(String(part))
                out.append(
                    math(
                        parser.parse(),
                        font: FontSpec(
                            family: font.family, size: font.size, italic: false, bold: font.bold)))
            } else {
                let literal = i % 2 == 1 ? "$" + part : String(part)
                out.append(plain(literal, font: font))
            }
        }
        if out.runs.isEmpty && out.strokes.isEmpty {
            let m = canvas.measure(text: "0", font: font)
            out.ascent = m.ascent
            out.descent = m.descent
        }
        return out
    }

    private func plain(_ text: String, font: FontSpec) -> TypesetText {
        let m = canvas.measure(text: text, font: font)
        return TypesetText(
            width: m.width, ascent: m.ascent, descent: m.descent,
            runs: [TypesetText.Run(text: text, font: font, origin: Point(0, 0))])
    }

    private func math(_ atoms: [MathAtom], font: FontSpec) -> TypesetText {
        var out = TypesetText()
        var previousIsOperand = false
        for atom in atoms {
            switch atom {
            case .op(let symbol):
                let spaced = previousIsOperand
                let gap = spaced ? font.size * 0.22 : 0
                out.width += gap
                out.append(plain(symbol, font: FontSpec(family: font.family, size: font.size)))
                out.width += gap
                previousIsOperand = false
            case .space(let ems):
                out.width += ems * font.size
            default:
                out.append(single(atom, font: font))
                previousIsOperand = true
            }
        }
        if out.runs.isEmpty && out.strokes.isEmpty {
            let m = canvas.measure(text: "0", font: font)
            out.ascent = m.ascent
            out.descent = m.descent
        }
        return out
    }

    private func single(_ atom: MathAtom, font: FontSpec) -> TypesetText {
        switch atom {
        case .glyphs(let text, let italic):
            return plain(
                text,
                font: FontSpec(
                    family: font.family, size: font.size, italic: italic, bold: font.bold))
        case .op(let symbol):
            return plain(symbol, font: font)
        case .space(let ems):
            return TypesetText(width: ems * font.size)
        case .group(let list):
            return math(list, font: font)
        case .sqrt(let list):
            return radical(math(list, font: font), size: font.size)
        case .scripts(let base, let sub, let sup):
            return scripted(single(base, font: font), sub: sub, sup: sup, font: font)
        }
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

    private func scripted(
        _ base: TypesetText, sub: [MathAtom]?, sup: [MathAtom]?, font: FontSpec
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
