import CutPlot
import Foundation
import Testing

// Fine heatmaps are drawn as one image inside SVG and PDF output, as dense scatters are; coarse
// ones stay one rectangle per run of equal colour. (Helpers in RasterizedScatterTests.swift.)

/// A heatmap of a smooth function on an `nx` × `ny` grid, with a colour bar.
private func heatmap(nx: Int, ny: Int, rasterized: Bool? = nil) -> Figure {
    var axes = Axes(title: "grid", xLabel: "x", yLabel: "y")
    let cells = Heatmap(
        Grid2D.sampling(
            { x, y in sin(3 * x) * cos(2 * y) + x * y }, x: -2...2, y: -2...2,
            nx: nx, ny: ny),
        rasterized: rasterized)
    axes.add(cells)
    axes.colorbar = cells.colorbar(label: "value")
    return Figure(axes)
}

@Test func aFineHeatmapIsOneImageAndSmall() throws {
    let vector = try heatmap(nx: 101, ny: 101, rasterized: false).svgData()
    let image = try heatmap(nx: 101, ny: 101).svgData()
    #expect(occurrences("<image", in: vector) == 0)
    #expect(occurrences("<image", in: image) == 1)
    // Measured: 1.13 MB of rectangles against 0.10 MB as an image.
    #expect(vector.count > 1_000_000, "\(vector.count) bytes")
    #expect(image.count < vector.count / 4, "\(image.count) against \(vector.count) bytes")
    let pdf = try heatmap(nx: 101, ny: 101).pdfData()
    let images = try pdfImages(pdf)
    #expect(images.count == 1, "\(images)")
    #expect(images.allSatisfy { $0.ppi == 144 }, "\(images)")
    #expect(try pdfImages(heatmap(nx: 101, ny: 101, rasterized: false).pdfData()).isEmpty)
}

@Test func theAutomaticHeatmapRuleCountsCells() throws {
    let limit = Rasterization.automaticHeatmapThreshold
    #expect(limit == 50 * 50)
    #expect(try pdfImages(heatmap(nx: 50, ny: 50).pdfData()).isEmpty)
    #expect(try pdfImages(heatmap(nx: 51, ny: 50).pdfData()).count == 1)
    #expect(try pdfImages(heatmap(nx: 8, ny: 6, rasterized: true).pdfData()).count == 1)
}

@Test func aHeatmapsPNGIsTheSameWhetherOrNotItIsRasterised() throws {
    #expect(
        try heatmap(nx: 101, ny: 101).pngData()
            == heatmap(nx: 101, ny: 101, rasterized: false).pngData())
}

@Test func aRasterisedHeatmapLooksLikeItsVectorPDFAndPNG() throws {
    let figure = heatmap(nx: 101, ny: 101)
    let rasterised = try pdfPixels(figure.pdfData(), dpi: 144)
    let vector = try pdfPixels(heatmap(nx: 101, ny: 101, rasterized: false).pdfData(), dpi: 144)
    let png = try RasterImage(pngData: figure.pngData())
    let againstVector = meanDifference(rasterised, vector)
    #expect(againstVector < 0.01, "\(againstVector)")
    #expect(meanDifference(rasterised, png) < 0.01)
    // The comparison can fail: the same image three pixels off differs clearly more.
    #expect(meanDifference(rasterised, vector, shift: 3) > 2 * againstVector)
}
