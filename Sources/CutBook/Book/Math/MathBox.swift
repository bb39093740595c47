import CCairo

/// A formula set in boxes: glyph runs and strokes relative to the start of its baseline
/// (y downwards), with its width, ascent and descent.
struct MathBox {
    /// One run of characters in one font, its baseline start at `(x, y)`.
    struct Glyphs {
        var text: String
        var font: BookFont
        var x: Double
        var y: Double
    }

    /// A stroked polyline (radical signs, fraction bars).
    struct Stroke {
        var points: [(x: Double, y: Double)]
        var width: Double
    }

    var width = 0.0
    var ascent = 0.0
    var descent = 0.0
    var glyphs: [Glyphs] = []
    var strokes: [Stroke] = []

    var height: Double { ascent + descent }

    /// Adds `other` at `(dx, dy)` without changing the width.
    mutating func place(_ other: MathBox, dx: Double, dy: Double) {
        for run in other.glyphs {
            glyphs.append(Glyphs(text: run.text, font: run.font, x: run.x + dx, y: run.y + dy))
        }
        for stroke in other.strokes {
            strokes.append(
                Stroke(points: stroke.points.map { ($0.x + dx, $0.y + dy) }, width: stroke.width))
        }
        ascent = max(ascent, other.ascent - dy)
        descent = max(descent, other.descent + dy)
    }

    /// Appends `other` to the right, its baseline moved down by `shift`.
    mutating func append(_ other: MathBox, shift: Double = 0) {
        place(other, dx: width, dy: shift)
        width += other.width
    }

    /// Draws the formula with its baseline start at `(x, y)` in the current colour.
    func draw(x: Double, y: Double, text: TextEngine, on cairo: OpaquePointer) {
        for run in glyphs {
            text.show(run.text, font: run.font, x: x + run.x, y: y + run.y, on: cairo)
        }
        for stroke in strokes {
            guard let first = stroke.points.first else { continue }
            cairo_set_line_width(cairo, stroke.width)
            cairo_set_line_cap(cairo, CAIRO_LINE_CAP_BUTT)
            cairo_set_line_join(cairo, CAIRO_LINE_JOIN_MITER)
            cairo_move_to(cairo, x + first.x, y + first.y)
            for point in stroke.points.dropFirst() {
                cairo_line_to(cairo, x + point.x, y + point.y)
            }
            cairo_stroke(cairo)
        }
    }
}
