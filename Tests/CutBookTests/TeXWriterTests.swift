import CutPlot
import Testing

@testable import CutBook

/// The MathML writer of the shared TeX tree, for the commands plot labels brought into the one
/// symbol table.
@Suite("TeX writers")
struct TeXWriterTests {
    private func body(_ tex: String) throws -> String {
        let math = try MathML.convert(tex, display: false)
        let open = "<math xmlns=\"http://www.w3.org/1998/Math/MathML\" display=\"inline\"><mrow>"
        return String(math.dropFirst(open.count).dropLast("</mrow></math>".count))
    }

    @Test func spacesKeepTheirWidths() throws {
        #expect(
            try body("a\\,b\\:c\\;d\\!e\\quad f")
                == "<mi>a</mi><mspace width=\"0.1667em\"/><mi>b</mi><mspace width=\"0.2222em\"/>"
                + "<mi>c</mi><mspace width=\"0.2778em\"/><mi>d</mi><mspace width=\"-0.1667em\"/>"
                + "<mi>e</mi><mspace width=\"1em\"/><mi>f</mi>")
    }

    @Test func escapedCharactersAreOperators() throws {
        #expect(try body("\\% \\& \\_") == "<mo>%</mo><mo>&amp;</mo><mo>_</mo>")
    }

    @Test func formerlyPlotOnlySymbolsWork() throws {
        #expect(
            try body("\\ell \\equiv \\tanh")
                == "<mi mathvariant=\"normal\">ℓ</mi><mo>≡</mo><mi mathvariant=\"normal\">tanh</mi>"
        )
    }

    @Test func stylesAndRootsWithDegrees() throws {
        #expect(
            try body("\\tfrac12\\sqrt[3]{x}")
                == "<mstyle displaystyle=\"false\"><mfrac><mn>1</mn><mn>2</mn></mfrac></mstyle>"
                + "<mroot><mrow><mi>x</mi></mrow><mrow><mn>3</mn></mrow></mroot>")
    }

    @Test func theTreeKeepsGroups() throws {
        #expect(
            try MathNode.parse(tex: "x^{2}")
                == .row([
                    .scripts(
                        base: .identifier("x", italic: true), sub: nil, sup: .row([.number("2")]))
                ]))
    }

    @Test func unknownCommandsHintTheNearest() {
        #expect(
            throws: TeXProblem(
                message: "unknown TeX command '\\sqr'", offset: 2, hint: "did you mean '\\sqrt'?")
        ) {
            try MathNode.parse(tex: "a \\sqr{b}")
        }
    }
}
