import CutPlot
import Foundation
import Testing

@Test func nonFiniteValuesAreSkippedAndCounted() throws {
    var axes = Axes()
    axes.add(Line(x: [0.0, 1, 2, 3, 4], y: [1.0, .nan, 2, .infinity, 3], label: "loss"))
    let figure = Figure(axes)
    #expect(figure.warnings.count == 1)
    let warning = try #require(figure.warnings.first)
    #expect(warning.series == "loss")
    #expect(warning.message.contains("skipped 2 non-finite values"))
    _ = try figure.pngData()
}

@Test func nonPositiveValuesOnALogAxisAreDropped() throws {
    var axes = Axes()
    axes.y.scale = .log
    axes.add(Line(x: [0.0, 1, 2, 3], y: [1.0, 0, -5, 100]))
    let figure = Figure(axes)
    #expect(
        figure.warnings.map(\.message) == [
            "dropped 2 non-positive values on the logarithmic y axis"
        ])
    _ = try figure.pngData()
}

@Test func emptySeriesGiveEmptyLabelledAxes() throws {
    var axes = Axes(title: "Nothing yet", xLabel: "epoch", yLabel: "loss")
    axes.add(Line(x: [Double](), y: []))
    axes.add(Histogram(values: [Double]()))
    let figure = Figure(axes)
    #expect(figure.warnings.count == 2)
    #expect(figure.warnings.allSatisfy { $0.message == "has no data to draw" })
    let layout = try #require(try figure.layout().first)
    #expect(layout.plotArea.width > 200)
    // The labels are there: the SVG holds glyphs for title and axis labels.
    let svg = String(decoding: try figure.svgData(), as: UTF8.self)
    #expect(svg.contains("<use"))
}

@Test func mismatchedLengthsAreReported() {
    var axes = Axes()
    axes.add(Line(x: [0.0, 1, 2], y: [1.0, 2]))
    #expect(Figure(axes).warnings.first?.message.contains("only the first 2 pairs") == true)
    #expect(throws: PlotError.self) {
        try Histogram(edges: [0, 1], counts: [1, 2])
    }
}

@Test func histogramSkipsNonFiniteValues() {
    var axes = Axes()
    axes.add(Histogram(values: [1.0, 2, .nan, 3, -.infinity], bins: 3, label: "signal"))
    #expect(
        Figure(axes).warnings.map(\.description) == [
            "panel 1, signal: skipped 2 non-finite values (NaN or infinite)"
        ])
}

@Test func legendAvoidsTheData() throws {
    var axes = Axes()
    // Data crowd the upper right: the legend must go elsewhere.
    let x = (0..<200).map { 5 + Double($0) / 40 }
    axes.add(Scatter(x: x + [0, 10], y: x.map { 10 - ($0 - 5) / 5 } + [0, 10], label: "events"))
    let layout = try #require(try Figure(axes).layout().first)
    let legend = try #require(layout.legendArea)
    #expect(legend.x < layout.plotArea.x + layout.plotArea.width / 2)
}

@Test func twinAxesReserveRoomOnTheRight() throws {
    var single = Axes()
    single.add(Line(y: [1.0, 2, 3]))
    var twin = single
    twin.y2.label = "cut"
    twin.add(Line(y: [300.0, 200, 100]), on: .right)
    let a = try #require(try Figure(single).layout().first).plotArea
    let b = try #require(try Figure(twin).layout().first).plotArea
    #expect(b.x + b.width < a.x + a.width - 20)
}

@Test func colorbarTakesRoomOnTheRight() throws {
    let grid = Grid2D.sampling({ $0 + $1 }, x: 0...1, y: 0...1, nx: 5, ny: 5)
    var plain = Axes()
    plain.add(Heatmap(grid))
    var barred = plain
    barred.colorbar = Heatmap(grid).colorbar(label: "value")
    let a = try #require(try Figure(plain).layout().first).plotArea
    let b = try #require(try Figure(barred).layout().first).plotArea
    #expect(b.x + b.width < a.x + a.width - 30)
}

@Test func namedLegendPositionIsHonoured() throws {
    var axes = Axes()
    axes.add(Line(y: [1.0, 2, 3], label: "rising"))
    axes.legend = .lowerRight
    let layout = try #require(try Figure(axes).layout().first)
    let legend = try #require(layout.legendArea)
    #expect(legend.x > layout.plotArea.x + layout.plotArea.width / 2)
    #expect(legend.y > layout.plotArea.y + layout.plotArea.height / 2)
    axes.legend = .hidden
    #expect(try Figure(axes).layout().first?.legendArea == nil)
}

@Test func unusableAxisLimitsAreReportedAndIgnored() throws {
    var axes = Axes()
    axes.y.scale = .log
    axes.y.limits = 0...10
    axes.x.limits = 5...5
    axes.add(Line(x: [1.0, 2, 3], y: [1.0, 10, 100]))
    let figure = Figure(axes)
    let messages = figure.warnings.map(\.description)
    #expect(messages.count == 2)
    #expect(messages.contains { $0.contains("x axis") && $0.contains("empty") })
    #expect(messages.contains { $0.contains("y axis") && $0.contains("logarithmic") })
    _ = try figure.pngData()
}

@Test func negativeHistogramCountsOnALogAxisAreReported() throws {
    var axes = Axes()
    axes.y.scale = .log
    axes.add(try Histogram(edges: [0, 1, 2, 3], counts: [5, -1, 0]))
    #expect(
        Figure(axes).warnings.map(\.message) == [
            "dropped 1 non-positive value on the logarithmic y axis"
        ])
}

@Test func writeAllWritesThreeFormats() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
        "cutplot-all-\(ProcessInfo.processInfo.processIdentifier)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    var axes = Axes()
    axes.add(Line(y: [1.0, 2]))
    let urls = try Figure(axes).writeAll(to: folder, name: "tiny")
    #expect(urls.map(\.lastPathComponent) == ["tiny.png", "tiny.svg", "tiny.pdf"])
    for url in urls { #expect(FileManager.default.fileExists(atPath: url.path)) }
}

private struct HomemadeMark: Mark {}

@Test func marksFromOutsideCutPlotAreReported() {
    var axes = Axes()
    axes.add(HomemadeMark())
    let warning = Figure(axes).warnings.first
    #expect(warning?.series == "HomemadeMark")
    #expect(warning?.message.contains("not drawn") == true)
}

@Test func extremeValuesStillDraw() throws {
    var axes = Axes()
    axes.add(Line(x: [0.0, 1], y: [-1e308, 1e308]))
    axes.add(Line(x: [0.0, 1], y: [Double.greatestFiniteMagnitude, 0]))
    _ = try Figure(axes).pngData()
    var tiny = Axes()
    tiny.add(Line(x: [0.0, 1], y: [1e-300, 2e-300]))
    tiny.y.scale = .log
    _ = try Figure(tiny).svgData()
}
