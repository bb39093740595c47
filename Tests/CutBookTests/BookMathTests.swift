import CutPlot
import Testing

@testable import CutBook

/// The book sets the tree of CutPlot's TeX parser, the one the pages and plot labels use;
/// braced groups stay rows in the tree.
@Suite("Book math")
struct BookMathTests {
    @Test func squareRootHoldsItsRadicand() throws {
        let node = try MathNode.parse(tex: "S/\\sqrt{B}")
        #expect(
            node
                == .row([
                    .identifier("S", italic: true), .symbol("/"),
                    .root(.row([.identifier("B", italic: true)]), degree: nil),
                ]))
    }

    @Test func fractionHasNumeratorAndDenominator() throws {
        let node = try MathNode.parse(tex: "\\frac{a}{b}")
        #expect(
            node.unwrapped
                == .fraction(
                    numerator: .row([.identifier("a", italic: true)]),
                    denominator: .row([.identifier("b", italic: true)])))
    }

    @Test func subAndSuperscriptsAttachToTheirBase() throws {
        let node = try MathNode.parse(tex: "x_i^2")
        #expect(
            node.unwrapped
                == .scripts(
                    base: .identifier("x", italic: true), sub: .identifier("i", italic: true),
                    sup: .number("2")))
    }

    @Test func greekLettersAndOperatorsBecomeTheirSymbols() throws {
        let node = try MathNode.parse(
            tex: "\\alpha \\times \\beta \\pm 1 \\rightarrow \\gamma \\leq \\Delta")
        guard case .row(let nodes) = node else {
            Issue.record("expected a row, found \(node)")
            return
        }
        let symbols = nodes.compactMap { node -> String? in
            switch node {
            case .symbol(let text), .identifier(let text, _), .number(let text): return text
            default: return nil
            }
        }
        #expect(symbols == ["α", "×", "β", "±", "1", "→", "γ", "≤", "Δ"])
    }

    @Test func functionNamesAreUpright() throws {
        let node = try MathNode.parse(tex: "\\exp(x)")
        guard case .row(let nodes) = node else {
            Issue.record("expected a row, found \(node)")
            return
        }
        #expect(nodes.first == .identifier("exp", italic: false))
    }

    @Test func unknownCommandFailsWithItsOffset() {
        let problem = #expect(throws: MathML.Problem.self) { try MathNode.parse(tex: "a \\foo b") }
        #expect(problem?.message == "unknown TeX command '\\foo'")
        #expect(problem?.offset == 2)
    }

    @Test func unbalancedBraceFails() {
        #expect(throws: MathML.Problem.self) {
            try MathNode.parse(tex: "\\frac{a}{b")
        }
    }
}
