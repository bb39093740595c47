import CutPlot
import Testing

/// Plot labels set from the shared TeX tree: the structures the pages know (matrices, roots
/// with a degree, text), and bad TeX as a located error rather than a drawing.
@Suite("TeX in plot labels")
struct TeXLabelTests {
    @Test func aMatrixIsTallerThanOneRow() throws {
        let row = try Label.measure("$a b$")
        let matrix = try Label.measure("$\\begin{pmatrix} a \\\\ b \\end{pmatrix}$")
        #expect(matrix.ascent + matrix.descent > 1.5 * (row.ascent + row.descent))
    }

    @Test func aRootsDegreeWidensIt() throws {
        let square = try Label.measure("$\\sqrt{x}$")
        let cube = try Label.measure("$\\sqrt[3]{x}$")
        #expect(cube.width > square.width)
    }

    @Test func textKeepsItsSpaces() throws {
        let spaced = try Label.measure("$\\text{a b}$")
        let joined = try Label.measure("$\\text{ab}$")
        #expect(spaced.width > joined.width)
    }

    @Test func epsilonIsTheLunateLetterAsOnPages() {
        #expect(Label.plainText("$\\epsilon, \\varepsilon$") == "ϵ,ε")
    }

    @Test func badMathInAnAnnotationFailsTheFigure() throws {
        var axes = Axes()
        axes.add(Line(x: [0, 1], y: [0, 1]))
        axes.add(TextAnnotation("gain $\\sqrt{$", x: 0.5, y: 0.5))
        #expect(
            throws: PlotError.invalidMath(
                markup: "gain $\\sqrt{$", message: "missing '}'", offset: 12)
        ) {
            _ = try Figure(axes).pngData()
        }
    }

    @Test func badMathInATitleFailsMeasuring() {
        #expect(
            throws: PlotError.invalidMath(
                markup: "$\\unknowncmd$", message: "unknown TeX command '\\unknowncmd'", offset: 1)
        ) {
            _ = try Label.measure("$\\unknowncmd$")
        }
    }

    @Test func theErrorSaysWhereInTheLabel() {
        let error = PlotError.invalidMath(
            markup: "$x^$", message: "'^' needs something after it", offset: 2)
        #expect(
            error.description == "math in label '$x^$' at character 3: '^' needs something after it"
        )
    }
}
