import Foundation
import Testing

@testable import CutBook

/// Errors of the report folder, report.yml, includes, result cycles, templates and math, each
/// with its exact message.
struct LoaderErrorTests {
    @Test func folderWithoutSettings() throws {
        let folder = try Support.temporaryFolder()
        let found = Support.headlines { try Support.check(folder) }
        #expect(
            found == [
                "error: no report.yml in '\(folder.path)': a report folder needs report.yml with title and chapters; see docs/writing-reports.md"
            ])
    }

    @Test func settingsThatAreNotYAML() throws {
        let parent = try Support.temporaryFolder()
        let folder = try Support.writeReport(
            in: parent, chapters: [("page", "Text.\n")], settings: "title: [unclosed\n")
        #expect(
            Support.headlines { try Support.check(folder) } == [
                "report/report.yml:2:1: error: report.yml is not valid YAML: did not find expected ',' or ']'"
            ])
    }

    @Test func settingsThatAreNotAMapping() throws {
        let parent = try Support.temporaryFolder()
        let folder = try Support.writeReport(
            in: parent, chapters: [("page", "Text.\n")], settings: "- a\n- b\n")
        #expect(
            Support.headlines { try Support.check(folder) } == [
                "report/report.yml:1:1: error: report.yml must be a mapping with title and chapters, found something else"
            ])
    }

    @Test func directiveStartingWithANumber() throws {
        let parent = try Support.temporaryFolder()
        let folder = try Support.writeReport(in: parent, chapters: [("page", "<<1abc x>>\n")])
        #expect(
            Support.headlines { try Support.check(folder) } == [
                "report/page.md:1:3: error: unknown directive '1abc': expected one of data, train, scan, plot, table, value, log, assert, export, include"
            ])
    }

    @Test func includeCycle() throws {
        let parent = try Support.temporaryFolder()
        let folder = try Support.writeReport(
            in: parent, chapters: [("page", "<<include a.md>>\n")])
        try "<<include b.md>>\n".write(
            to: folder.appendingPathComponent("a.md"), atomically: true, encoding: .utf8)
        try "<<include a.md>>\n".write(
            to: folder.appendingPathComponent("b.md"), atomically: true, encoding: .utf8)
        #expect(
            Support.headlines { try Support.check(folder) } == [
                "report/b.md:1:11: error: <<include>> cycle: page.md → a.md → b.md → a.md"
            ])
    }

    @Test func resultsInACycle() throws {
        let parent = try Support.temporaryFolder()
        let folder = try Support.writeReport(
            in: parent, chapters: [("page", "<<table of=b as=a>>\n<<table of=a as=b>>\n")])
        #expect(
            Support.headlines { try Support.check(folder) } == [
                "report/page.md:1:1: error: results depend on each other in a cycle: a → b → a"
            ])
    }

    @Test func unknownTemplateSlot() throws {
        let folder = try Support.temporaryFolder()
        for name in try FileManager.default.contentsOfDirectory(atPath: Support.templates.path) {
            try FileManager.default.copyItem(
                at: Support.templates.appendingPathComponent(name),
                to: folder.appendingPathComponent(name))
        }
        let page = folder.appendingPathComponent("page.html")
        let original = try String(contentsOf: page, encoding: .utf8)
        try (original + "{{titel}}\n").write(to: page, atomically: true, encoding: .utf8)
        let line = original.filter { $0 == "\n" }.count + 1
        #expect(
            Support.headlines { _ = try Templates(directory: folder) } == [
                "\(page.path):\(line):1: error: unknown template slot '{{titel}}': expected one of content, generator, next, previous, provenance, report_title, sidebar, title; did you mean 'title'?"
            ])
    }

    @Test func noTemplatesFolderMeansTheBuiltInLayout() throws {
        let folder = try Support.temporaryFolder()
        #expect(Templates.locate(for: folder) == nil)
    }

    @Test(arguments: [
        ("x^", MathML.Problem(message: "'^' needs something after it", offset: 1)),
        ("x^1^2", MathML.Problem(message: "double superscript", offset: 3)),
        ("a\\", MathML.Problem(message: "a lone '\\' at the end", offset: 1)),
        ("\\left", MathML.Problem(message: "\\left needs a delimiter", offset: 0)),
        ("a}", MathML.Problem(message: "unexpected '}' without a matching '{'", offset: 1)),
    ])
    func mathProblems(_ tex: String, _ problem: MathML.Problem) {
        #expect(throws: problem) { try MathML.convert(tex, display: false) }
    }
}
