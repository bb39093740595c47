import Foundation
import Testing

@testable import CutBook

/// More error paths, each with its exact message: results of the wrong kind, models that do
/// not fit an option, problems found while rendering, and malformed directives.
extension RuntimeErrorTests {
    static let moreCases: [Case] = [
        Case(
            name: "table of a data set", text: oneColumn + "<<table of=d>>\n",
            expected: [
                "report/page.md:2:12: error: <<table>> failed: of=d is a dataset, which has no table form; expected a scan, table or training"
            ]),
        Case(
            name: "cuts plot without tracking",
            text: oneColumn + "<<train cuts erf on=d epochs=2 as=t>>\n<<plot cuts of=t>>\n",
            expected: [
                "report/page.md:3:16: error: <<plot>> failed: plotting cuts against epoch needs them recorded: train t with track=true"
            ]),
        Case(
            name: "cuts plot of two trainings, the second without tracking",
            text: oneColumn
                + "<<train cuts erf on=d epochs=2 track=true as=a>>\n<<train cuts erf on=d epochs=2 as=b>>\n<<plot cuts of=a,b>>\n",
            expected: [
                "report/page.md:4:16: error: <<plot>> failed: plotting cuts against epoch needs them recorded: train b with track=true"
            ]),
        Case(
            name: "surface plot of a line scan",
            text: oneColumn
                + "<<scan loss cut=erf loss=ssb on=d steps=3 as=s>>\n<<plot surface of=s>>\n",
            expected: [
                "report/page.md:3:19: error: <<plot>> failed: of=s is a scan, expected a surface scan (<<scan surface>>)"
            ]),
        Case(
            name: "scatter of one column",
            text: oneColumn + "<<train cuts erf on=d epochs=2 as=t>>\n<<plot scatter of=t,d>>\n",
            expected: [
                "report/page.md:3:3: error: <<plot>> failed: a classification scatter needs two columns, found 1"
            ]),
        Case(
            name: "model with the ssb loss",
            text: twoColumns
                + "<<train model model=\"sigmoid(mlp(2,3,1))\" on=p loss=ssb epochs=2 as=t>>\n",
            expected: [
                "report/page.md:2:53: error: <<train>> failed: loss=ssb trains cuts alone (<<train cuts>>); a model takes seed, squares or bce"
            ]),
        Case(
            name: "model expression that does not parse",
            text: twoColumns + "<<train model model=\"sigmoid(mlp(2,3)\" on=p epochs=2 as=t>>\n",
            expected: [
                "report/page.md:2:38: error: <<train>> failed: model expression: expected ')', found the end of the expression"
            ]),
        Case(
            name: "initial cuts without a cuts term",
            text: twoColumns
                + "<<train model model=\"sigmoid(mlp(2,3,1))\" on=p init=1,1 epochs=2 as=t>>\n",
            expected: [
                "report/page.md:2:53: error: <<train>> failed: init= sets the cuts of a model with exactly one cuts(...) term; write init inside the expression instead"
            ]),
        Case(
            name: "scan of a model without cuts",
            text: twoColumns
                + "<<train model model=\"sigmoid(mlp(2,3,1))\" on=p epochs=2 as=t>>\n<<scan loss of=t on=p loss=bce steps=3 as=s>>\n",
            expected: [
                "report/page.md:3:16: error: <<scan>> failed: of=t has no cuts to scan (its parameters are mlp/linear_0/w, mlp/linear_0/b, mlp/linear_1/w, mlp/linear_1/b, mlp/linear_2/w, mlp/linear_2/b)"
            ]),
        Case(
            name: "bad math in a caption",
            text: "<<plot relaxation caption=\"A $\\foo$ curve\">>\n",
            expected: [
                "report/page.md:1:31: error: math in caption: unknown TeX command '\\foo'"
            ]),
        Case(
            name: "reference to no figure", text: "See @fig:nope.\n",
            expected: [
                "report/page.md:1:5: error: @fig:nope refers to no figure label"
            ]),
        Case(
            name: "empty directive", text: "<<>>\n",
            expected: [
                "report/page.md:1:1: error: empty directive: expected a verb, one of data, train, scan, plot, table, value, log, assert, export, include"
            ]),
        Case(
            name: "option without a key", text: "<<data d1 =x as=d>>\n",
            expected: [
                "report/page.md:1:11: error: option has no key before '='"
            ]),
        Case(
            name: "include with an option", text: "<<include other.md x=1>>\n",
            expected: [
                "report/page.md:1:3: error: <<include>> expects exactly one file and no options"
            ]),
    ]

    @Test(arguments: moreCases) func moreFailWithExactMessages(_ testCase: Case) async throws {
        try await failsWithExactMessages(testCase)
    }
}
