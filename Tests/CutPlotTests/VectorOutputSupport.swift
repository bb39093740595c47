import CCairo
import CutPlot
import Foundation
import Testing

// Figures and tools shared by the tests of vector output (SVG, PDF, outside contexts).

/// An 80,000-point, two-class translucent scatter like the workshop's classification plots;
/// `rasterized` is handed to the scatter.
func bigScatter(rasterized: Bool? = nil) -> Figure {
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
            size: 2, alpha: 0.5, rasterized: rasterized))
    return Figure(axes)
}

/// Runs a tool of the machine on a file written from `data` (its path after `arguments`, then
/// `trailing`); returns its exit code and output.
func run(
    _ tool: String, _ arguments: [String], on data: Data, suffix: String,
    then trailing: [String] = []
) throws -> (status: Int32, output: String) {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
        "cutplot-\(tool)-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)\(suffix)"
    )
    try data.write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [tool] + arguments + [url.path] + trailing
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let output = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: output, as: UTF8.self))
}

/// Renders a figure into a PDF the way the book does: its own surface, `draw(into:)`.
func pdfThroughOutsideContext(_ figure: Figure) throws -> Data {
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
