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

    /// Lines set one below the other, each centred on the widest; the first line's baseline
    /// is the block's baseline.
    static func stacked(_ lines: [TypesetText], lineGap: Double) -> TypesetText {
        guard let first = lines.first else { return TypesetText() }
        let width = lines.map(\.width).max() ?? 0
        var out = TypesetText(width: width, ascent: first.ascent, descent: first.descent)
        var baseline = 0.0
        for (index, line) in lines.enumerated() {
            if index > 0 { baseline += lines[index - 1].descent + lineGap + line.ascent }
            let dx = (width - line.width) / 2
            for run in line.runs {
                out.runs.append(
                    Run(
                        text: run.text, font: run.font,
                        origin: Point(run.origin.x + dx, run.origin.y + baseline)))
            }
            for stroke in line.strokes {
                out.strokes.append((stroke.path.translated(dx, baseline), stroke.width))
            }
            out.descent = baseline + line.descent
        }
        return out
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
