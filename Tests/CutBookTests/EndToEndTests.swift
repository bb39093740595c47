import Foundation
import Testing

@testable import CutBook

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Fixture reports built end to end.
@Suite(.serialized) struct EndToEndTests {
    private func build(_ options: BuildOptions) async throws -> BuildSummary {
        try await ReportBuilder.build(options, progress: ProgressReporter(mode: .silent))
    }

    /// Parses `data` as XML; returns the parser's error, nil when well-formed.
    private func xmlError(_ data: Data) -> String? {
        let parser = XMLParser(data: data)
        return parser.parse()
            ? nil : "\(parser.parserError.map { "\($0)" } ?? "?") at line \(parser.lineNumber)"
    }

    @Test func basicsBuildsWellFormedPages() async throws {
        let parent = try Support.temporaryFolder()
        let report = try Support.copyFixture("basics", into: parent)
        let summary = try await build(Support.options(report: report, parent: parent))
        #expect(summary.pages == ["index.html", "prose.html", "second.html"])
        for page in summary.pages {
            let data = try Data(contentsOf: summary.outDirectory.appendingPathComponent(page))
            #expect(xmlError(data) == nil, "\(page) is not well-formed")
        }
        let prose = try String(
            contentsOf: summary.outDirectory.appendingPathComponent("prose.html"), encoding: .utf8)
        #expect(prose.contains("<code>code with &lt;&lt;value not.a.directive&gt;&gt;</code>"))
        #expect(prose.contains("a literal &lt;&lt;escaped&gt;&gt;"))
        #expect(prose.contains("<msqrt><mrow><mi>B</mi></mrow></msqrt>"))
        #expect(prose.contains("a price of $5"))
        #expect(
            prose.contains("<math xmlns=\"http://www.w3.org/1998/Math/MathML\" display=\"block\">"))
        #expect(prose.contains("<span class=\"number\">Table 1.1.</span> Softmax of"))
        #expect(prose.contains("<td class=\"number\">0.0200</td>"))
        #expect(prose.contains("The first difference is <span class=\"value\">0.0321</span>"))
        #expect(prose.contains("<a class=\"ref\" href=\"#tab-softmax\">Table 1.1</a>"))
        #expect(prose.contains("<a rel=\"next\" href=\"second.html\">"))
        #expect(prose.contains("Seeds: 19680801") == false)
        let second = try String(
            contentsOf: summary.outDirectory.appendingPathComponent("second.html"), encoding: .utf8)
        #expect(second.contains("<a class=\"ref\" href=\"prose.html#tab-softmax\">Table 1.1</a>"))
        #expect(second.contains("<span class=\"value checked\""))
        #expect(second.contains("<h2 id=\"where-s-b-comes-from\">Where <math"))
        #expect(second.contains("<h2 id=\"where-s-b-comes-from-2\">"))
        let index = try String(
            contentsOf: summary.outDirectory.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(index.contains("<li><a href=\"prose.html\">Prose, math and tables</a></li>"))
        #expect(index.contains("A. Tester, B. Checker"))
        #expect(index.contains("<li><a href=\"second.html#where-s-b-comes-from-2\">Where <math"))
        #expect(index.contains("CutEngine"))
    }

    @Test func scansReproducePublishedNumbers() async throws {
        let parent = try Support.temporaryFolder()
        let report = try Support.copyFixture("scans", into: parent)
        let summary = try await build(Support.options(report: report, parent: parent))
        let page = try String(
            contentsOf: summary.outDirectory.appendingPathComponent("simple.html"), encoding: .utf8)
        #expect(
            page.contains(
                "The best hard cut is <span class=\"value\">3.737</span> with S/√B = <span class=\"value\">22.44</span>"
            ))
        #expect(
            page.contains(
                "at most <span class=\"value\">0.0</span> and at least <span class=\"value\">0.0</span>"
            ))
        #expect(page.contains("Seeds: 19680801."))
        #expect(xmlError(Data(page.utf8)) == nil)
    }

    @Test func warmRebuildRunsNothingAndProseEditRunsNoTraining() async throws {
        let parent = try Support.temporaryFolder()
        let report = try Support.copyFixture("training", into: parent)
        let options = Support.options(report: report, parent: parent)
        let cold = try await build(options)
        #expect(cold.trainings == 1)
        let warm = try await build(options)
        #expect(warm.computed == 0)
        #expect(warm.trainings == 0)
        #expect(warm.loaded == cold.computed - 1)  // the data set is never loaded: nothing needs it
        let notes = report.appendingPathComponent("notes.md")
        try
            (try String(contentsOf: notes, encoding: .utf8) + "\nMore prose, and a new paragraph.\n")
            .write(
                to: notes, atomically: true, encoding: .utf8)
        let edited = try await build(options)
        #expect(edited.trainings == 0)
        #expect(edited.computed == 0)
        let page = try String(
            contentsOf: edited.outDirectory.appendingPathComponent("notes.html"), encoding: .utf8)
        #expect(page.contains("More prose"))
        let fit = try String(
            contentsOf: edited.outDirectory.appendingPathComponent("fit.html"), encoding: .utf8)
        #expect(fit.contains("<pre class=\"log\">epoch       1  loss"))
        #expect(fit.contains("40 epochs in"))
        #expect(fit.contains("fit: cuts(erf), 40 epochs in"))
    }

    @Test func badDirectiveKeepsPreviousSite() async throws {
        let parent = try Support.temporaryFolder()
        let report = try Support.copyFixture("basics", into: parent)
        let options = Support.options(report: report, parent: parent)
        let summary = try await build(options)
        let before = try Data(
            contentsOf: summary.outDirectory.appendingPathComponent("second.html"))
        let page = report.appendingPathComponent("second.md")
        try (try String(contentsOf: page, encoding: .utf8) + "\n<<plot line of=shfit>>\n").write(
            to: page, atomically: true, encoding: .utf8)
        await #expect(throws: BuildFailure.self) { try await build(options) }
        do {
            _ = try await build(options)
        } catch let failure as BuildFailure {
            #expect(
                failure.diagnostics.map(\.headline) == [
                    "basics/second.md:13:16: error: <<plot>> uses result 'shfit', which no directive defines with as=; did you mean 'shift'?"
                ])
        }
        let after = try Data(contentsOf: summary.outDirectory.appendingPathComponent("second.html"))
        #expect(after == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: parent.path).filter {
            $0.hasPrefix(".out")
        }
        #expect(leftovers.isEmpty)
    }

    @Test func failingAssertionFailsTheBuild() async throws {
        let parent = try Support.temporaryFolder()
        let report = try Support.writeReport(
            in: parent,
            chapters: [
                (
                    "page",
                    "<<table softmax a=1,2 b=0,2 as=t>>\n\n<<assert t.rows expect=3 tol=0.5>>\n"
                )
            ])
        await #expect(throws: BuildFailure.self) {
            try await build(Support.options(report: report, parent: parent))
        }
        do {
            _ = try await build(Support.options(report: report, parent: parent))
        } catch let failure as BuildFailure {
            #expect(
                failure.diagnostics.map(\.headline) == [
                    "report/page.md:3:10: error: assertion failed: t.rows is 2, expected 3 ± 0.5"
                ])
        }
    }

    @Test func singleStudyComputesOnlyWhatItNeedsAndKeepsOtherPages() async throws {
        let parent = try Support.temporaryFolder()
        let report = try Support.writeReport(
            in: parent,
            chapters: [
                ("first", "# First\n\n<<table softmax a=1,2 b=0,2 as=a>>\n"),
                ("second", "# Second\n\n<<table softmax a=5,6 b=0,6 as=b>>\n"),
            ])
        var options = Support.options(report: report, parent: parent)
        options.studies = ["second"]
        let partial = try await build(options)
        #expect(partial.computed == 1)
        #expect(partial.pages == ["index.html", "second.html"])
        options.studies = []
        _ = try await build(options)
        options.studies = ["first"]
        let again = try await build(options)
        #expect(again.computed == 0)
        #expect(
            FileManager.default.fileExists(
                atPath: again.outDirectory.appendingPathComponent("second.html").path))
    }

    @Test func unknownStudyAndPdfAreClearErrors() async throws {
        let parent = try Support.temporaryFolder()
        let report = try Support.copyFixture("basics", into: parent)
        var options = Support.options(report: report, parent: parent)
        options.studies = ["secnd"]
        options.formats = ["pdf"]
        do {
            _ = try await build(options)
            Issue.record("expected a failure")
        } catch let failure as BuildFailure {
            #expect(
                failure.diagnostics.map(\.headline) == [
                    "error: --study secnd: no such study in basics; expected one of prose, second; did you mean 'second'?"
                ])
        }
    }

    @Test func corruptCacheEntryIsRecomputed() async throws {
        let parent = try Support.temporaryFolder()
        let report = try Support.copyFixture("training", into: parent)
        let options = Support.options(report: report, parent: parent)
        _ = try await build(options)
        let cache = parent.appendingPathComponent("cache")
        for file in try FileManager.default.contentsOfDirectory(atPath: cache.path) {
            let url = cache.appendingPathComponent(file)
            var data = try Data(contentsOf: url)
            data[data.count - 2] ^= 0x01
            try data.write(to: url)
        }
        let rebuilt = try await build(options)
        #expect(rebuilt.loaded == 0)
        #expect(rebuilt.trainings == 1)
    }

    @Test func modelsTrainScanAndPlot() async throws {
        let parent = try Support.temporaryFolder()
        let report = try Support.copyFixture("models", into: parent)
        let summary = try await build(Support.options(report: report, parent: parent))
        #expect(summary.trainings == 1)
        #expect(summary.figureFiles == 21)
        for page in summary.pages {
            let data = try Data(contentsOf: summary.outDirectory.appendingPathComponent(page))
            #expect(xmlError(data) == nil, "\(page) is not well-formed")
        }
        let png = try Data(
            contentsOf: summary.outDirectory.appendingPathComponent(
                "figures/network-fig-scatter.png"))
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        let surfaces = try String(
            contentsOf: summary.outDirectory.appendingPathComponent("surfaces.html"),
            encoding: .utf8)
        #expect(
            surfaces.contains("<a class=\"ref\" href=\"network.html#fig-scatter\">Figure 1.1</a>"))
        #expect(surfaces.contains("<span class=\"number\">Figure 2.1.</span> Loss surface"))
    }

    @Test func quickstartBuildsAndRebuildsWithoutTraining() async throws {
        let parent = try Support.temporaryFolder()
        let source = Support.packageRoot.appendingPathComponent("reports/quickstart")
        let report = parent.appendingPathComponent("quickstart")
        try FileManager.default.copyItem(at: source, to: report)
        let options = Support.options(report: report, parent: parent)
        let cold = try await build(options)
        #expect(
            cold.pages == ["data.html", "index.html", "scan.html", "train.html", "twocuts.html"])
        #expect(cold.trainings == 2)
        let page = report.appendingPathComponent("train.md")
        try (try String(contentsOf: page, encoding: .utf8) + "\nOne more sentence of prose.\n")
            .write(
                to: page, atomically: true, encoding: .utf8)
        let warm = try await build(options)
        #expect(warm.computed == 0)
        #expect(warm.trainings == 0)
    }

    @Test func csvAndNpyFilesAreReadAndKeyedByTheirBytes() async throws {
        let parent = try Support.temporaryFolder()
        let report = try Support.copyFixture("files", into: parent)
        let options = Support.options(report: report, parent: parent)
        let first = try await build(options)
        let page = try String(
            contentsOf: first.outDirectory.appendingPathComponent("files.html"), encoding: .utf8)
        #expect(page.contains("with <span class=\"value\">40</span> signal events"))
        #expect(page.contains("with <span class=\"value\">100</span> events"))
        let csv = report.appendingPathComponent("events.csv")
        try (try String(contentsOf: csv, encoding: .utf8) + "9.5,19,1\n").write(
            to: csv, atomically: true, encoding: .utf8)
        let second = try await build(options)
        #expect(second.computed == 4)  // the CSV data set, its scan and the two values reading them
    }

    @Test func softmaxDifferenceHasAShortFieldName() async throws {
        let parent = try Support.temporaryFolder()
        let report = try Support.writeReport(
            in: parent,
            chapters: [
                (
                    "page",
                    "<<table softmax a=1,2,3,4 b=0,2,3,4 as=t>>\n\n<<value t.difference[3] fmt=.4f>> and <<value \"t.softmax(a) − softmax(b)[3]\" fmt=.4f>>.\n"
                )
            ])
        let summary = try await build(Support.options(report: report, parent: parent))
        let html = try String(
            contentsOf: summary.outDirectory.appendingPathComponent("page.html"), encoding: .utf8)
        #expect(
            html.contains(
                "<span class=\"value\">-0.0133</span> and <span class=\"value\">-0.0133</span>."))
    }

    @Test func unknownFieldNamesTheNearestAtItsColumn() async throws {
        let parent = try Support.temporaryFolder()
        let report = try Support.writeReport(
            in: parent,
            chapters: [("page", "<<table softmax a=1,2 b=0,2 as=t>>\n\nRows: <<value t.rowz>>.\n")])
        do {
            _ = try await build(Support.options(report: report, parent: parent))
            Issue.record("expected a failure")
        } catch let failure as BuildFailure {
            #expect(
                failure.diagnostics.map(\.headline) == [
                    "report/page.md:3:15: error: <<value>> failed: result 't' (table) has no field 'rowz': expected one of a[i], b[i], difference[i], i[i], rows, softmax(a) − softmax(b)[i], softmax(a)[i], softmax(b)[i]; did you mean 'rows'?"
                ])
        }
    }
}
