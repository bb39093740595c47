import CCairo
import Foundation

/// The `Canvas` that draws with Cairo: the only drawing code, shared by PNG, SVG and PDF.
final class CairoCanvas: Canvas {
    let context: CairoContext
    let text: PangoText
    /// Whether the target is a raster image (markers are then painted one by one for speed).
    let isRaster: Bool
    private var cr: OpaquePointer { context.handle }

    init(context: CairoContext, isRaster: Bool) {
        self.context = context
        self.isRaster = isRaster
        self.text = PangoText(cairo: context.handle)
    }

    private func setSource(_ color: Color) {
        cairo_set_source_rgba(cr, color.red, color.green, color.blue, color.alpha)
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
        setSource(stroke.color)
        cairo_set_line_width(cr, stroke.width)
        cairo_set_line_cap(cr, stroke.round ? CAIRO_LINE_CAP_ROUND : CAIRO_LINE_CAP_BUTT)
        cairo_set_line_join(cr, stroke.round ? CAIRO_LINE_JOIN_ROUND : CAIRO_LINE_JOIN_MITER)
        stroke.dashes.withUnsafeBufferPointer { buffer in
            cairo_set_dash(cr, buffer.baseAddress, Int32(buffer.count), 0)
        }
    }

    private func paint(_ style: PaintStyle) {
        if let fill = style.fill {
            setSource(fill)
            if style.stroke != nil { cairo_fill_preserve(cr) } else { cairo_fill(cr) }
        }
        if let stroke = style.stroke {
            apply(stroke)
            cairo_stroke(cr)
        }
        cairo_new_path(cr)
    }

    func draw(path: Path, transform: AffineTransform, style: PaintStyle) {
        guard !path.isEmpty else { return }
        append(path, transform)
        paint(style)
    }

    func draw(marker: Path, at positions: [Point], style: PaintStyle) {
        guard !positions.isEmpty else { return }
        if !isRaster && positions.count > 16 {
            stamp(marker, at: positions, style: style)
            return
        }
        // Each marker is painted on its own so that translucent markers overlap as they should.
        for p in positions {
            append(marker, .translation(p.x, p.y))
            paint(style)
        }
    }

    /// Vector outputs: the marker is recorded once and painted at every position, so SVG and
    /// PDF hold one marker definition and many references instead of many paths.
    private func stamp(_ marker: Path, at positions: [Point], style: PaintStyle) {
        let reach = 1 + (style.stroke?.width ?? 0) + marker.elements.reduce(0.0) { r, e in
            switch e {
            case .move(let p), .line(let p), .curve(_, _, let p): return max(r, abs(p.x), abs(p.y))
            case .close: return r
            }
        }
        var extents = cairo_rectangle_t(x: -reach, y: -reach, width: 2 * reach, height: 2 * reach)
        guard let recording = cairo_recording_surface_create(CAIRO_CONTENT_COLOR_ALPHA, &extents)
        else { return }
        defer { cairo_surface_destroy(recording) }
        let stampContext = cairo_create(recording)!
        let saved = CairoContext(retaining: stampContext)
        cairo_destroy(stampContext)
        CairoCanvas(context: saved, isRaster: true).draw(path: marker, transform: .identity, style: style)
        cairo_surface_flush(recording)
        for p in positions {
            cairo_set_source_surface(cr, recording, p.x, p.y)
            cairo_paint(cr)
        }
    }

    func draw(text string: String, font: FontSpec, color: Color, transform t: AffineTransform) {
        guard !string.isEmpty else { return }
        cairo_save(cr)
        var matrix = cairo_matrix_t(xx: t.a, yx: t.b, xy: t.c, yy: t.d, x0: t.tx, y0: t.ty)
        cairo_transform(cr, &matrix)
        setSource(color)
        text.show(string, font, on: cr)
        cairo_restore(cr)
    }

    func measure(text string: String, font: FontSpec) -> TextMetrics {
        text.layout(string, font).metrics
    }

    func draw(image: RasterImage, in rect: Rect) {
        guard image.width > 0, image.height > 0 else { return }
        guard
            let surface = cairo_image_surface_create(
                CAIRO_FORMAT_ARGB32, Int32(image.width), Int32(image.height))
        else { return }
        defer { cairo_surface_destroy(surface) }
        let stride = Int(cairo_image_surface_get_stride(surface))
        let data = cairo_image_surface_get_data(surface)!
        for row in 0..<image.height {
            let line = (data + row * stride).withMemoryRebound(to: UInt32.self, capacity: image.width) {
                $0
            }
            for column in 0..<image.width {
                line[column] = premultipliedARGB(image.pixels[row * image.width + column])
            }
        }
        cairo_surface_mark_dirty(surface)
        cairo_save(cr)
        cairo_translate(cr, rect.x, rect.y)
        cairo_scale(cr, rect.width / Double(image.width), rect.height / Double(image.height))
        cairo_set_source_surface(cr, surface, 0, 0)
        cairo_pattern_set_filter(cairo_get_source(cr), CAIRO_FILTER_NEAREST)
        cairo_rectangle(cr, 0, 0, Double(image.width), Double(image.height))
        cairo_fill(cr)
        cairo_restore(cr)
    }

    func withClip(_ rect: Rect, _ body: () -> Void) {
        cairo_save(cr)
        cairo_rectangle(cr, rect.x, rect.y, rect.width, rect.height)
        cairo_clip(cr)
        body()
        cairo_restore(cr)
    }
}

/// A colour as Cairo's native-endian premultiplied `0xAARRGGBB`.
private func premultipliedARGB(_ c: Color) -> UInt32 {
    func byte(_ v: Double) -> UInt32 { UInt32((min(max(v, 0), 1) * 255).rounded()) }
    let a = min(max(c.alpha, 0), 1)
    return byte(a) << 24 | byte(c.red * a) << 16 | byte(c.green * a) << 8 | byte(c.blue * a)
}
