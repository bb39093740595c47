import Foundation
import Testing

@testable import CutBook

/// Bad templates and the exact messages they produce: where, what was expected, what was found,
/// and the nearest valid name.
struct BadTemplateTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var text: String
        var expected: [String]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "misspelled verb", text: "<<trian cuts sigmoid on=d epochs=5 as=t>>\n",
            expected: [
                "report/page.md:1:3: error: unknown directive 'trian': expected one of data, train, scan, plot, table, value, log, assert, export, include; did you mean 'train'?"
            ]),
        Case(
            name: "misspelled option", text: "<<data d1 as=d>>\n<<scan loss on=d stesp=10 as=s>>\n",
            expected: [
                "report/page.md:2:18: error: <<scan>> has no option 'stesp': expected one of as, on, of, cut, loss, from, to, steps, column, at, slope; did you mean 'steps'?"
            ]),
        Case(
            name: "misspelled choice",
            text: "<<data d1 as=d>>\n<<scan loss cut=sigmod on=d as=s>>\n",
            expected: [
                "report/page.md:2:17: error: <<scan>> option 'cut' expects one of hard, erf, sigmoid, balanced, found 'sigmod'; did you mean 'sigmoid'?"
            ]),
        Case(
            name: "integer out of range",
            text: "<<data d1 as=d>>\n<<scan loss on=d steps=1 as=s>>\n",
            expected: [
                "report/page.md:2:24: error: <<scan>> option 'steps' expects integer 2…1000000, found '1' (out of range)"
            ]),
        Case(
            name: "number that is not a number",
            text: "<<data d1 as=d>>\n<<scan loss on=d from=abc as=s>>\n",
            expected: [
                "report/page.md:2:23: error: <<scan>> option 'from' expects number -1000000000000…1000000000000, found 'abc'"
            ]),
        Case(
            name: "unknown result with suggestion",
            text: "<<data d1 as=data1>>\n<<scan loss on=dta1 as=s>>\n",
            expected: [
                "report/page.md:2:16: error: <<scan>> uses result 'dta1', which no directive defines with as=; did you mean 'data1'?"
            ]),
        Case(
            name: "duplicate result name", text: "<<data d1 as=d>>\n<<data d2 as=d>>\n",
            expected: [
                "report/page.md:2:14: error: result name 'd' is already defined at report/page.md:1:14; names are global in a report: choose another"
            ]),
        Case(
            name: "missing required option",
            text: "<<data d1 as=d>>\n<<train cuts erf on=d as=t>>\n",
            expected: [
                "report/page.md:2:3: error: <<train>> needs option 'epochs=' (integer 1…10000000)"
            ]),
        Case(
            name: "inline verb on its own line", text: "<<value x.max>>\n",
            expected: [
                "report/page.md:1:1: error: <<value>> writes text inside a paragraph, found it alone on a line"
            ]),
        Case(
            name: "block verb inside a paragraph", text: "See <<table softmax a=1 b=2>> here.\n",
            expected: [
                "report/page.md:1:5: error: <<table>> makes a block and must stand alone on its line, found it inside a paragraph"
            ]),
        Case(
            name: "unterminated directive", text: "Text <<value x.max fmt=.2f and more.\n",
            expected: [
                "report/page.md:1:6: error: directive has no closing '>>'; close it with '>>' or write '\\<<' for literal text"
            ]),
        Case(
            name: "unterminated quote", text: "<<table softmax a=1 b=2 caption=\"open>>\n",
            expected: ["report/page.md:1:33: error: quoted value has no closing '\"'"]),
        Case(
            name: "empty directive", text: "<<>>\n",
            expected: [
                "report/page.md:1:1: error: empty directive: expected a verb, one of data, train, scan, plot, table, value, log, assert, export, include"
            ]),
        Case(
            name: "extra word",
            text: "<<log extra of=t>>\n<<data d1 as=d>>\n<<train cuts erf on=d epochs=2 as=t>>\n",
            expected: [
                "report/page.md:1:7: error: <<log>> takes no words, found extra word 'extra'"
            ]),
        Case(
            name: "bad number format", text: "<<data d1 as=d>>\nValue <<value d.events fmt=3f>>.\n",
            expected: [
                "report/page.md:2:28: error: <<value>> option 'fmt' expects number format (.3f, .2e, .4g, ,.0f, d), found '3f'"
            ]),
        Case(
            name: "option given twice", text: "<<table softmax a=1 b=2 a=3>>\n",
            expected: ["report/page.md:1:25: error: <<table>> option 'a' is given twice"]),
        Case(
            name: "bad draws recipe",
            text:
                "<<data sample draws=\"signal:normall(5,1)x10; background:normal(0,4)x10\" as=d>>\n",
            expected: [
                "report/page.md:1:21: error: <<data>> draws=: unknown distribution 'normall': expected normal or mvn (did you mean 'normal'?)"
            ]),
        Case(
            name: "assert without tolerance",
            text: "<<data d1 as=d>>\n<<assert d.events expect=11000>>\n",
            expected: ["report/page.md:2:3: error: <<assert>> needs tol= or rtol= above 0"]),
        Case(
            name: "include of a missing file", text: "<<include nothere.md>>\n",
            expected: [
                "report/page.md:1:11: error: <<include>> file 'nothere.md' does not exist in the report folder"
            ]),
        Case(
            name: "duplicate figure label",
            text: "<<plot relaxation label=w>>\n<<plot relaxation derivative=true label=w>>\n",
            expected: [
                "report/page.md:2:41: error: label 'fig:w' is already used at report/page.md:1:25; labels are global in a report: choose another"
            ]),
        Case(
            name: "display math without end", text: "$$\nx^2\n",
            expected: ["report/page.md:1:1: error: display math '$$' has no closing '$$' line"]),
        Case(
            name: "every error reported together",
            text:
                "<<data d1 as=d>>\n<<scan los on=d as=s>>\nText <<value s.max fmt=.2q>>.\n<<plot lines of=s>>\n",
            expected: [
                "report/page.md:2:8: error: <<scan>> quantity word expects one of loss, gradient, weight, passing, window, surface, grid, found 'los'; did you mean 'loss'?",
                "report/page.md:3:24: error: <<value>> option 'fmt' expects number format (.3f, .2e, .4g, ,.0f, d), found '.2q'",
                "report/page.md:4:8: error: <<plot>> kind word expects one of hist, line, twin, surface, contour, heatmap, scatter, output, relaxation, cuts, found 'lines'; did you mean 'line'?",
            ]),
    ]

    @Test(arguments: cases) func badTemplateFailsWithExactMessages(_ testCase: Case) throws {
        let parent = try Support.temporaryFolder()
        let folder = try Support.writeReport(in: parent, chapters: [("page", testCase.text)])
        let found = Support.headlines { try Support.check(folder) }
        #expect(found == testCase.expected)
    }

    @Test func unknownReportKeySuggestsNearest() throws {
        let parent = try Support.temporaryFolder()
        let folder = try Support.writeReport(
            in: parent, chapters: [("page", "Text.\n")],
            settings: "title: T\nchapter: [page]\n")
        let found = Support.headlines { try Support.check(folder) }
        #expect(
            found == [
                "report/report.yml:2:1: error: unknown key 'chapter' in report.yml: expected one of title, authors, chapters, data_folders, defaults, params; did you mean 'chapters'?",
                "report/report.yml:1:1: error: report.yml needs 'chapters:'",
            ])
    }

    @Test func missingChapterFileSuggestsNearest() throws {
        let parent = try Support.temporaryFolder()
        let folder = try Support.writeReport(
            in: parent, chapters: [("page", "Text.\n")], settings: "title: T\nchapters: [pgae]\n")
        let found = Support.headlines { try Support.check(folder) }
        #expect(
            found == [
                "report/report.yml:2:12: error: chapter 'pgae' has no file pgae.md in the report folder; did you mean 'page'?"
            ])
    }

    @Test func githubAnnotationCarriesLocation() {
        let diagnostic = Diagnostic(
            location: SourceLocation(file: "q/a.md", line: 3, column: 7), message: "bad 100%",
            hint: "fix it")
        #expect(
            diagnostic.githubAnnotation == "::error file=q/a.md,line=3,col=7::bad 100%25; fix it")
    }
}
