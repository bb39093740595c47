import Foundation
import Testing

@testable import CutBook

/// What CutBook gives `cutbook serve`: the files a build read, an HTML-only build that keeps
/// the previous book, and the one default output folder.
struct ServeHooksTests {
    /// The `files` fixture (a CSV and an `.npy` data file) with an include added.
    private func filesReport(in parent: URL, include: String) throws -> URL {
        let report = try Support.copyFixture("files", into: parent)
        let chapter = report.appendingPathComponent("files.md")
        let text = try String(contentsOf: chapter, encoding: .utf8)
        try (text + "\n<<include \(include)>>\n").write(
            to: chapter, atomically: true, encoding: .utf8)
        return report
    }

    @Test func theLogHoldsEveryFileTheBuildRead() async throws {
        let parent = try Support.temporaryFolder()
        let report = try filesReport(in: parent, include: "part.md")
        try "Included text.\n".write(
            to: report.appendingPathComponent("part.md"), atomically: true, encoding: .utf8)
        let log = FileReadLog()
        _ = try await log.recording {
            try await ReportBuilder.build(
                Support.options(report: report, parent: parent),
                progress: ProgressReporter(mode: .silent))
        }
        let folder = ReportFiles.physical(report.path)
        #expect(
            log.files
                == ["events.csv", "events.npy", "files.md", "part.md", "report.yml"].map {
                    folder + "/" + $0
                })
    }

    @Test func aFailedBuildLogsTheMissingFileItStoppedAt() async throws {
        let parent = try Support.temporaryFolder()
        let report = try filesReport(in: parent, include: "later.md")
        let log = FileReadLog()
        await #expect(throws: BuildFailure.self) {
            try await log.recording {
                try await ReportBuilder.build(
                    Support.options(report: report, parent: parent),
                    progress: ProgressReporter(mode: .silent))
            }
        }
        #expect(log.files.contains(ReportFiles.physical(report.path) + "/later.md"))
    }

    @Test func concurrentBuildsKeepTheirLogsApart() async throws {
        let parent = try Support.temporaryFolder()
        let first = try Support.writeReport(
            in: parent, name: "one", chapters: [("a", "# A\n\nText.\n")])
        let second = try Support.writeReport(
            in: parent, name: "two", chapters: [("b", "# B\n\nText.\n")])
        func build(_ report: URL, out: String) async throws -> [String] {
            var options = Support.options(report: report, parent: parent)
            options.outDirectory = parent.appendingPathComponent(out).path
            let log = FileReadLog()
            _ = try await log.recording {
                try await ReportBuilder.build(options, progress: ProgressReporter(mode: .silent))
            }
            return log.files
        }
        async let one = build(first, out: "out-one")
        async let two = build(second, out: "out-two")
        let (filesOfOne, filesOfTwo) = try await (one, two)
        #expect(
            filesOfOne.map { URL(fileURLWithPath: $0).lastPathComponent } == ["a.md", "report.yml"])
        #expect(
            filesOfTwo.map { URL(fileURLWithPath: $0).lastPathComponent } == ["b.md", "report.yml"])
    }

    @Test func skippingTheBookKeepsThePreviousOne() async throws {
        let parent = try Support.temporaryFolder()
        let report = try Support.writeReport(
            in: parent, name: "rep", chapters: [("a", "# A\n\nFirst text.\n")])
        var options = Support.options(report: report, parent: parent)
        options.formats = ["html", "pdf"]
        let full = try await ReportBuilder.build(options, progress: ProgressReporter(mode: .silent))
        #expect(!full.bookPending)
        let book = parent.appendingPathComponent("out/rep.pdf")
        let firstBook = try Data(contentsOf: book)

        try "# A\n\nSecond text.\n".write(
            to: report.appendingPathComponent("a.md"), atomically: true, encoding: .utf8)
        options.skipsBook = true
        let pages = try await ReportBuilder.build(
            options, progress: ProgressReporter(mode: .silent))
        #expect(pages.bookPending)
        #expect(try Data(contentsOf: book) == firstBook, "the previous book stays")
        let page = try String(
            contentsOf: parent.appendingPathComponent("out/a.html"), encoding: .utf8)
        #expect(page.contains("Second text."))

        options.formats = ["html"]
        let htmlOnly = try await ReportBuilder.build(
            options, progress: ProgressReporter(mode: .silent))
        #expect(!htmlOnly.bookPending, "nothing pending when the formats ask for no book")
        #expect(!FileManager.default.fileExists(atPath: book.path))
    }

    @Test func theDefaultOutputFolderLivesWithTheReport() {
        var options = BuildOptions(reportDirectory: "/data/a/b/study/")
        #expect(options.resolvedOutDirectory == "/data/a/b/study/_build")
        options.outDirectory = "/tmp/site"
        #expect(options.resolvedOutDirectory == "/tmp/site")
    }
}
