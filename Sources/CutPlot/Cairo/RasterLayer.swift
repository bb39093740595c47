import CCairo
import Foundation

/// An offscreen image that a dense layer is drawn into when the target is a vector surface,
/// then placed on that surface as one image clipped to the layer's rectangle (what matplotlib
/// calls a rasterized artist).
///
/// The image's pixel density is stated per point of the output: the target's current matrix
/// says how many device units (points, on PDF and SVG surfaces) one figure point takes, so a
/// figure scaled down onto a book page gets the same density on paper as a figure written on
/// its own. The image covers `rect` in whole pixels of a grid that starts at the figure's
/// corner, and the drawing inside it uses the ordinary raster path of `CairoCanvas`, so its
/// pixels are those a PNG of that density shows.
struct RasterLayer {
    /// The largest side in pixels; Cairo's image surfaces stop at 32,767.
    static let maximumSide = 16_384

    /// The rectangle the image is clipped to.
    let rect: Rect
    /// The image's top-left corner in figure space, on the pixel grid.
    private let origin: Point
    /// Image pixels per figure point.
    private let density: Double
    private let surface: CairoSurface
    /// The context to draw into, in figure space: figure points map onto the image's pixels.
    let context: CairoContext

    /// Creates a transparent image over `rect` for drawing onto `target`.
    /// - Throws: `PlotError.cairo` when Cairo cannot make the image.
    init(covering rect: Rect, pixelsPerPoint: Double, onto target: OpaquePointer) throws {
        self.rect = rect
        let wanted = pixelsPerPoint * Self.deviceUnitsPerUserUnit(of: target)
        let longest = max(rect.width, rect.height, 1e-9)
        density = min(wanted, Double(Self.maximumSide - 2) / longest)
        // The pixel grid starts at the figure's corner, as a PNG of this density would, so
        // that the markers land on the same pixel phases as in that PNG.
        let left = (rect.minX * density).rounded(.down)
        let top = (rect.minY * density).rounded(.down)
        let columns = Int(max((rect.maxX * density).rounded(.up) - left, 1))
        let rows = Int(max((rect.maxY * density).rounded(.up) - top, 1))
        origin = Point(left / density, top / density)
        surface = try CairoSurface(
            owning: cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(columns), Int32(rows)),
            operation: "creating a \(columns)×\(rows) raster layer")
        context = try CairoContext(surface: surface)
        cairo_scale(context.handle, density, density)
        cairo_translate(context.handle, -origin.x, -origin.y)
    }

    /// Paints the image onto `target` with its pixels on the grid it was drawn on, clipped to
    /// `rect`.
    /// - Throws: `PlotError.cairo` when drawing into the image failed.
    func place(onto target: OpaquePointer) throws {
        try context.check("drawing a raster layer")
        try reduceColors(for: target)
        cairo_save(target)
        cairo_rectangle(target, rect.x, rect.y, rect.width, rect.height)
        cairo_clip(target)
        cairo_translate(target, origin.x, origin.y)
        cairo_scale(target, 1 / density, 1 / density)
        cairo_set_source_surface(target, surface.handle, 0, 0)
        cairo_paint(target)
        cairo_restore(target)
    }

    /// Gives the image a `Palette`'s colours when its pixels fit one, so that PDF compresses
    /// fewer distinct values, and on an SVG target attaches the image's indexed PNG, which
    /// Cairo then embeds instead of writing its own RGBA PNG of the pixels.
    /// - Throws: `PlotError.cairo` when zlib fails.
    private func reduceColors(for target: OpaquePointer) throws {
        let image = PNGEncoder.pixels(of: surface.handle)
        guard let palette = Palette(pixels: image.pixels) else { return }
        if palette.largestChange > 0 { PNGEncoder.store(palette.pixels, into: surface.handle) }
        guard cairo_surface_get_type(cairo_get_target(target)) == CAIRO_SURFACE_TYPE_SVG else {
            return
        }
        let png = try PNGEncoder.encode(
            width: image.width, height: image.height, pixels: image.pixels, palette: palette)
        guard let buffer = malloc(png.count) else {
            throw PlotError.cairo(operation: "attaching a raster layer's PNG", status: "no memory")
        }
        png.copyBytes(to: buffer.assumingMemoryBound(to: UInt8.self), count: png.count)
        try cairoCheck(
            cairo_surface_set_mime_data(
                surface.handle, "image/png", buffer.assumingMemoryBound(to: UInt8.self),
                UInt(png.count), { free($0) }, buffer),
            "attaching a raster layer's PNG")
    }

    /// The length in device units of one user unit, along the longer of the two axes.
    private static func deviceUnitsPerUserUnit(of cr: OpaquePointer) -> Double {
        var (ax, ay) = (1.0, 0.0)
        var (bx, by) = (0.0, 1.0)
        cairo_user_to_device_distance(cr, &ax, &ay)
        cairo_user_to_device_distance(cr, &bx, &by)
        return max(hypot(ax, ay), hypot(bx, by))
    }
}
