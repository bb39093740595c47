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
