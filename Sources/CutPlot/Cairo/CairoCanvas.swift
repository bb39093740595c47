import CCairo
import Foundation

/// The `Canvas` that draws with Cairo: the only drawing code, shared by PNG, SVG and PDF.
final class CairoCanvas: Canvas {
    let context: CairoContext
    let text: PangoText
    /// Whether the target is a raster image, as the caller states it (never detected from the
    /// surface): markers are then composited straight into the pixels and images are painted as
    /// images; otherwise markers and images become vector geometry, except inside
    /// `rasterizing(_:pixelsPerPoint:_:)`, where a mark has asked for one image.
    let isRaster: Bool
    /// Cairo failures met while drawing; the output functions throw the first one.
    private(set) var failures: [Error] = []
    private var cr: OpaquePointer { context.handle }

    init(context: CairoContext, isRaster: Bool) {
        self.context = context
        self.isRaster = isRaster
        self.text = PangoText(cairo: context.handle)
    }

    func fail(_ error: Error) { failures.append(error) }

    private func setSource(_ color: Color) {
        cairo_set_source_rgba(cr, color.red, color.green, color.blue, color.alpha)
    }

    func draw(path: Path, transform: AffineTransform, style: PaintStyle) {
        CairoPathWriter(cr: cr).paint(path, style, transform: transform)
    }

    func draw(marker: Path, at positions: [Point], style: PaintStyle) {
        guard !positions.isEmpty else { return }
        if positions.count > 16 {
            if isRaster {
                if RasterMarkers.draw(marker, at: positions, style: style, on: cr) { return }
            } else {
                VectorMarkers(cr: cr).draw(marker, at: positions, style: style)
                return
            }
        }
        // Each marker is painted on its own so that translucent markers overlap as they should.
        let writer = CairoPathWriter(cr: cr)
        for p in positions { writer.paint(marker, style, transform: .translation(p.x, p.y)) }
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
        guard isRaster else {
            VectorImage(cr: cr).draw(image, in: rect)
            return
        }
        let owned: CairoSurface
        do {
            owned = try CairoSurface(
                owning: cairo_image_surface_create(
                    CAIRO_FORMAT_ARGB32, Int32(image.width), Int32(image.height)),
                operation: "creating a \(image.width)×\(image.height) image")
        } catch {
            failures.append(error)
            return
        }
        let surface = owned.handle
        let stride = Int(cairo_image_surface_get_stride(surface))
        let data = cairo_image_surface_get_data(surface)!
        for row in 0..<image.height {
            let line = (data + row * stride).withMemoryRebound(
                to: UInt32.self, capacity: image.width
            ) {
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

    /// On a raster target `body` draws straight through this canvas. On a vector target it
    /// draws into a `RasterLayer` through a raster `CairoCanvas`, and the layer is placed here
    /// as one image; failures on the way are kept with this canvas's own.
    func rasterizing(_ rect: Rect, pixelsPerPoint: Double, _ body: (Canvas) -> Void) {
        guard !isRaster else {
            body(self)
            return
        }
        do {
            let layer = try RasterLayer(covering: rect, pixelsPerPoint: pixelsPerPoint, onto: cr)
            let offscreen = CairoCanvas(context: layer.context, isRaster: true)
            body(offscreen)
            failures += offscreen.failures
            try layer.place(onto: cr)
        } catch {
            failures.append(error)
        }
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
