import CCairo
import CutPlot
import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// An 80,000-point, two-class translucent scatter like the workshop's classification plots.
private func bigScatter() -> Figure {
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    func uniform() -> Double {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Double(state >> 11) / Double(1 << 53)
    }
    func gaussian() -> Double {
        sqrt(-2 * log(max(uniform(), 1e-300))) * cos(2 * Double.pi * uniform())
    }
    let n = 80_000
    let x = (0..<n).map { _ in gaussian() }
    let y = (0..<n).map { _ in gaussian() }
    let classes = zip(x, y).map { $0 * $0 + $1 * $1 < 1 ? 0 : 1 }
    var axes = Axes(title: "80k", xLabel: "$x_1$", yLabel: "$x_2$")
    axes.add(
        Scatter(
            x: x, y: y, classes: classes, palette: [.green, .red], classLabels: ["in", "out"],
            size: 2, alpha: 0.5))
    return Figure(axes)
}

private func heatmapFigure() -> Figure {
    var axes = Axes(title: "heat")
    let heatmap = Heatmap(
        Grid2D.sampling({ x, y in x * x + y }, x: -1...1, y: -1...1, nx: 40, ny: 30))
    axes.add(heatmap)
    axes.colorbar = heatmap.colorbar(label: "value")
    return Figure(axes)
}

/// Runs a tool of the machine on a file written from `data`; returns its exit code and output.
private func run(_ tool: String, _ arguments: [String], on data: Data, suffix: String) throws
    -> (status: Int32, output: String)
{
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
        "cutplot-\(tool)-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)\(suffix)"
    )
    try data.write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [tool] + arguments + [url.path]
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let output = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: output, as: UTF8.self))
}

/// Renders a figure into a PDF the way the book does: its own surface, `draw(into:)`.
private func pdfThroughOutsideContext(_ figure: Figure) throws -> Data {
    final class Sink {
        var data = Data()
    }
    let sink = Sink()
    let write: cairo_write_func_t = { closure, bytes, length in
        Unmanaged<Sink>.fromOpaque(closure!).takeUnretainedValue().data.append(
            bytes!, count: Int(length))
        return CAIRO_STATUS_SUCCESS
    }
    let surface = cairo_pdf_surface_create_for_stream(
        write, Unmanaged.passUnretained(sink).toOpaque(), 595, 842)
    let cr = cairo_create(surface)!
    do {
        let context = CairoContext(retaining: cr)
        cairo_translate(cr, 40, 60)
        try figure.draw(into: context, width: 500, height: 350)
    }
    cairo_destroy(cr)
    cairo_surface_finish(surface)
    #expect(cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS)
    cairo_surface_destroy(surface)
    return sink.data
}

@Test func bigScatterPDFPassesQPDFWithoutWarnings() throws {
    let figure = bigScatter()
    for pdf in [try figure.pdfData(), try pdfThroughOutsideContext(figure)] {
        let check = try run("qpdf", ["--check"], on: pdf, suffix: ".pdf")
        #expect(check.status == 0)
        #expect(!check.output.contains("WARNING"))
        #expect(!check.output.contains("duplicated key"))
        // 80,000 discs as round-capped dots: well under 2 MB (the stamps made 20 MB files).
        #expect(pdf.count < 2_000_000, "\(pdf.count) bytes")
        #expect(!String(decoding: pdf, as: UTF8.self).contains("/Subtype /Image"))
    }
}

@Test func bigScatterSVGParses() throws {
    let svg = try bigScatter().svgData()
    // Handed over in chunks: libxml2 refuses a single chunk of more than 10 MB.
    let parser = XMLParser(stream: InputStream(data: svg))
    #expect(parser.parse(), "\(String(describing: parser.parserError)), \(svg.count) bytes")
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
