import Foundation
import Testing

@testable import CutBook

/// Errors found while running directives (bad draws, wrong kinds of input, options that do not
/// fit the data), each with its exact message and location.
@Suite(.serialized) struct RuntimeErrorTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var text: String
        var expected: [String]
        var testDescription: String { name }
    }

    static let oneColumn =
        "<<data sample draws=\"signal:normal(5,1)x20; background:normal(0,4)x30\" as=d>>\n"
    static let twoColumns =
        "<<data sample draws=\"signal:mvn(1,2;1,0,0,1)x20; background:mvn(0,0;4,0,0,4)x30\" as=p>>\n"

    static let cases: [Case] = [
        Case(
            name: "draw without a count",
            text: "<<data sample draws=\"signal:normal(5,1); background:normal(0,1)x5\" as=d>>\n",
            expected: [
                "report/page.md:1:21: error: <<data>> draws=: 'signal:normal(5,1)' must end in )xN with N a positive count"
            ]),
        Case(
            name: "unknown role",
            text: "<<data sample draws=\"sig:normal(5,1)x5; background:normal(0,1)x5\" as=d>>\n",
            expected: [
                "report/page.md:1:21: error: <<data>> draws=: unknown role 'sig': expected signal, background or skip"
            ]),
        Case(
            name: "no background", text: "<<data sample draws=\"signal:normal(5,1)x5\" as=d>>\n",
            expected: [
                "report/page.md:1:21: error: <<data>> draws=: needs at least one signal and one background draw"
            ]),
        Case(
            name: "zero width",
            text: "<<data sample draws=\"signal:normal(5,0)x5; background:normal(0,1)x5\" as=d>>\n",
            expected: [
                "report/page.md:1:21: error: <<data>> draws=: normal takes (mu, sigma) with sigma > 0, found 'normal(5,0)'"
            ]),
        Case(
            name: "mixed dimensions",
            text:
                "<<data sample draws=\"signal:mvn(1,2;1,0,0,1)x5; background:normal(0,1)x5\" as=d>>\n",
            expected: [
                "report/page.md:1:21: error: <<data>> draws=: signal and background draws must have the same dimension"
            ]),
        Case(
            name: "argument not a number",
            text: "<<data sample draws=\"signal:normal(a,1)x5; background:normal(0,1)x5\" as=d>>\n",
            expected: [
                "report/page.md:1:21: error: <<data>> draws=: 'normal(a,1)' has an argument that is not a number"
            ]),
        Case(
            name: "too many initial cuts",
            text: oneColumn + "<<train cuts erf on=d init=1,2 epochs=2 as=t>>\n",
            expected: [
                "report/page.md:2:28: error: <<train>> failed: init= gives 2 value(s) but the data set has 1 column(s); give one initial cut per column, or write the cuts with select="
            ]),
        Case(
            name: "asimov without background",
            text: oneColumn + "<<train cuts hard on=d loss=asimov init=1000 epochs=2 as=t>>\n",
            expected: [
                "report/page.md:2:22: error: <<train>> failed: Z_A is infinite: the cuts leave a background of 0.0 (B ≤ 0); loosen the cuts or start them where some background passes"
            ]),
        Case(
            name: "histogram column out of range",
            text: oneColumn + "<<plot hist of=d column=3>>\n",
            expected: [
                "report/page.md:2:25: error: <<plot>> failed: column=3 but the data set has 1 column(s)"
            ]),
        Case(
            name: "line of a data set", text: oneColumn + "<<plot line of=d>>\n",
            expected: [
                "report/page.md:2:16: error: <<plot>> failed: of=d is a dataset, expected a scan (made by <<scan>>)"
            ]),
        Case(
            name: "twin without tracking",
            text: oneColumn + "<<train cuts erf on=d epochs=2 as=t>>\n<<plot twin of=t>>\n",
            expected: [
                "report/page.md:3:16: error: <<plot>> failed: a twin plot needs the cut after every epoch: train with track=true"
            ]),
        Case(
            name: "contour of one column", text: oneColumn + "<<plot contour of=d>>\n",
            expected: [
                "report/page.md:2:3: error: <<plot>> failed: contours need a data set with two columns, found 1"
            ]),
        Case(
            name: "scan loss with the seed loss",
            text: oneColumn + "<<scan loss cut=erf loss=seed on=d as=s>>\n",
            expected: [
                "report/page.md:2:26: error: <<scan>> failed: loss=seed is a training loss (of a whole batch, or of a selection's counts); a scan takes ssb, bce or squares"
            ]),
        Case(
            name: "surface of one column",
            text: oneColumn + "<<scan surface cut=erf on=d as=s>>\n",
            expected: [
                "report/page.md:2:3: error: <<scan>> failed: a surface needs a data set with two columns, found 1"
            ]),
        Case(
            name: "model with another optimizer",
            text: twoColumns
                + "<<train model model=\"sigmoid(mlp(2,3,1))\" on=p optimizer=gradient epochs=2 as=t>>\n",
            expected: [
                "report/page.md:2:58: error: <<train>> train model takes optimizer=adam, found 'gradient': model trainings use Adam; remove optimizer="
            ]),
        Case(
            name: "index on an output field",
            text: twoColumns
                + "<<train model model=\"sigmoid(mlp(2,3,1))\" on=p epochs=2 as=t>>\n\nOut: <<value t.output.max[0]>>.\n",
            expected: [
                "report/page.md:4:14: error: <<value>> failed: 't.output.max[0]': output.max is one number and takes no [index]"
            ]),
        Case(
            name: "array field without index",
            text: oneColumn
                + "<<scan loss cut=erf loss=ssb on=d steps=3 as=s>>\n\nAt <<value s.cut>>.\n",
            expected: [
                "report/page.md:4:12: error: <<value>> failed: 's.cut' needs an index 0…2, as in s.cut[0]"
            ]),
        Case(
            name: "scan range upside down",
            text: oneColumn + "<<scan loss cut=erf loss=ssb on=d from=3 to=1 as=s>>\n",
            expected: [
                "report/page.md:2:3: error: <<scan>> from= must be below to="
            ]),
        Case(
            name: "plot range upside down",
            text: oneColumn + "<<plot hist of=d range=2,1>>\n",
            expected: [
                "report/page.md:2:3: error: <<plot>> range= must be lo,hi with lo < hi"
            ]),
        Case(
            name: "data set without a name", text: "<<data d1>>\n",
            expected: [
                "report/page.md:1:3: error: <<data>> needs as= to name the data set"
            ]),
    ]

    @Test(arguments: cases) func failsWithExactMessages(_ testCase: Case) async throws {
        #expect(try await Support.buildHeadlines(page: testCase.text) == testCase.expected)
    }
}
