import CutPlot
import Testing

@Test func mathMarkupBecomesPlainUnicode() {
    #expect(Label.plainText("$S/\\sqrt{B}$") == "S/√B")
    #expect(Label.plainText("$\\delta$erf") == "δerf")
    #expect(Label.plainText("$x_{1}^{2}$") == "x₁²")
    #expect(Label.plainText("$a \\times b \\pm c \\rightarrow d \\leq e$") == "a×b±c→d≤e")
    #expect(Label.plainText("cost \\$5") == "cost \\$5")
    #expect(Label.plainText("price $5") == "price $5")
}

@Test func superscriptsAreRaisedAndSmaller() throws {
    let plain = try Label.measure("x2")
    let raised = try Label.measure("$x^{2}$")
    #expect(raised.ascent > plain.ascent)
    #expect(raised.width < plain.width)
    let lowered = try Label.measure("$x_{2}$")
    #expect(lowered.descent > plain.descent)
}

@Test func radicalAddsItsSignAndBar() throws {
    let b = try Label.measure("$B$")
    let root = try Label.measure("$\\sqrt{B}$")
    #expect(root.width > b.width + 4)
    #expect(root.ascent > b.ascent)
}

@Test func greekLettersAreSingleGlyphs() throws {
    let delta = try Label.measure("$\\delta$")
    let word = try Label.measure("delta")
    #expect(delta.width < word.width / 2)
}

@Test func altTextDescribesTheFigure() {
    var axes = Axes(title: "Scan", xLabel: "cut", yLabel: "$S/\\sqrt{B}$")
    axes.add(Line(y: [1.0, 2], label: "hard"))
    axes.add(ReferenceLine(x: 1))
    #expect(
        Figure(axes).altText == "Scan: S/√B against cut; shows line “hard”, vertical line.")
}

@Test func fixedTicksAreUsedWithinTheLimits() throws {
    var axes = Axes()
    axes.x.ticks = [0, 1, 2, 3, 50]
    axes.x.limits = 0...3
    axes.add(Line(x: [0.0, 3], y: [0.0, 1]))
    let figure = Figure(axes)
    #expect(figure.warnings.isEmpty)
    let plot = try #require(try figure.layout().first).plotArea
    let image = try RasterImage(pngData: figure.pngData())
    let row = Int((plot.y + plot.height + 2) * 2)
    func dark(atX x: Double) -> Bool {
        let column = Int((plot.x + plot.width * x / 3) * 2)
        return (column - 1...column + 1).contains { image[$0, row].red < 0.5 }
    }
    #expect(dark(atX: 1) && dark(atX: 2))
    #expect(!dark(atX: 1.5) && !dark(atX: 2.5))
}

@Test func fractionsStackNumeratorOverDenominator() throws {
    #expect(Label.plainText("$\\frac{\\partial L}{\\partial c}$") == "(∂L)/(∂c)")
    #expect(Label.plainText("$\\frac{1}{2}$") == "1/2")
    let stacked = try Label.measure("$\\frac{a}{b}$")
    let inline = try Label.measure("$a/b$")
    #expect(stacked.width < inline.width)
    #expect(stacked.ascent + stacked.descent > inline.ascent + inline.descent)
}

@Test func mathThatDoesNotParseStaysAsWritten() {
    #expect(Label.plainText("$\\foo x$") == "$\\foo x$")
    #expect(Label.plainText("$\\left( x \\right)$") == "(x)")
}
