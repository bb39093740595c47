import CutPlot
import Foundation
import Testing

@testable import CutBook

/// One table of TeX, good and bad, run through every writer of the one parser: the page's
/// MathML, the plot labels and the book. They accept and reject the same inputs, with the same
/// message at the same offset.
@Suite("TeX agreement")
struct TeXAgreementTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var tex: String
        /// The problem every writer reports, or nil when the TeX is good.
        var problem: TeXProblem?
        var testDescription: String { name }
    }

    static func good(_ name: String, _ tex: String) -> Case {
        Case(name: name, tex: tex, problem: nil)
    }

    static func bad(
        _ name: String, _ tex: String, _ message: String, at offset: Int, hint: String? = nil
    )
        -> Case
    {
        Case(
            name: name, tex: tex, problem: TeXProblem(message: message, offset: offset, hint: hint))
    }

    static let nested = "formula nested more than 64 levels deep"
    static let nestedHint = "split it into smaller formulas"

    static let cases: [Case] = [
        good("Greek", "\\alpha + \\beta \\Omega"),
        good("epsilon", "\\epsilon"),
        good("varepsilon", "\\varepsilon \\varphi \\phi"),
        good("scripts", "x_i^2 + y^{n-1}_{j}"),
        good("square root", "S/\\sqrt{B}"),
        good("root with degree", "\\sqrt[3]{x}"),
        good("fractions", "\\frac{a}{b} + \\frac12 + \\tfrac{1}{2} + \\dfrac{c}{d}"),
        good("left and right", "\\left( \\frac{a}{b} \\right) \\left\\{ x \\right."),
        good("text", "\\sigma(\\text{output}) > 0.5"),
        good("operatorname", "\\operatorname{erf}(x) \\mathrm{SoS}"),
        good("matrix", "\\begin{pmatrix} a & b \\\\ c & d \\end{pmatrix}"),
        good("bmatrix", "\\begin{bmatrix} 1 \\\\ 2 \\end{bmatrix} \\begin{matrix} x \\end{matrix}"),
        good("spaces", "a \\, b \\: c \\; d \\! e \\quad f"),
        good("symbols", "\\partial\\,\\mathrm{SoS}/\\partial c \\leq \\ell \\equiv \\% \\_"),
        good(
            "64 levels", String(repeating: "{", count: 63) + "x" + String(repeating: "}", count: 63)
        ),
        good(
            "60 nested fences around a fraction",
            String(repeating: "{(", count: 60) + "\\frac{a}{b}" + String(repeating: ")}", count: 60)
        ),
        bad("unknown command", "a + \\foo", "unknown TeX command '\\foo'", at: 4),
        bad(
            "misspelt command", "\\alpah", "unknown TeX command '\\alpah'", at: 0,
            hint: "did you mean '\\alpha'?"),
        bad("unclosed brace", "\\sqrt{x", "missing '}'", at: 7),
        bad("stray closing brace", "a}", "unexpected '}' without a matching '{'", at: 1),
        bad("fraction without denominator", "\\frac{a}", "expected '{'", at: 8),
        bad("script without argument", "x^", "'^' needs something after it", at: 1),
        bad("double subscript", "x_1_2", "double subscript", at: 3),
        bad(
            "unknown environment", "\\begin{cases} a \\end{cases}",
            "unknown environment 'cases': expected pmatrix, bmatrix or matrix", at: 0),
        bad("unended matrix", "\\begin{pmatrix} a & b", "missing '\\end{pmatrix}'", at: 0),
        bad("row break outside a matrix", "a \\\\ b", "'\\\\' outside a matrix", at: 2),
        bad("left without delimiter", "\\left", "\\left needs a delimiter", at: 0),
        bad(
            "left with a letter command", "\\left\\alpha x",
            "\\left needs a delimiter, found '\\alpha'", at: 5,
            hint: "use a character such as ( [ | or one of \\{ \\} \\|"),
        bad(
            "percent", "50%", "'%' is not supported in math", at: 2,
            hint: "write '\\%' for the character itself"),
        bad(
            "65 levels",
            String(repeating: "{", count: 64) + "x" + String(repeating: "}", count: 64),
            nested, at: 64, hint: nestedHint),
        bad(
            "30,000 braces", String(repeating: "{", count: 30000), nested, at: 64,
            hint: nestedHint),
        bad(
            "30,000 square roots", String(repeating: "\\sqrt{", count: 30000) + "x",
            nested, at: 64 * 6, hint: nestedHint),
    ]

    /// The page's MathML and the book's tree come from the same parse.
    @Test(arguments: cases) func pagesAndBookParseAlike(_ testCase: Case) {
        do {
            let markup = try MathML.convert(testCase.tex, display: false)
            #expect(testCase.problem == nil, "pages accepted it")
            #expect(markup.hasPrefix("<math"))
        } catch {
            #expect(error == testCase.problem)
        }
        do {
            _ = try MathNode.parse(tex: testCase.tex)
            #expect(testCase.problem == nil, "the book's parse accepted it")
        } catch {
            #expect(error == testCase.problem)
        }
    }

    /// A plot label with the TeX draws, or fails with the same problem, its offset counted in
    /// the label (past its `$`).
    @Test(arguments: cases) func plotLabelsAgree(_ testCase: Case) throws {
        let label = "$" + testCase.tex + "$"
        var expected = testCase.problem
        expected?.offset += 1
        #expect(Label.mathProblem(in: label) == expected)
        var axes = Axes(xLabel: "x", yLabel: label)
        axes.add(Line(x: [0, 1], y: [0, 1]))
        do {
            _ = try Figure(axes).svgData()
            #expect(testCase.problem == nil, "the figure drew")
        } catch let error as PlotError {
            guard let expected else {
                Issue.record("the figure failed: \(error)")
                return
            }
            #expect(
                error
                    == .invalidMath(
                        markup: label, message: expected.message, offset: expected.offset))
        }
    }

    /// A report with the bad TeX in prose fails at the same place with the same message on
    /// pages and in the book; in a plot label it fails at validation, before anything runs.
    @Test(arguments: cases.filter { $0.problem != nil && $0.tex.count < 1000 })
    func reportsReportTheSameProblem(_ testCase: Case) async throws {
        let problem = try #require(testCase.problem)
        let prose = "Formula $\(testCase.tex)$ here.\n"
        let column = "Formula $".count + 1 + problem.offset
        let hint = problem.hint.map { "; \($0)" } ?? ""
        for format in ["html", "pdf"] {
            #expect(
                try await build(prose, format: format) == [
                    "report/page.md:1:\(column): error: math: \(problem.message)\(hint)"
                ], "\(format)")
        }
        // In a quoted directive value `\\` stands for one backslash.
        let value = testCase.tex.replacingOccurrences(of: "\\\\", with: "\\\\\\\\")
        guard value == testCase.tex else { return }
        let directive = "<<plot relaxation ylabel=\"$\(value)$\">>\n"
        let labelColumn = "<<plot relaxation ylabel=\"$".count + 1 + problem.offset
        let parent = try Support.temporaryFolder()
        let report = try Support.writeReport(in: parent, chapters: [("page", directive)])
        #expect(
            Support.headlines { try Support.check(report) } == [
                "report/page.md:1:\(labelColumn): error: math in ylabel: \(problem.message)\(hint)"
            ])
    }

    /// Every good formula builds on pages and in the book.
    @Test func goodFormulasBuild() async throws {
        let prose = Self.cases.filter { $0.problem == nil }.map { "A $\($0.tex)$ b.\n\n" }.joined()
        for format in ["html", "pdf"] {
            #expect(try await build(prose, format: format) == [], "\(format)")
        }
    }

    /// The headlines of building a one-page report in `format` (empty when it builds).
    private func build(_ text: String, format: String) async throws -> [String] {
        let parent = try Support.temporaryFolder()
        let report = try Support.writeReport(in: parent, chapters: [("page", text)])
        var options = Support.options(report: report, parent: parent)
        options.formats = [format]
        do {
            _ = try await ReportBuilder.build(options, progress: ProgressReporter(mode: .silent))
            return []
        } catch let failure as BuildFailure {
            return failure.diagnostics.map(\.headline)
        }
    }
}
