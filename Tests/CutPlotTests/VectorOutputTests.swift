import CCairo
import CutPlot
import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

private func heatmapFigure() -> Figure {
    var axes = Axes(title: "heat")
    let heatmap = Heatmap(
        Grid2D.sampling({ x, y in x * x + y }, x: -1...1, y: -1...1, nx: 40, ny: 30))
    axes.add(heatmap)
    axes.colorbar = heatmap.colorbar(label: "value")
    return Figure(axes)
}

@Test func bigScatterPDFPassesQPDFWithoutWarnings() throws {
    // Dense scatters are rasterised by default now; `rasterized: false` keeps the vector
    // markers, whose PDF must stay sound and small too.
    for figure in [bigScatter(rasterized: false), bigScatter()] {
        for pdf in [try figure.pdfData(), try pdfThroughOutsideContext(figure)] {
            let check = try run("qpdf", ["--check"], on: pdf, suffix: ".pdf")
            #expect(check.status == 0)
            #expect(!check.output.contains("WARNING"))
            #expect(!check.output.contains("duplicated key"))
            // 80,000 discs as round-capped dots: well under 2 MB (the stamps made 20 MB files).
            #expect(pdf.count < 2_000_000, "\(pdf.count) bytes")
        }
    }
    let vector = try bigScatter(rasterized: false).pdfData()
    #expect(!String(decoding: vector, as: UTF8.self).contains("/Subtype /Image"))
}

@Test func bigScatterSVGParses() throws {
    for figure in [bigScatter(rasterized: false), bigScatter()] {
        let svg = try figure.svgData()
        // Handed over in chunks: libxml2 refuses a single chunk of more than 10 MB.
        let parser = XMLParser(stream: InputStream(data: svg))
        #expect(parser.parse(), "\(String(describing: parser.parserError)), \(svg.count) bytes")
    }
}

@Test func heatmapAndColorbarPDFsHoldNoRasterImage() throws {
    let figure = heatmapFigure()
    for pdf in [try figure.pdfData(), try pdfThroughOutsideContext(figure)] {
        let list = try run("pdfimages", ["-list"], on: pdf, suffix: ".pdf")
        #expect(list.status == 0)
        let rows = list.output.split(separator: "\n").dropFirst(2)
        #expect(rows.isEmpty, "pdfimages found: \(rows.joined(separator: "; "))")
    }
    let svg = String(decoding: try figure.svgData(), as: UTF8.self)
    #expect(!svg.contains("<image"))
}

/// Draws a figure into an outside context on an image surface (the vector drawing path, since
/// an outside context is always treated as vector) and returns its pixels.
private func pixelsThroughOutsideContext(_ figure: Figure, width: Int32, height: Int32) throws
    -> RasterImage
{
    let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, width, height)!
    defer { cairo_surface_destroy(surface) }
    let cr = cairo_create(surface)!
    do {
        let context = CairoContext(retaining: cr)
        try figure.draw(into: context, width: Double(width), height: Double(height))
    }
    cairo_destroy(cr)
    let sink = NSMutableData()
    let write: cairo_write_func_t = { closure, bytes, length in
        Unmanaged<NSMutableData>.fromOpaque(closure!).takeUnretainedValue().append(
            bytes!, length: Int(length))
        return CAIRO_STATUS_SUCCESS
    }
    #expect(
        cairo_surface_write_to_png_stream(surface, write, Unmanaged.passUnretained(sink).toOpaque())
            == CAIRO_STATUS_SUCCESS)
    return try RasterImage(pngData: sink as Data)
}

@Test func translucentVectorMarkersAccumulateWhereTheyOverlap() throws {
    // 40 markers of alpha 0.1 on one spot: painted one by one they reach 1 - 0.9^40 ≈ 0.99;
    // a single combined path would leave them at 0.1.
    var axes = Axes()
    axes.x.limits = 0...2
    axes.y.limits = 0...2
    axes.add(
        Scatter(
            x: [Double](repeating: 1, count: 40), y: [Double](repeating: 1, count: 40),
            color: .red, size: 12, alpha: 0.1))
    let image = try pixelsThroughOutsideContext(Figure(axes), width: 400, height: 300)
    var reddest = 1.0
    for row in 0..<image.height {
        for column in 0..<image.width {
            let c = image[column, row]
            if c.red > 0.9 { reddest = min(reddest, c.green) }
        }
    }
    #expect(reddest < 0.1)
}

@Test func drawingIntoAnOutsideContextLeavesItsStateAsFound() throws {
    let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 300, 200)!
    defer { cairo_surface_destroy(surface) }
    let cr = cairo_create(surface)!
    defer { cairo_destroy(cr) }
    cairo_translate(cr, 12, 7)
    cairo_set_line_width(cr, 3.5)
    cairo_set_source_rgba(cr, 0.1, 0.2, 0.3, 0.4)
    cairo_move_to(cr, 5, 6)
    cairo_line_to(cr, 20, 30)
    var before = cairo_matrix_t()
    cairo_get_matrix(cr, &before)
    try heatmapFigure().draw(into: CairoContext(retaining: cr), width: 250, height: 150)
    var after = cairo_matrix_t()
    cairo_get_matrix(cr, &after)
    #expect(after.x0 == before.x0 && after.y0 == before.y0 && after.xx == before.xx)
    #expect(cairo_get_line_width(cr) == 3.5)
    var (r, g, b, a) = (0.0, 0.0, 0.0, 0.0)
    cairo_pattern_get_rgba(cairo_get_source(cr), &r, &g, &b, &a)
    #expect(r == 0.1 && g == 0.2 && b == 0.3 && a == 0.4)
    #expect(cairo_has_current_point(cr) != 0)
    var (x, y) = (0.0, 0.0)
    cairo_get_current_point(cr, &x, &y)
    #expect(x == 20 && y == 30)
    #expect(cairo_status(cr) == CAIRO_STATUS_SUCCESS)
}
