import CCairo
import Foundation

/// The fixed creation date written into PDFs, so that the same figure gives the same bytes.
let fixedCreationDate = "2000-01-01T00:00:00Z"

extension Figure {
    /// The figure as PNG bytes, `pixelsPerPoint` pixels per point (2 by default).
    /// - Throws: `PlotError.cairo` when Cairo fails.
    public func pngData() throws -> Data {
        let w = Int32((width * pixelsPerPoint).rounded())
        let h = Int32((height * pixelsPerPoint).rounded())
        let surface = try CairoSurface(
            owning: cairo_image_surface_create(CAIRO_FORMAT_ARGB32, w, h),
            operation: "creating a PNG image")
        let context = try CairoContext(surface: surface)
        // The pixel grid rounds the figure's size up, so the figure's white background would
        // leave the last column or row half transparent: the whole image is white first, so
        // that every pixel is opaque and the PNG needs no alpha channel.
        cairo_set_source_rgb(context.handle, 1, 1, 1)
        cairo_paint(context.handle)
        cairo_scale(context.handle, pixelsPerPoint, pixelsPerPoint)
        let canvas = CairoCanvas(context: context, isRaster: true)
        draw(on: canvas)
        if let failure = canvas.failures.first { throw failure }
        try context.check("drawing the PNG")
        let image = PNGEncoder.pixels(of: surface.handle)
        return try PNGEncoder.encode(
            width: image.width, height: image.height, pixels: image.pixels,
            palette: Palette(pixels: image.pixels))
    }

    /// The figure as SVG bytes (sizes in points, text as embedded glyph outlines). Give an
    /// `idPrefix` (e.g. `"fig3-"`) when several SVGs are inlined in one HTML page, so that
    /// their element ids cannot collide.
    /// - Throws: `PlotError.cairo` when Cairo fails.
    public func svgData(idPrefix: String? = nil) throws -> Data {
        let written = try streamedData(operation: "creating an SVG surface") { sink in
            cairo_svg_surface_create_for_stream(ByteSink.write, sink.opaque, width, height)
        } prepare: { surface in
            cairo_svg_surface_restrict_to_version(surface.handle, CAIRO_SVG_VERSION_1_1)
        }
        let svg = SVGNormaliser.normalise(written)
        guard let idPrefix else { return svg }
        return SVGNormaliser.prefixIDs(svg, with: idPrefix)
    }

    /// The figure as a one-page PDF (vector paths, fonts embedded, fixed creation date).
    /// - Throws: `PlotError.cairo` when Cairo fails.
    public func pdfData() throws -> Data {
        try streamedData(operation: "creating a PDF surface") { sink in
            cairo_pdf_surface_create_for_stream(ByteSink.write, sink.opaque, width, height)
        } prepare: { surface in
            cairo_pdf_surface_set_metadata(
                surface.handle, CAIRO_PDF_METADATA_CREATE_DATE, fixedCreationDate)
            cairo_pdf_surface_set_metadata(
                surface.handle, CAIRO_PDF_METADATA_CREATOR, "CutPlot \(CutPlot.version)")
            if let title {
                cairo_pdf_surface_set_metadata(surface.handle, CAIRO_PDF_METADATA_TITLE, title)
            }
        }
    }

    /// The figure drawn on a vector surface that writes into a byte sink: `create` makes the
    /// surface over the sink, `prepare` sets it up before drawing. The sink must outlive the
    /// surface, which writes into it when it is destroyed (also when drawing throws before the
    /// surface is finished).
    private func streamedData(
        operation: String, surface create: (ByteSink) -> OpaquePointer,
        prepare: (CairoSurface) -> Void
    ) throws -> Data {
        let sink = ByteSink()
        try withExtendedLifetime(sink) {
            let surface = try CairoSurface(owning: create(sink), operation: operation)
            prepare(surface)
            try render(on: surface)
        }
        return sink.data
    }

    private func render(on surface: CairoSurface) throws {
        do {
            let context = try CairoContext(surface: surface)
            let canvas = CairoCanvas(context: context, isRaster: false)
            draw(on: canvas)
            if let failure = canvas.failures.first { throw failure }
            try context.check("drawing the figure")
        }
        try surface.finish()
    }

    /// Writes the figure as PNG.
    /// - Throws: `PlotError.cairo` or `PlotError.cannotWrite`.
    public func write(png url: URL) throws { try save(pngData(), to: url) }
    /// Writes the figure as SVG.
    /// - Throws: `PlotError.cairo` or `PlotError.cannotWrite`.
    public func write(svg url: URL) throws { try save(svgData(), to: url) }
    /// Writes the figure as PDF.
    /// - Throws: `PlotError.cairo` or `PlotError.cannotWrite`.
    public func write(pdf url: URL) throws { try save(pdfData(), to: url) }

    private func save(_ data: Data, to url: URL) throws {
        do {
            try data.write(to: url)
        } catch {
            throw PlotError.cannotWrite(path: url.path, reason: error.localizedDescription)
        }
    }

    /// Writes `name.png`, `name.svg` and `name.pdf` into `directory` and returns their URLs.
    /// - Throws: `PlotError.cairo` or `PlotError.cannotWrite`.
    @discardableResult
    public func writeAll(to directory: URL, name: String) throws -> [URL] {
        let png = directory.appendingPathComponent(name + ".png")
        let svg = directory.appendingPathComponent(name + ".svg")
        let pdf = directory.appendingPathComponent(name + ".pdf")
        try write(png: png)
        try write(svg: svg)
        try write(pdf: pdf)
        return [png, svg, pdf]
    }
}
