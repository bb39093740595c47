import Foundation
import Testing

@testable import CutBook

/// How a rebuild writes the site: unchanged files are kept (linked, not rewritten), changed
/// ones are new files, and the previous site's files are never modified in place.
@Suite(.serialized) struct SiteWriterTests {
    private func build(_ options: BuildOptions) async throws -> BuildSummary {
        try await ReportBuilder.build(options, progress: ProgressReporter(mode: .silent))
    }

    private func inode(_ url: URL) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
        return (attributes[.systemFileNumber] as? NSNumber)?.intValue ?? -1
    }

    @Test func unchangedFilesAreKeptAndChangedOnesNeverWrittenThrough() async throws {
        let parent = try Support.temporaryFolder()
        let report = try Support.writeReport(
            in: parent,
            chapters: [
                (
                    "one",
                    "# One\n\n<<plot relaxation at=0 range=-3,3 label=r caption=\"Weights\">>\n"
                ),
                ("two", "# Two\n\nFirst words.\n"),
            ])
        let options = Support.options(report: report, parent: parent)
        let first = try await build(options)
        let out = first.outDirectory
        let figure = out.appendingPathComponent("figures/one-fig-r.png")
        let page = out.appendingPathComponent("two.html")
        let figureInode = try inode(figure)
        // Another name for the previous page's bytes, as a reader of the old site would hold.
        let kept = parent.appendingPathComponent("kept.html")
        try FileManager.default.linkItem(at: page, to: kept)
        let before = try Data(contentsOf: page)

        try "# Two\n\nOther words.\n".write(
            to: report.appendingPathComponent("two.md"), atomically: true, encoding: .utf8)
        _ = try await build(options)
        #expect(try inode(figure) == figureInode)
        #expect(try Data(contentsOf: kept) == before)
        #expect(try String(contentsOf: page, encoding: .utf8).contains("Other words."))

        // A single-study build keeps the other pages, also without rewriting them.
        var single = options
        single.studies = ["two"]
        _ = try await build(single)
        #expect(try inode(figure) == figureInode)
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("one.html").path))
    }
}
