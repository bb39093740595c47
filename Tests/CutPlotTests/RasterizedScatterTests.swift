import CutPlot
import Foundation
import Testing

// Dense scatters are drawn as one image inside SVG and PDF output; everything else stays vector.

/// The images `pdfimages -list` finds, without their soft masks: (width, height, x-ppi).
func pdfImages(_ pdf: Data) throws -> [(width: Int, height: Int, ppi: Int)] {
    let list = try run("pdfimages", ["-list"], on: pdf, suffix: ".pdf")
    #expect(list.status == 0)
    return list.output.split(separator: "\n").dropFirst(2).compactMap { row in
        let columns = row.split(separator: " ")
        guard columns.count > 12, columns[2] == "image" else { return nil }
        return (Int(columns[3]) ?? 0, Int(columns[4]) ?? 0, Int(columns[12]) ?? 0)
    }
}

/// How often `needle` occurs in the SVG.
func occurrences(_ needle: String, in svg: Data) -> Int {
    String(decoding: svg, as: UTF8.self).components(separatedBy: needle).count - 1
}

/// A one-colour scatter of `count` points spread over a grid.
private func scatter(count: Int, rasterized: Bool? = nil) -> Figure {
    var axes = Axes(title: "spread", xLabel: "x", yLabel: "y")
    axes.add(
        Scatter(
            x: (0..<count).map { Double($0 % 97) }, y: (0..<count).map { Double($0 % 89) },
            label: "points", size: 3, alpha: 0.5, rasterized: rasterized))
    return Figure(axes)
}

@Test func denseScatterPDFIsSmallAndHoldsOneImageAtPNGDensity() throws {
    let figure = bigScatter()
    for pdf in [try figure.pdfData(), try pdfThroughOutsideContext(figure)] {
        // As vector dots the 80,000 markers make 818 kB (858 kB drawn into a page); as an
        // image 138 kB (156 kB).
        #expect(pdf.count < 300_000, "\(pdf.count) bytes")
        let images = try pdfImages(pdf)
        #expect(images.count == 1, "\(images)")
        // 144 dpi on the page, whether the figure is its own PDF or drawn into a book page at
        // another scale; the image spans the plot, most of the figure's width.
        #expect(images.allSatisfy { $0.ppi == 144 }, "\(images)")
        #expect(images.allSatisfy { $0.width > 400 && $0.height > 300 }, "\(images)")
    }
}

@Test func denseScatterSVGIsSmallAndHoldsOneImage() throws {
    let svg = try bigScatter().svgData()
    // As vector dots the 80,000 markers make 3.8 MB; as an image 264 kB.
    #expect(svg.count < 500_000, "\(svg.count) bytes")
    #expect(occurrences("<image", in: svg) == 1)
    #expect(occurrences("data:image/png;base64,", in: svg) == 1)
}

@Test func textAroundARasterisedScatterStaysText() throws {
    let figure = bigScatter()
    let pdf = try figure.pdfData()
    let fonts = try run("pdffonts", [], on: pdf, suffix: ".pdf")
    let fontRows = fonts.output.split(separator: "\n").dropFirst(2)
    #expect(!fontRows.isEmpty)
    let text = try run("pdftotext", ["-q"], on: pdf, suffix: ".pdf", then: ["-"])
    #expect(text.output.contains("80k"), "\(text.output)")
    #expect(text.output.contains("out"), "\(text.output)")
    // Glyphs in the SVG are symbols placed by <use>, as for any figure.
    let svg = try figure.svgData()
    #expect(occurrences("<symbol", in: svg) > 5)
    #expect(occurrences("<use", in: svg) > 5)
}

@Test func sparseScatterStaysVector() throws {
    let figure = scatter(count: 500)
    #expect(try pdfImages(figure.pdfData()).isEmpty)
    #expect(try pdfImages(pdfThroughOutsideContext(figure)).isEmpty)
    #expect(occurrences("<image", in: try figure.svgData()) == 0)
}

@Test func theAutomaticRuleCountsPoints() throws {
    let limit = Rasterization.automaticScatterThreshold
    #expect(try pdfImages(scatter(count: limit).pdfData()).isEmpty)
    #expect(try pdfImages(scatter(count: limit + 1).pdfData()).count == 1)
}

@Test func aScatterCanAskForEitherWay() throws {
    #expect(try pdfImages(scatter(count: 50, rasterized: true).pdfData()).count == 1)
    #expect(occurrences("<image", in: try scatter(count: 50, rasterized: true).svgData()) == 1)
    #expect(try pdfImages(bigScatter(rasterized: false).pdfData()).isEmpty)
    #expect(occurrences("<image", in: try bigScatter(rasterized: false).svgData()) == 0)
}

@Test func pngIsTheSameWhetherOrNotTheScatterIsRasterised() throws {
    #expect(try scatter(count: 50, rasterized: true).pngData() == scatter(count: 50).pngData())
    #expect(try bigScatter(rasterized: false).pngData() == bigScatter().pngData())
}

@Test func rasterisedScattersRerenderByteIdentically() throws {
    let figure = bigScatter()
    #expect(try figure.svgData() == figure.svgData())
    #expect(try figure.pdfData() == figure.pdfData())
}

/// The first page of a PDF as pixels at `dpi`.
func pdfPixels(_ pdf: Data, dpi: Int) throws -> RasterImage {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
        "cutplot-pages-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let page = folder.appendingPathComponent("page")
    let result = try run(
        "pdftoppm", ["-png", "-r", "\(dpi)", "-singlefile", "-f", "1", "-l", "1"], on: pdf,
        suffix: ".pdf", then: [page.path])
    #expect(result.status == 0, "\(result.output)")
    return try RasterImage(pngData: Data(contentsOf: page.appendingPathExtension("png")))
}

/// The mean difference of two images over all channels (0…1) where both have pixels, with `b`
/// read `shift` pixels to the right. (pdftoppm rounds a page's pixel size up, the PNG to the
/// nearest: they may differ by one row.)
func meanDifference(_ a: RasterImage, _ b: RasterImage, shift: Int = 0) -> Double {
    #expect(abs(a.width - b.width) <= 1 && abs(a.height - b.height) <= 1)
    let (width, height) = (min(a.width, b.width) - shift, min(a.height, b.height))
    var total = 0.0
    for row in 0..<height {
        for column in 0..<width {
            let (p, q) = (a[column, row], b[column + shift, row])
            total += abs(p.red - q.red) + abs(p.green - q.green) + abs(p.blue - q.blue)
        }
    }
    return total / Double(3 * height * width)
}

@Test func aRasterisedPDFLooksLikeThePNGAndTheVectorPDF() throws {
    let figure = bigScatter()
    let png = try RasterImage(pngData: figure.pngData())
    let rasterised = try pdfPixels(figure.pdfData(), dpi: 144)
    let vector = try pdfPixels(bigScatter(rasterized: false).pdfData(), dpi: 144)
    // Measured with poppler 22: 0.015 against the PNG (the vector PDF: 0.008, text and lines
    // included), 0.009 against the vector PDF, and 0.044 for the PNG three pixels off.
    let againstPNG = meanDifference(rasterised, png)
    #expect(againstPNG < 0.025)
    #expect(meanDifference(rasterised, vector) < 0.02)
    #expect(meanDifference(rasterised, png, shift: 3) > 2 * againstPNG)
}
