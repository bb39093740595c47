import CCairo
import CutPlot
import Foundation
import Testing

private func tiltedPlane() -> SurfacePlot {
    let grid = Grid2D.sampling({ x, _ in x }, x: 0...1, y: 0...1, nx: 10, ny: 10)
    return SurfacePlot(
        grid, colormap: .coolwarm, title: "plane", xLabel: "x", yLabel: "y", zLabel: "z")
}

@Test func surfaceDrawsColormapColoursInsideItsCell() throws {
    let image = try RasterImage(pngData: Figure(tiltedPlane()).pngData())
    // Somewhere the low (blue) and the high (red) ends of coolwarm must show.
    var sawBlue = false
    var sawRed = false
    for row in stride(from: 0, to: image.height, by: 3) {
        for column in stride(from: 0, to: image.width, by: 3) {
            let c = image[column, row]
            if c.blue > 0.7 && c.red < 0.35 { sawBlue = true }
            if c.red > 0.65 && c.blue < 0.3 && c.green < 0.3 { sawRed = true }
        }
    }
    #expect(sawBlue && sawRed)
}

@Test func surfaceWithNonFiniteCellsWarnsAndStillDraws() throws {
    var values = Grid2D.sampling({ x, y in x * y }, x: 0...1, y: 0...1, nx: 8, ny: 8).values
    values[3][3] = .nan
    let grid = try Grid2D(
        x: (0..<8).map { Double($0) / 7 }, y: (0..<8).map { Double($0) / 7 }, values: values)
    let figure = Figure(SurfacePlot(grid))
    #expect(figure.warnings.count == 1)
    #expect(figure.warnings[0].message.contains("1 non-finite value"))
    _ = try figure.pdfData()
}

@Test func surfacePDFIsVector() throws {
    let pdf = String(decoding: try Figure(tiltedPlane()).pdfData(), as: UTF8.self)
    #expect(!pdf.contains("/Subtype /Image"))
}

@Test func figuresDrawIntoAnOutsideCairoContext() throws {
    // A PDF book draws figures straight into its own page: two figures on one page.
    final class Sink {
        var data = Data()
    }
    let sink = Sink()
    let write: cairo_write_func_t = { closure, bytes, length in
        let s = Unmanaged<Sink>.fromOpaque(closure!).takeUnretainedValue()
        s.data.append(bytes!, count: Int(length))
        return CAIRO_STATUS_SUCCESS
    }
    let surface = cairo_pdf_surface_create_for_stream(
        write, Unmanaged.passUnretained(sink).toOpaque(), 595, 842)
    let cr = cairo_create(surface)!
    do {
        let context = CairoContext(retaining: cr)
        var axes = Axes(title: "first")
        axes.add(Line(y: [1.0, 3, 2]))
        cairo_translate(cr, 50, 50)
        try Figure(axes).draw(into: context, width: 495, height: 300)
        cairo_translate(cr, 0, 350)
        try Figure(tiltedPlane()).draw(into: context, width: 495, height: 350)
    }
    cairo_destroy(cr)
    cairo_surface_finish(surface)
    #expect(cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS)
    cairo_surface_destroy(surface)
    let text = String(decoding: sink.data, as: UTF8.self)
    #expect(text.hasPrefix("%PDF"))
    #expect(text.components(separatedBy: "/Type /Page\n").count - 1 <= 1)
    #expect(!text.contains("/Subtype /Image"))
}
