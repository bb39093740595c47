import CutPlot
import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// A line plot with fixed limits 0…4 and a red vertical line at x = 2.
private func redLineFigure() -> Figure {
    var axes = Axes(title: "Probe", xLabel: "$x$", yLabel: "$y$")
    axes.x.limits = 0...4
    axes.y.limits = 0...1
    axes.add(ReferenceLine(x: 2, color: .red, width: 1))
    return Figure(axes)
}

private func lineFigure() -> Figure {
    var axes = Axes(title: "$S/\\sqrt{B}$ scan", xLabel: "cut", yLabel: "$S/\\sqrt{B}$")
    let x = (0..<100).map { Double($0) / 10 - 5 }
    axes.add(Line(x: x, y: x.map { exp(-$0 * $0) }, label: "erf"))
    axes.add(Line(x: x, y: x.map { 0.5 * exp(-$0 * $0 / 4) }, label: "sigmoid", style: .dashed))
    axes.add(ReferenceLine(y: 0, style: .dotted))
    return Figure(axes)
}

@Test func redVerticalLineLandsOnTheExpectedPixelColumn() throws {
    let figure = redLineFigure()
    let plot = try #require(try figure.layout().first).plotArea
    let image = try RasterImage(pngData: figure.pngData())
    #expect(image.width == 922 && image.height == 691)
    let expected = (plot.x + plot.width / 2) * 2
    let row = Int((plot.y + plot.height / 2) * 2)
    let redColumns = (0..<image.width).filter { column in
        let c = image[column, row]
        return c.red > 0.9 && c.green < 0.3 && c.blue < 0.3
    }
    #expect(!redColumns.isEmpty)
    for column in redColumns {
        #expect(abs(Double(column) + 0.5 - expected) <= 1.5)
    }
}

@Test func pngIsTwicePointSize() throws {
    var figure = lineFigure()
    figure.width = 300
    figure.height = 200
    let image = try RasterImage(pngData: figure.pngData())
    #expect(image.width == 600 && image.height == 400)
    #expect(image[0, 0] == Color(red: 1, green: 1, blue: 1, alpha: 1))
}

/// Collects element names of an XML document.
private final class ElementCounter: NSObject, XMLParserDelegate {
    var counts: [String: Int] = [:]
    var rootAttributes: [String: String] = [:]

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
        qualifiedName: String?, attributes: [String: String] = [:]
    ) {
        if counts.isEmpty { rootAttributes = attributes }
        counts[name, default: 0] += 1
    }
}

@Test func svgParsesAndHasTheExpectedElements() throws {
    let data = try lineFigure().svgData()
    let parser = XMLParser(data: data)
    let counter = ElementCounter()
    parser.delegate = counter
    #expect(parser.parse())
    #expect(counter.counts["svg"] == 1)
    #expect((counter.counts["path"] ?? 0) > 10)
    #expect((counter.counts["use"] ?? 0) > 10)  // glyphs of the text
    #expect(counter.counts["image"] == nil)
    #expect(counter.rootAttributes["width"] == "460.8pt")
    #expect(counter.rootAttributes["height"] == "345.6pt")
}

private func run(_ tool: String, _ arguments: [String]) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [tool] + arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let output = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "\(tool) failed")
    return String(decoding: output, as: UTF8.self)
}

@Test func linePlotPDFHasOnePageNoImagesAndEmbeddedFonts() throws {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
        "cutplot-line-\(ProcessInfo.processInfo.processIdentifier).pdf")
    defer { try? FileManager.default.removeItem(at: url) }
    try lineFigure().write(pdf: url)
    let info = try run("pdfinfo", [url.path])
    #expect(info.contains("Pages:           1"))
    let images = try run("pdfimages", ["-list", url.path])
    // Only the two header lines: no raster image at all.
    #expect(images.split(separator: "\n").count == 2)
    let fonts = try run("pdffonts", [url.path])
    let fontRows = fonts.split(separator: "\n").dropFirst(2)
    #expect(!fontRows.isEmpty)
    for row in fontRows { #expect(row.contains("yes yes")) }  // embedded, subset
}

@Test func rerendersAreByteIdentical() throws {
    let grid = Grid2D.sampling({ sin($0) * cos($1) }, x: 0...3, y: 0...3, nx: 20, ny: 20)
    var heat = Axes(title: "heat")
    heat.add(Heatmap(grid))
    var scatter = Axes()
    scatter.add(
        Scatter(
            x: (0..<500).map { Double($0 % 37) }, y: (0..<500).map { Double($0 % 23) }, alpha: 0.5))
    for figure in [lineFigure(), Figure(columns: 2, axes: [heat, scatter])] {
        #expect(try figure.pngData() == figure.pngData())
        #expect(try figure.svgData() == figure.svgData())
        #expect(try figure.pdfData() == figure.pdfData())
    }
}

@Test func pdfCarriesAFixedCreationDate() throws {
    let pdf = try lineFigure().pdfData()
    let text = String(decoding: pdf, as: UTF8.self)
    #expect(text.contains("/CreationDate (") && text.contains("20000101000000"))
}

@Test func writingIntoAMissingFolderNamesThePath() {
    let url = URL(fileURLWithPath: "/nonexistent-cutplot-folder/figure.png")
    #expect(throws: PlotError.self) { try lineFigure().write(png: url) }
    do {
        try lineFigure().write(png: url)
    } catch {
        #expect("\(error)".contains("/nonexistent-cutplot-folder/figure.png"))
    }
}

@Test func longTitlesShrinkToStayInsideTheFigure() throws {
    var axes = Axes(
        title: "A very long title that would never fit across a small figure at twelve points")
    axes.add(Line(y: [1.0, 2]))
    var figure = Figure(axes)
    figure.width = 240
    figure.height = 180
    let image = try RasterImage(pngData: figure.pngData())
    // The title's rows: nothing may touch the left or right border.
    for row in 0..<40 {
        for column in [0, 1, 2, image.width - 3, image.width - 2, image.width - 1] {
            #expect(image[column, row] == Color(red: 1, green: 1, blue: 1, alpha: 1))
        }
    }
}

@Test func svgIDsCanBePrefixedForInlining() throws {
    let plain = String(decoding: try lineFigure().svgData(), as: UTF8.self)
    let prefixed = String(decoding: try lineFigure().svgData(idPrefix: "fig7-"), as: UTF8.self)
    #expect(plain.contains("id=\"glyph0-1\""))
    #expect(!prefixed.contains("id=\"glyph0-1\""))
    #expect(prefixed.contains("id=\"fig7-glyph0-1\""))
    #expect(prefixed.contains("href=\"#fig7-glyph0-1\""))
    #expect(!prefixed.contains("href=\"#glyph"))
    #expect(XMLParser(data: Data(prefixed.utf8)).parse())
}
