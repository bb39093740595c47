import Foundation
import Testing

@testable import CutBook

/// The Markdown scanner: which `<<…>>` are directives, and where they are.
struct ScannerTests {
    private func load(_ text: String) throws -> Study {
        let parent = try Support.temporaryFolder()
        let folder = try Support.writeReport(in: parent, chapters: [("page", text)])
        return try ReportLoader.load(directory: folder.path).studies[0]
    }

    @Test func directiveAloneOnLineIsBlock() throws {
        let study = try load("Text.\n\n<<table softmax a=1,2 b=0,2>>\n")
        #expect(study.directives.count == 1)
        #expect(study.directives[0].isBlock)
        #expect(
            study.directives[0].location
                == SourceLocation(file: "report/page.md", line: 3, column: 1))
    }

    @Test func directiveInParagraphIsInlineWithExactColumn() throws {
        let study = try load("The cut is <<value fit.cuts[0] fmt=.3f>> here.\n")
        let directive = try #require(study.directives.first)
        #expect(!directive.isBlock)
        #expect(directive.location.column == 12)
        #expect(directive.verbLocation.column == 14)
        #expect(directive.words.map(\.text) == ["fit.cuts[0]"])
        #expect(directive.options.first?.key == "fmt")
        #expect(directive.options.first?.valueLocation.column == 36)
    }

    @Test func codeSpanKeepsDirectiveLiteral() throws {
        let study = try load("Write `<<value x>>` to show a value.\n")
        #expect(study.directives.isEmpty)
        #expect(study.markdown.contains("`<<value x>>`"))
    }

    @Test func fencedCodeKeepsDirectiveLiteral() throws {
        let study = try load("```\n<<plot line of=x>>\n```\n~~~~\n<<value y>>\n~~~~\n")
        #expect(study.directives.isEmpty)
    }

    @Test func backslashEscapesDirective() throws {
        let study = try load("Literal \\<<value x>> text.\n")
        #expect(study.directives.isEmpty)
        #expect(study.markdown.contains("\\<\\<value x>>"))
    }

    @Test func quotedValueKeepsSpacesAndEscapes() throws {
        let study = try load("<<table softmax a=1 b=2 caption=\"A \\\"quoted\\\" caption\">>\n")
        #expect(study.directives[0].option("caption")?.value == "A \"quoted\" caption")
    }

    @Test func blockDirectiveMaySpanLines() throws {
        let study = try load("<<table softmax\n    a=1,2,3\n    b=0,2,3>>\nAfter.\n")
        let directive = try #require(study.directives.first)
        #expect(directive.isBlock)
        #expect(
            directive.option("b")?.keyLocation
                == SourceLocation(file: "report/page.md", line: 3, column: 5))
    }

    @Test func mathSpansAreFound() throws {
        let study = try load("Inline $S/\\sqrt{B}$, prices $5 and $6, and\n\n$$\nx^2\n$$\n")
        #expect(study.math.map(\.tex) == ["S/\\sqrt{B}", "x^2"])
        #expect(study.math.map(\.isDisplay) == [false, true])
    }

    @Test func referencesEndBeforeSentencePunctuation() throws {
        let study = try load("See @fig:loss-curve. And @tab:grad, too; not me@fig:x.\n")
        #expect(study.references.map(\.label) == ["loss-curve", "grad"])
        #expect(study.references[0].location.column == 5)
    }

    @Test func titleIsFirstHeading() throws {
        #expect(
            try load("Intro\n\n# The simple problem\n\n## Part\n").title == "The simple problem")
    }

    @Test func includeSplicesFileWithItsOwnLocations() throws {
        let parent = try Support.temporaryFolder()
        let folder = try Support.writeReport(
            in: parent, chapters: [("page", "# Page\n\n<<include part.txt>>\n")])
        try "Shared.\n\n<<value z.max>>\n".write(
            to: folder.appendingPathComponent("part.txt"), atomically: true, encoding: .utf8)
        let study = try ReportLoader.load(directory: folder.path).studies[0]
        #expect(
            study.directives.first?.location
                == SourceLocation(file: "report/part.txt", line: 3, column: 1))
    }
}
