import Testing

@testable import CutBook

/// Bad TeX in text options fails the check of the report, before anything runs, at the
/// character where the problem is.
@Suite("TeX in options")
struct TeXOptionTests {
    private func headlines(_ text: String) throws -> [String]? {
        let parent = try Support.temporaryFolder()
        let report = try Support.writeReport(in: parent, chapters: [("page", text)])
        return Support.headlines { try Support.check(report) }
    }

    @Test func legendLabelsCountFromTheStartOfTheValue() throws {
        #expect(
            try headlines("<<data d1 as=d1>>\n\n<<plot line of=d1 labels=\"erf,$\\sigam$\">>\n")
                == [
                    "report/page.md:3:32: error: math in labels: unknown TeX command '\\sigam'; did you mean '\\sigma'?"
                ])
    }

    @Test func aBareValueHasNoQuoteToSkip() throws {
        #expect(
            try headlines("<<plot relaxation xlabel=$x^$>>\n") == [
                "report/page.md:1:28: error: math in xlabel: '^' needs something after it"
            ])
    }

    @Test func everyBadOptionIsReported() throws {
        #expect(
            try headlines(
                "<<plot relaxation xlabel=\"$\\frac{a}$\" ylabel=\"$a}$\" caption=\"$\\left$\">>\n")
                == [
                    "report/page.md:1:63: error: math in caption: \\left needs a delimiter",
                    "report/page.md:1:36: error: math in xlabel: expected '{'",
                    "report/page.md:1:49: error: math in ylabel: unexpected '}' without a matching '{'",
                ])
    }

    @Test func escapedQuotesAndLineBreaksInTheValueAreCounted() throws {
        #expect(
            try headlines(
                "<<plot relaxation\n  caption=\"A \\\"quoted\\\" word and $\\sigam$\">>\n")
                == [
                    "report/page.md:2:35: error: math in caption: unknown TeX command '\\sigam'; did you mean '\\sigma'?"
                ])
        #expect(
            try headlines("<<plot relaxation caption=\"first line,\n$\\sigam$ on the second\">>\n")
                == [
                    "report/page.md:2:2: error: math in caption: unknown TeX command '\\sigam'; did you mean '\\sigma'?"
                ])
    }
}
