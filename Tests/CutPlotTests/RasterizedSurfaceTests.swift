import CutPlot
import Foundation
import Testing

// Fine surfaces draw their quads as one image inside SVG and PDF output, as fine heatmaps do;
// the box, ticks and labels stay vector. (Helpers in RasterizedScatterTests.swift.)

/// A loss-surface-like bowl on an `n` × `n` grid.
private func surface(_ n: Int) -> Figure {
    Figure(
        SurfacePlot(
            Grid2D.sampling(
                { x, y in x * x + 0.5 * y * y + 0.3 * sin(4 * x) }, x: -2...2, y: -2...2,
                nx: n, ny: n),
            xLabel: "cut 1", yLabel: "cut 2", zLabel: "loss"))
}

@Test func aFineSurfaceIsOneImageWithVectorAxes() throws {
    let threshold = Rasterization.automaticSurfaceThreshold
    #expect(threshold == 1000)
    // 50 × 50 points are 2,401 quads: one image, and the tick labels still text.
    let fine = try surface(50).svgData()
    #expect(occurrences("<image", in: fine) == 1)
    #expect(try pdfImages(surface(50).pdfData()).count == 1)
    // 31 × 31 points are 900 quads: polygons, no image.
    let coarse = try surface(31).svgData()
    #expect(occurrences("<image", in: coarse) == 0)
    #expect(try pdfImages(surface(31).pdfData()).isEmpty)
    // Measured on the workshop's 50 × 50 surfaces: 0.89 MB of SVG as polygons.
    #expect(fine.count < 400_000, "\(fine.count) bytes")
}

@Test func aRasterisedSurfaceLooksLikeItsPNG() throws {
    let figure = surface(50)
    let pdf = try pdfPixels(figure.pdfData(), dpi: 144)
    let png = try RasterImage(pngData: figure.pngData())
    let difference = meanDifference(pdf, png)
    #expect(difference < 0.01, "\(difference)")
    // The comparison can fail: the same image three pixels off differs clearly more.
    #expect(meanDifference(pdf, png, shift: 3) > 2 * difference)
}
