import Foundation
import Testing

@testable import CutBook

/// The built-in layout is the package's `templates/` folder, compiled in: each copy equals its
/// file, and each generated Swift file is what the generator writes for it. With
/// `CUTBOOK_UPDATE_TEMPLATES=1` the Swift files are rewritten from `templates/` instead.
@Suite struct DefaultTemplatesTests {
    private static let updates =
        ProcessInfo.processInfo.environment["CUTBOOK_UPDATE_TEMPLATES"] == "1"

    private static let sources = Support.packageRoot.appendingPathComponent(
        "Sources/CutBook/Rendering")

    @Test(arguments: DefaultTemplates.files.map(\.template))
    func theBuiltInCopyEqualsTheTemplateFile(_ name: String) throws {
        let file = try String(
            contentsOf: Support.templates.appendingPathComponent(name), encoding: .utf8)
        let entry = try #require(DefaultTemplates.files.first { $0.template == name })
        let swiftFile = Self.sources.appendingPathComponent(entry.source)
        let generated = DefaultTemplates.source(name: name, text: file)
        if Self.updates {
            try generated.write(to: swiftFile, atomically: true, encoding: .utf8)
            return
        }
        #expect(
            DefaultTemplates.text(of: name) == file,
            "templates/\(name) changed: regenerate with CUTBOOK_UPDATE_TEMPLATES=1 swift test --filter DefaultTemplatesTests"
        )
        #expect(try String(contentsOf: swiftFile, encoding: .utf8) == generated)
    }

    @Test func theBuiltInLayoutIsTheTemplatesFolder() throws {
        let folder = try Templates(directory: Support.templates)
        #expect(Templates.builtIn.page == folder.page)
        #expect(Templates.builtIn.index == folder.index)
        #expect(Templates.builtIn.style == folder.style)
    }

    @Test func theGeneratorChoosesEnoughHashesForAnyText() {
        let text = "a \"# b \\#( c\n"
        let source = DefaultTemplates.source(name: "odd.css", text: text)
        #expect(source.contains("static let odd = ##\"\"\""))
        #expect(source.hasSuffix("        \"\"\"##\n}\n"))
    }

    @Test func aReportWithNoTemplatesFolderBuildsWithTheBuiltInLayout() async throws {
        let parent = try Support.temporaryFolder()
        let report = try Support.writeReport(in: parent, chapters: [("one", "# One\n\nHi.\n")])
        var options = Support.options(report: report, parent: parent)
        options.templatesDirectory = nil
        #expect(Templates.locate(for: report) == nil)
        _ = try await ReportBuilder.build(options, progress: ProgressReporter(mode: .silent))
        let out = parent.appendingPathComponent("out")
        let style = try String(
            contentsOf: out.appendingPathComponent("style.css"), encoding: .utf8)
        #expect(style == Templates.builtIn.style)
        let page = try String(contentsOf: out.appendingPathComponent("one.html"), encoding: .utf8)
        #expect(page.contains("<link rel=\"stylesheet\" href=\"style.css\" />"))
    }

    @Test func aTemplatesFolderBesideTheReportOverridesTheBuiltInLayout() async throws {
        let parent = try Support.temporaryFolder()
        let report = try Support.writeReport(in: parent, chapters: [("one", "# One\n\nHi.\n")])
        let templates = parent.appendingPathComponent("templates")
        try FileManager.default.copyItem(at: Support.templates, to: templates)
        try "body { color: red; }\n".write(
            to: templates.appendingPathComponent("style.css"), atomically: true, encoding: .utf8)
        var options = Support.options(report: report, parent: parent)
        options.templatesDirectory = nil
        _ = try await ReportBuilder.build(options, progress: ProgressReporter(mode: .silent))
        let style = try String(
            contentsOf: parent.appendingPathComponent("out/style.css"), encoding: .utf8)
        #expect(style == "body { color: red; }\n")
    }
}
