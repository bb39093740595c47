import Testing

@testable import CutBook

/// The TeX subset → MathML converter.
struct MathMLTests {
    private func body(_ tex: String) throws -> String {
        let math = try MathML.convert(tex, display: false)
        let open = "<math xmlns=\"http://www.w3.org/1998/Math/MathML\" display=\"inline\"><mrow>"
        return String(math.dropFirst(open.count).dropLast("</mrow></math>".count))
    }

    @Test func fractionAndSquareRoot() throws {
        #expect(
            try body("\\frac{S}{\\sqrt{B}}")
                == "<mfrac><mrow><mi>S</mi></mrow><mrow><msqrt><mrow><mi>B</mi></mrow></msqrt></mrow></mfrac>"
        )
    }

    @Test func subAndSuperscriptTogether() throws {
        #expect(try body("x_i^2") == "<msubsup><mi>x</mi><mi>i</mi><mn>2</mn></msubsup>")
    }

    @Test func greekAndOperators() throws {
        #expect(
            try body("\\sigma \\times \\pm \\rightarrow \\leq")
                == "<mi>σ</mi><mo>×</mo><mo>±</mo><mo>→</mo><mo>≤</mo>")
    }

    @Test func minusIsMinusSignAndNumbersGroup() throws {
        #expect(try body("-3.5") == "<mo>−</mo><mn>3.5</mn>")
    }

    @Test func textAndFunctionNames() throws {
        #expect(
            try body("\\log \\text{if } x")
                == "<mi mathvariant=\"normal\">log</mi><mtext>if </mtext><mi>x</mi>")
    }

    @Test func lessThanIsEscaped() throws {
        #expect(try body("a<b") == "<mi>a</mi><mo>&lt;</mo><mi>b</mi>")
    }

    @Test func displayModeIsBlock() throws {
        #expect(try MathML.convert("x", display: true).contains("display=\"block\""))
    }

    @Test func unknownCommandNamesItAndItsOffset() {
        #expect(throws: MathML.Problem(message: "unknown TeX command '\\foo'", offset: 2)) {
            try MathML.convert("a+\\foo", display: false)
        }
    }

    @Test func unbalancedBraceIsReported() {
        #expect(throws: MathML.Problem(message: "missing '}'", offset: 7)) {
            try MathML.convert("\\frac{a", display: false)
        }
    }

    @Test func doubleSubscriptIsReported() {
        #expect(throws: MathML.Problem(message: "double subscript", offset: 3)) {
            try MathML.convert("x_1_2", display: false)
        }
    }

    @Test func operatorNameAndUprightText() throws {
        #expect(
            try body("\\operatorname{erf}(x) \\mathrm{d}x")
                == "<mi mathvariant=\"normal\">erf</mi><mo stretchy=\"false\">(</mo><mi>x</mi><mo stretchy=\"false\">)</mo><mi mathvariant=\"normal\">d</mi><mi>x</mi>"
        )
    }

    @Test func textFractionIsNotDisplayStyle() throws {
        #expect(
            try body("\\tfrac12")
                == "<mstyle displaystyle=\"false\"><mfrac><mn>1</mn><mn>2</mn></mfrac></mstyle>")
    }

    @Test func pmatrixIsATableInParentheses() throws {
        #expect(
            try body("\\begin{pmatrix} a & b \\\\ c & d \\end{pmatrix}")
                == "<mrow><mo>(</mo><mtable><mtr><mtd><mi>a</mi></mtd><mtd><mi>b</mi></mtd></mtr><mtr><mtd><mi>c</mi></mtd><mtd><mi>d</mi></mtd></mtr></mtable><mo>)</mo></mrow>"
        )
    }

    @Test func unknownEnvironmentIsReported() {
        #expect(
            throws: MathML.Problem(
                message: "unknown environment 'cases': expected pmatrix, bmatrix or matrix",
                offset: 0)
        ) {
            try MathML.convert("\\begin{cases} a \\end{cases}", display: false)
        }
    }

    @Test func unclosedMatrixIsReported() {
        #expect(throws: MathML.Problem(message: "missing '\\end{pmatrix}'", offset: 0)) {
            try MathML.convert("\\begin{pmatrix} a & b", display: false)
        }
    }

    @Test func mismatchedEndIsReported() {
        #expect(
            throws: MathML.Problem(
                message: "'\\begin{pmatrix}' ended by '\\end{bmatrix}'", offset: 0)
        ) {
            try MathML.convert("\\begin{pmatrix} a \\end{bmatrix}", display: false)
        }
    }

    @Test func rowBreakOutsideAMatrixIsReported() {
        #expect(throws: MathML.Problem(message: "'\\\\' outside a matrix", offset: 2)) {
            try MathML.convert("a \\\\ b", display: false)
        }
    }

    @Test func inlineFencesDoNotStretch() throws {
        #expect(
            try body("w_x(c_x)")
                == "<msub><mi>w</mi><mi>x</mi></msub><mo stretchy=\"false\">(</mo><msub><mi>c</mi><mi>x</mi></msub><mo stretchy=\"false\">)</mo>"
        )
        #expect(try body("|a| + [b]").components(separatedBy: "stretchy=\"false\"").count == 5)
    }

    @Test func displayFencesKeepMathMLStretching() throws {
        let math = try MathML.convert("\\left( x_1 \\right)", display: true)
        #expect(math.contains("<mo>(</mo>") && math.contains("<mo>)</mo>"))
        #expect(!math.contains("stretchy"))
    }

    @Test func inlineFencesAroundAFractionOrMatrixStretchAsInTheBook() throws {
        #expect(
            try body("(\\frac{a}{b}) (c)")
                == "<mo>(</mo><mfrac><mrow><mi>a</mi></mrow><mrow><mi>b</mi></mrow></mfrac><mo>)</mo><mo stretchy=\"false\">(</mo><mi>c</mi><mo stretchy=\"false\">)</mo>"
        )
    }
}
