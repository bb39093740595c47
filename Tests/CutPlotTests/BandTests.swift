import CutPlot
import Foundation
import Testing

/// `Band`: the filled spread between two curves (a sweep's mean ± std), and the values it
/// cannot draw.
@Suite struct BandTests {
    @Test func theBandIsFilledAndListed() throws {
        var axes = Axes()
        axes.add(Band(x: [1.0, 2, 3], low: [-5.0, 0, 1], high: [10.0, 4, 3], label: "± std"))
        axes.add(Line(x: [1.0, 2, 3], y: [2.0, 2, 2], label: "mean"))
        let figure = Figure(axes)
        #expect(figure.warnings.isEmpty)
        let svg = String(decoding: try figure.svgData(), as: UTF8.self)
        // Filled at a quarter opacity (Cairo writes the alpha of the fill).
        #expect(svg.contains("fill-opacity:0.25") || svg.contains("fill-opacity=\"0.25\""))
        #expect(figure.altText.contains("band “± std”, line “mean”"), "\(figure.altText)")
    }

    @Test func nonFiniteBoundsAreSkippedAndCounted() throws {
        var axes = Axes()
        axes.add(
            Band(
                x: [1.0, 2, 3, 4], low: [0.0, .nan, 1, 1], high: [1.0, 2, 3, 3], label: "spread"))
        let figure = Figure(axes)
        let warning = try #require(figure.warnings.first)
        #expect(warning.series == "spread")
        #expect(warning.message.contains("skipped 1 non-finite value"))
        _ = try figure.pngData()
    }
}
