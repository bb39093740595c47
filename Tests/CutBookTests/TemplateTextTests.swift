import Foundation
import Testing

@testable import CutBook

/// Template text as editors and checkouts write it (CRLF, byte-order marks), code blocks as
/// CommonMark makes them, and titles as plain text.
@Suite(.serialized) struct TemplateTextTests {
    private func build(_ folder: URL, parent: URL) async throws -> BuildSummary {
        try await ReportBuilder.build(
            Support.options(report: folder, parent: parent),
            progress: ProgressReporter(mode: .silent))
    }

    private func page(_ summary: BuildSummary, _ name: String) throws -> String {
        try String(
            contentsOf: summary.outDirectory.appendingPathComponent(name), encoding: .utf8)
    }

    /// `text` with CRLF line endings.
    private func crlf(_ text: String) -> String {
        text.replacingOccurrences(of: "\n", with: "\r\n")
    }

    @Test func crlfCopyOfQuickstartBuildsTheSameSite() async throws {
        let source = Support.packageRoot.appendingPathComponent("reports/quickstart")
        let parent = try Support.temporaryFolder()
        let lfParent = parent.appendingPathComponent("lf")
        let crlfParent = parent.appendingPathComponent("crlf")
        for folder in [lfParent, crlfParent] {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        }
        let lf = lfParent.appendingPathComponent("quickstart")
        let windows = crlfParent.appendingPathComponent("quickstart")
        try FileManager.default.copyItem(at: source, to: lf)
        try FileManager.default.createDirectory(at: windows, withIntermediateDirectories: true)
        var converted = 0
        for name in try FileManager.default.contentsOfDirectory(atPath: lf.path)
        where name.hasSuffix(".md") || name.hasSuffix(".yml") {
            let text = try String(
                contentsOf: lf.appendingPathComponent(name), encoding: .utf8)
            #expect(!text.contains("\r"))
            try ("\u{FEFF}" + crlf(text)).write(
                to: windows.appendingPathComponent(name), atomically: true, encoding: .utf8)
            converted += 1
        }
        #expect(converted == 5)
        var options = Support.options(report: lf, parent: lfParent)
        options.cacheDirectory = parent.appendingPathComponent("cache").path
        let first = try await ReportBuilder.build(
            options, progress: ProgressReporter(mode: .silent))
        options = Support.options(report: windows, parent: crlfParent)
        options.cacheDirectory = parent.appendingPathComponent("cache").path
        let second = try await ReportBuilder.build(
            options, progress: ProgressReporter(mode: .silent))
        // Same directives, same keys: the CRLF build finds everything in the LF build's cache.
        #expect(second.computed == 0)
        #expect(first.pages == second.pages)
        for name in first.pages {
            #expect(try page(first, name) == page(second, name), "\(name) differs")
        }
    }

    @Test func lineEndingsAndByteOrderMarkAreNormalized() {
        #expect(ReportFiles.normalizedText("\u{FEFF}a\r\nb\rc\n\r\n") == "a\nb\nc\n\n")
        #expect(ReportFiles.normalizedText("a\u{FEFF}b") == "a\u{FEFF}b")
    }

    @Test func crlfAndBomKeepLocations() throws {
        let parent = try Support.temporaryFolder()
        let folder = try Support.writeReport(
            in: parent,
            chapters: [
                (
                    "page",
                    "\u{FEFF}" + crlf("# Title\n\nText <<vlaue x>> here.\n\n<<include part.md>>\n")
                )
            ],
            settings: "\u{FEFF}" + crlf("title: T\nchapters: [page]\nformat: [html]\n"))
        try ("\u{FEFF}" + crlf("Line one.\n\n   <<tabel of=y>>\n")).write(
            to: folder.appendingPathComponent("part.md"), atomically: true, encoding: .utf8)
        let settings = Support.headlines { try Support.check(folder) }
        #expect(
            settings == [
                "report/report.yml:3:1: error: unknown key 'format' in report.yml: expected one of title, authors, chapters, data_folders, defaults, params"
            ])
        try ("\u{FEFF}" + crlf("title: T\nchapters: [page]\n")).write(
            to: folder.appendingPathComponent("report.yml"), atomically: true, encoding: .utf8)
        let found = Support.headlines { try Support.check(folder) } ?? []
        let verbs =
            "expected one of data, train, scan, plot, table, value, log, assert, export, include"
        #expect(
            found == [
                "report/page.md:3:8: error: unknown directive 'vlaue': \(verbs); did you mean 'value'?",
                "report/part.md:3:6: error: unknown directive 'tabel': \(verbs); did you mean 'table'?",
            ])
    }

    @Test func directivesInIndentedCodeAreLiteral() async throws {
        let parent = try Support.temporaryFolder()
        let text = """
            # Code

            <<data sample as=d draws="signal:normal(0,1)x3; background:normal(1,1)x2">>

            Top-level indented code:

                <<value nope.events>> and $x$ and @fig:missing

            1. An item with a block directive indented inside it:

                <<assert d.events expect=5 tol=0.5 fmt=d>>

            2. An item with fenced code:

               ```
               <<value nope.signal>>
               ```

            > A quote with code:
            >
            >     <<value nope.background>>

            A paragraph whose next line is indented
                <<value d.signal fmt=d>> continues it.

            """
        let folder = try Support.writeReport(in: parent, chapters: [("page", text)])
        let html = try page(try await build(folder, parent: parent), "page.html")
        #expect(
            html.contains("<pre><code>&lt;&lt;value nope.events&gt;&gt; and $x$ and @fig:missing\n")
        )
        #expect(
            html.contains(
                "<li>\n<p>An item with a block directive indented inside it:</p>\n<p class=\"check\">✓ d.events = 5 (expected 5 ± 0.5)</p>"
            ))
        #expect(html.contains("<pre><code>&lt;&lt;value nope.signal&gt;&gt;\n</code></pre>"))
        #expect(html.contains("<pre><code>&lt;&lt;value nope.background&gt;&gt;\n</code></pre>"))
        #expect(html.contains("<span class=\"value\">3</span> continues it."))
    }

    @Test func titlesAreRenderedText() async throws {
        let parent = try Support.temporaryFolder()
        let first = """
            # Cut at <<value d.events fmt=d>> events with $\\sigma_{1}$ and *emphasis* `code`

            <<data sample as=d draws="signal:normal(0,1)x3; background:normal(1,1)x2">>

            Text.

            ## Section <<value d.signal fmt=d>> of $x$

                ## not a section <<value d.signal>>

            """
        let folder = try Support.writeReport(
            in: parent,
            chapters: [("one", first), ("two", "# Second [link](one.html) **bold**\n\nMore.\n")])
        var options = Support.options(report: folder, parent: parent)
        options.studies = ["two"]
        let summary = try await ReportBuilder.build(
            options, progress: ProgressReporter(mode: .silent))
        let title = "Cut at 5 events with σ₁ and emphasis code"
        let two = try page(summary, "two.html")
        #expect(two.contains("<title>Second link bold — Test report</title>"))
        #expect(two.contains("<a rel=\"prev\" href=\"one.html\">← \(title)</a>"))
        let index = try page(summary, "index.html")
        #expect(index.contains("<li><a href=\"one.html\">\(title)</a>"))
        #expect(index.contains("<li><a href=\"two.html\">Second link bold</a>"))
        #expect(index.contains("<li><a href=\"one.html#section-3-of-x\">Section 3 of <math"))
        #expect(!index.contains("not a section"))

        let whole = try await build(folder, parent: parent)
        #expect(try page(whole, "one.html").contains("<h2 id=\"section-3-of-x\">Section <span"))
        #expect(try page(whole, "one.html").contains("<title>\(title) — Test report</title>"))

        let computed = try await ReportBuilder.compute(
            Support.options(report: folder, parent: parent),
            progress: ProgressReporter(mode: .silent))
        let document = try BookDocumentBuilder.document(
            from: BookSource(
                report: computed.report, plan: computed.plan, results: computed.results,
                provenance: computed.provenance))
        #expect(document.chapters.map(\.title) == [title, "Second link bold"])
        let loaded = try ReportLoader.load(directory: folder.path)
        #expect(loaded.studies[0].title == "Cut at … events with σ₁ and emphasis code")
    }
}
