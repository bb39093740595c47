import CCairo

/// Sends a `Path` to a Cairo context and paints it with a `PaintStyle`.
struct CairoPathWriter {
    let cr: OpaquePointer

    func paint(_ path: Path, _ style: PaintStyle, transform t: AffineTransform = .identity) {
        guard !path.isEmpty else { return }
        append(path, t)
        paintCurrentPath(style)
    }

    /// Paints one path holding a copy of `marker` at every position: one fill and/or stroke.
    func paint(_ marker: Path, copiesAt positions: [Point], _ style: PaintStyle) {
        guard !marker.isEmpty, !positions.isEmpty else { return }
        for p in positions { append(marker, .translation(p.x, p.y)) }
        paintCurrentPath(style)
    }

    /// Paints a filled disc of `radius` at every position as a stroke of zero-length segments
    /// with round caps: PDF, SVG and Cairo all draw such a segment as a disc the width of the
    /// line, in about a fifth of the bytes of four Bézier arcs per marker.
    func paintDiscs(at positions: [Point], radius: Double, color: Color) {
        guard !positions.isEmpty, radius > 0 else { return }
        for p in positions {
            cairo_move_to(cr, p.x, p.y)
            cairo_line_to(cr, p.x, p.y)
        }
        cairo_set_source_rgba(cr, color.red, color.green, color.blue, color.alpha)
        cairo_set_line_width(cr, 2 * radius)
        cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND)
        cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND)
        cairo_set_dash(cr, nil, 0, 0)
        cairo_stroke(cr)
        cairo_new_path(cr)
    }

    private func paintCurrentPath(_ style: PaintStyle) {
        if let fill = style.fill {
            cairo_set_source_rgba(cr, fill.red, fill.green, fill.blue, fill.alpha)
            if style.stroke != nil { cairo_fill_preserve(cr) } else { cairo_fill(cr) }
        }
        if let stroke = style.stroke {
            apply(stroke)
            cairo_stroke(cr)
        }
        cairo_new_path(cr)
    }

    private func append(_ path: Path, _ t: AffineTransform) {
        for element in path.elements {
            switch element {
            case .move(let p):
                let q = t.apply(p)
                cairo_move_to(cr, q.x, q.y)
            case .line(let p):
                let q = t.apply(p)
                cairo_line_to(cr, q.x, q.y)
            case .curve(let c1, let c2, let p):
                let (a, b, q) = (t.apply(c1), t.apply(c2), t.apply(p))
                cairo_curve_to(cr, a.x, a.y, b.x, b.y, q.x, q.y)
            case .close:
                cairo_close_path(cr)
            }
        }
    }

    private func apply(_ stroke: StrokeStyle) {
        let c = stroke.color
        cairo_set_source_rgba(cr, c.red, c.green, c.blue, c.alpha)
        cairo_set_line_width(cr, stroke.width)
        cairo_set_line_cap(cr, stroke.round ? CAIRO_LINE_CAP_ROUND : CAIRO_LINE_CAP_BUTT)
        cairo_set_line_join(cr, stroke.round ? CAIRO_LINE_JOIN_ROUND : CAIRO_LINE_JOIN_MITER)
        stroke.dashes.withUnsafeBufferPointer { buffer in
            cairo_set_dash(cr, buffer.baseAddress, Int32(buffer.count), 0)
        }
    }
}
