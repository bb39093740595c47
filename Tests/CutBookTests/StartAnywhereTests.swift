import Foundation
import Testing

@testable import CutBook

/// A report builds wherever it is: `cutbook init` writes one that builds as it is, its site and
/// cache live with it (`_build/`, `.cutbook-cache/`) whatever the working folder, and `--out`
/// and `--cache` move them, with the same refusals as before.
@Suite struct StartAnywhereTests {
    /// Options for `report` with nothing chosen: default site, cache and templates.
    private func defaults(_ report: URL) -> BuildOptions {
        var options = BuildOptions(reportDirectory: report.path)
        options.jobs = 2
        return options
    }

    /// A report with one chapter: a drawn data set and a scan of it (one cached result).
    private func scanReport(in parent: URL) throws -> URL {
        try Support.writeReport(
            in: parent,
            chapters: [
                (
                    "one",
                    "# One\n\n<<data d1 as=d>>\n<<scan loss cut=hard loss=ssb on=d from=-5 to=5 steps=5 as=s>>\n"
                )
            ])
    }

    private func build(_ options: BuildOptions) async throws -> BuildSummary {
        try await ReportBuilder.build(options, progress: ProgressReporter(mode: .silent))
    }

    @Test func initWritesAReportThatBuildsWithTheSiteAndCacheInsideIt() async throws {
        let parent = try Support.temporaryFolder()
        let report = parent.appendingPathComponent("new/study")
        try StarterReport.write(to: report.path)
        let names = try FileManager.default.contentsOfDirectory(atPath: report.path).sorted()
        #expect(names == [".gitignore", "README.md", "data.md", "report.yml", "scan.md"])
        let first = try await build(defaults(report))
        #expect(first.outDirectory.path == report.appendingPathComponent("_build").path)
        #expect(first.computed > 0)
        let site = report.appendingPathComponent("_build")
        #expect(
            FileManager.default.fileExists(atPath: site.appendingPathComponent("scan.html").path))
        let cache = report.appendingPathComponent(".cutbook-cache")
        #expect(CacheDirectoryTag.marks(cache.path))
        let second = try await build(defaults(report))
        #expect(second.computed == 0)
        let page = try String(contentsOf: site.appendingPathComponent("data.html"), encoding: .utf8)
        #expect(page.contains("seed <span class=\"value\">19680801</span>"))
    }

    @Test func initRefusesAFolderThatIsNotEmptyAndAFile() throws {
        let parent = try Support.temporaryFolder()
        let notes = parent.appendingPathComponent("notes")
        try FileManager.default.createDirectory(at: notes, withIntermediateDirectories: true)
        try "keep me\n".write(
            to: notes.appendingPathComponent("todo.txt"), atomically: true, encoding: .utf8)
        #expect(throws: StarterReport.Refusal.self) { try StarterReport.write(to: notes.path) }
        do {
            try StarterReport.write(to: notes.path)
        } catch let refusal as StarterReport.Refusal {
            #expect(
                refusal.description
                    == "refusing to create a report in '\(notes.path)': the folder is not empty (it holds todo.txt), and cutbook init never overwrites files; choose a new or empty folder"
            )
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: notes.path) == ["todo.txt"])
        let file = notes.appendingPathComponent("todo.txt")
        #expect(throws: StarterReport.Refusal.self) { try StarterReport.write(to: file.path) }
        let empty = parent.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        try StarterReport.write(to: empty.path)
        #expect(
            FileManager.default.fileExists(atPath: empty.appendingPathComponent("report.yml").path))
    }

    @Test func outAndCacheOverrideTheReportsFolders() async throws {
        let parent = try Support.temporaryFolder()
        let report = try scanReport(in: parent)
        var options = defaults(report)
        options.outDirectory = parent.appendingPathComponent("site").path
        options.cacheDirectory = parent.appendingPathComponent("results").path
        _ = try await build(options)
        let manager = FileManager.default
        #expect(manager.fileExists(atPath: parent.appendingPathComponent("site/one.html").path))
        #expect(CacheDirectoryTag.marks(parent.appendingPathComponent("results").path))
        #expect(!manager.fileExists(atPath: report.appendingPathComponent("_build").path))
        #expect(!manager.fileExists(atPath: report.appendingPathComponent(".cutbook-cache").path))
        #expect(try await build(options).computed == 0)
        // The report's own cache is another cache: the default build computes again.
        #expect(try await build(defaults(report)).computed > 0)
        let status = try ReportBuilder.status(
            reportDirectory: report.path, cacheDirectory: options.cacheDirectory)
        #expect(status.map(\.cached) == [1])
        #expect(try ReportBuilder.status(reportDirectory: report.path).map(\.cached) == [1])
    }

    @Test func cleanRemovesTheReportsOwnCacheAndSite() async throws {
        let parent = try Support.temporaryFolder()
        let report = try scanReport(in: parent)
        _ = try await build(defaults(report))
        let cache = ReportPaths.cache(report: report.path, given: nil)
        let site = ReportPaths.output(report: report.path, given: nil)
        #expect(try ReportBuilder.status(reportDirectory: report.path).map(\.cached) == [1])
        let outcome = OutputCleaner.clean(cache: cache, outputs: site)
        #expect(outcome.removed == [cache, site])
        #expect(try ReportBuilder.status(reportDirectory: report.path).map(\.cached) == [0])
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: report.path).sorted() == [
                "one.md", "report.yml",
            ])
    }

    /// The cache folder's refusals: `cutbook clean` removes a tagged cache whole, so it must
    /// never be the report, hold it or its sources, or be a folder of other files.
    @Test func cacheFoldersThatCleanWouldMakeDangerousAreRefused() async throws {
        let parent = try Support.temporaryFolder()
        let report = try Support.writeReport(in: parent, chapters: [("one", "# One\n\nHi.\n")])
        let resolved = ResolvedPathBase.resolved(parent)
        let elsewhere = try Support.temporaryFolder()
        func refusal(_ cache: String) async throws -> String? {
            var options = Support.options(report: report, parent: elsewhere)
            options.cacheDirectory = cache
            let before = try Tree.snapshot(parent)
            defer { #expect((try? Tree.snapshot(parent)) == before) }
            do {
                _ = try await build(options)
                return nil
            } catch let refusal as OutputRefusal {
                return refusal.message
            }
        }
        #expect(
            try await refusal(report.path)
                == "refusing to use '\(report.path)' as the result cache: it is the report folder, and cutbook clean, which removes the cache folder, would delete the report; choose another --cache, or leave it out for .cutbook-cache/ in the report folder"
        )
        #expect(
            try await refusal(parent.path)?.contains(
                "it contains the report folder '\(resolved.path)/report'") == true)
        let notes = parent.appendingPathComponent("notes")
        try FileManager.default.createDirectory(at: notes, withIntermediateDirectories: true)
        try "mine\n".write(
            to: notes.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        #expect(
            try await refusal(notes.path)
                == "refusing to use '\(notes.path)' as the result cache: the folder is not empty and is not a CutBook result cache (no CACHEDIR.TAG), and cutbook clean would delete it whole; choose an empty or new folder, or an existing CutBook cache"
        )
        #expect(
            try await refusal(notes.appendingPathComponent("a.txt").path)?.contains(
                "it exists and is not a folder") == true)
    }

    @Test func theReportsBuildFolderIsAcceptedButNeverReadAsASource() async throws {
        let parent = try Support.temporaryFolder()
        let report = try Support.writeReport(
            in: parent, chapters: [("one", "# One\n\n<<include _build/notes.md>>\n")])
        let build = report.appendingPathComponent("_build")
        try FileManager.default.createDirectory(at: build, withIntermediateDirectories: true)
        try "Notes.\n".write(
            to: build.appendingPathComponent("notes.md"), atomically: true, encoding: .utf8)
        var options = defaults(report)
        options.templatesDirectory = Support.templates.path
        let headlines = try await Support.failureHeadlines { _ = try await self.build(options) }
        #expect(
            headlines == [
                "report/one.md:3:11: error: <<include>> file '_build/notes.md' lies inside '_build', the build's output or result cache folder: a report does not read what its builds write; keep sources outside _build/, or build with another --out or --cache"
            ])
        // An --out inside the report is never read either.
        try FileManager.default.removeItem(at: build)
        let site = report.appendingPathComponent("site")
        try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
        try "Notes.\n".write(
            to: site.appendingPathComponent("notes.md"), atomically: true, encoding: .utf8)
        try "# One\n\n<<include site/notes.md>>\n".write(
            to: report.appendingPathComponent("one.md"), atomically: true, encoding: .utf8)
        options.outDirectory = site.path
        let again = try await Support.failureHeadlines { _ = try await self.build(options) }
        #expect(again?.first?.contains("lies inside 'site', the build's output") == true)
        // Without the include, _build/ in the report is a fine site folder.
        try "# One\n\nHi.\n".write(
            to: report.appendingPathComponent("one.md"), atomically: true, encoding: .utf8)
        options.outDirectory = nil
        let summary = try await self.build(options)
        #expect(summary.outDirectory.path == build.path)
    }
}

extension Support {
    /// The headlines of the `BuildFailure` thrown by `body`, or nil when it does not fail.
    static func failureHeadlines(_ body: () async throws -> Void) async throws -> [String]? {
        do {
            try await body()
            return nil
        } catch let failure as BuildFailure {
            return failure.diagnostics.map(\.headline)
        }
    }
}
