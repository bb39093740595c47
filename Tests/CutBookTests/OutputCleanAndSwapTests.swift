import Foundation
import Testing

@testable import CutBook

/// `cutbook clean` removes only what CutBook marked; the swap exchanges folders in one step;
/// the temporary folders of dead builds are removed and those of running ones kept.
@Suite struct OutputCleanAndSwapTests {
    private let manager = FileManager.default

    private func folder(_ url: URL, files: [String: String] = [:]) throws {
        try manager.createDirectory(at: url, withIntermediateDirectories: true)
        for (name, text) in files {
            try text.write(to: url.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
    }

    /// The id of a process that has exited (and been reaped).
    private func deadProcessID() throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }

    @Test func cleanRemovesOnlyMarkedSitesAndCutBooksCache() throws {
        let root = try Support.temporaryFolder()
        let cache = root.appendingPathComponent("cache")
        let build = root.appendingPathComponent("build")
        try folder(
            cache,
            files: [
                CacheDirectoryTag.marker.fileName: String(
                    decoding: CacheDirectoryTag.marker.contents, as: UTF8.self)
            ])
        try folder(
            build.appendingPathComponent("site"),
            files: [
                SiteMarker.marker.fileName: String(
                    decoding: SiteMarker.marker.contents, as: UTF8.self),
                "index.html": "x",
            ])
        try folder(build.appendingPathComponent("mine"), files: ["thesis.tex": "keep"])
        let outcome = OutputCleaner.clean(cache: cache.path, outputs: build.path)
        #expect(outcome.removed == [cache.path, build.path + "/site"])
        #expect(
            outcome.skipped.map(\.description) == [
                "skipped \(build.path)/mine: not written by CutBook (no .cutbook-site marker); remove it yourself if it is not needed"
            ])
        #expect(!manager.fileExists(atPath: cache.path))
        #expect(manager.fileExists(atPath: build.path + "/mine/thesis.tex"))
    }

    @Test func cleanKeepsAForeignCacheFolderAndRemovesAnEmptiedOutputsFolder() throws {
        let root = try Support.temporaryFolder()
        let cache = root.appendingPathComponent("cache")
        let build = root.appendingPathComponent("build")
        try folder(cache, files: ["notes.md": "mine"])
        try folder(
            build.appendingPathComponent("site"),
            files: [
                SiteMarker.marker.fileName: String(
                    decoding: SiteMarker.marker.contents, as: UTF8.self)
            ])
        let outcome = OutputCleaner.clean(cache: cache.path, outputs: build.path)
        #expect(outcome.removed == [build.path + "/site", build.path])
        #expect(
            outcome.skipped.map(\.description) == [
                "skipped \(cache.path): not CutBook's result cache (no CACHEDIR.TAG and not only cache entries); remove it yourself if it is not needed"
            ])
        #expect(manager.fileExists(atPath: cache.path + "/notes.md"))
    }

    @Test func aCacheWrittenBeforeTheTagIsRecognisedByItsEntries() throws {
        let root = try Support.temporaryFolder()
        let key = String(repeating: "ab", count: 32)
        try folder(
            root, files: ["\(key).bin": "e", "book-\(key).bin": "b", ".\(key).1234.tmp": "t"])
        #expect(CacheDirectoryTag.marks(root.path))
        try folder(root, files: ["README": "x"])
        #expect(!CacheDirectoryTag.marks(root.path))
    }

    @Test func storingAResultTagsTheCacheFolder() throws {
        let root = try Support.temporaryFolder().appendingPathComponent("cache")
        try ResultCache(directory: root).store(.scalar(1), for: String(repeating: "0", count: 64))
        let tag = try String(
            contentsOf: root.appendingPathComponent("CACHEDIR.TAG"), encoding: .utf8)
        #expect(tag.hasPrefix("Signature: 8a477f597d28d172789f06886806bc55\n"))
    }

    @Test func leftoversOfDeadBuildsAreRemovedAndLiveOnesKept() throws {
        let parent = try Support.temporaryFolder()
        let dead = try deadProcessID()
        let live = ProcessInfo.processInfo.processIdentifier
        let names = [
            ".out.new-\(dead)-0123abcd", ".out.old-\(dead)-89abcdef", ".out.new-\(live)-0123abcd",
            ".out.new-\(dead)-0123ABCD", ".out.new-\(dead)", "out.new-\(dead)-0123abcd",
            ".out.new-x\(dead)-0123abcd",
        ]
        for name in names + ["out"] { try folder(parent.appendingPathComponent(name)) }
        try "f".write(
            to: parent.appendingPathComponent(".file.new-\(dead)-0123abcd"), atomically: true,
            encoding: .utf8)
        let removed = FolderSwap.removeLeftovers(in: parent.path)
        #expect(
            removed
                == [".out.new-\(dead)-0123abcd", ".out.old-\(dead)-89abcdef"].map {
                    parent.path + "/" + $0
                })
        let kept = try manager.contentsOfDirectory(atPath: parent.path).sorted()
        #expect(kept == (names.dropFirst(2) + [".file.new-\(dead)-0123abcd", "out"]).sorted())
    }

    @Test func aKillBetweenTheFallbackRenamesGetsThePreviousSiteBack() throws {
        let parent = try Support.temporaryFolder()
        let dead = try deadProcessID()
        let old = parent.appendingPathComponent(".out.old-\(dead)-89abcdef")
        try folder(old)
        try "previous".write(
            to: old.appendingPathComponent("index.html"), atomically: true, encoding: .utf8)
        #expect(FolderSwap.removeLeftovers(in: parent.path) == [])
        let restored = parent.appendingPathComponent("out/index.html")
        #expect(try String(contentsOf: restored, encoding: .utf8) == "previous")
        #expect(try manager.contentsOfDirectory(atPath: parent.path) == ["out"])
    }

    @Test func aBuildRemovesLeftoversBesideItsOutput() async throws {
        let parent = try Support.temporaryFolder()
        let report = try Support.writeReport(in: parent, chapters: [("one", "# One\n\nHi.\n")])
        let dead = try deadProcessID()
        let leftover = parent.appendingPathComponent(".out.new-\(dead)-0badc0de")
        try folder(leftover, files: ["index.html": "half"])
        _ = try await ReportBuilder.build(
            Support.options(report: report, parent: parent),
            progress: ProgressReporter(mode: .silent))
        #expect(!manager.fileExists(atPath: leftover.path))
        let names = try manager.contentsOfDirectory(atPath: parent.path).sorted()
        #expect(names == ["out", "report"])
    }

    @Test func theExchangeKeepsTheOldSiteUntilTheNewOneIsInPlace() throws {
        let parent = try Support.temporaryFolder()
        let target = parent.appendingPathComponent("out")
        let new = parent.appendingPathComponent(".out.new-1-00000000")
        try folder(target, files: ["index.html": "old"])
        try folder(new, files: ["index.html": "new"])
        let previous = try FolderSwap.install(
            new.path, at: target.path,
            previous: parent.appendingPathComponent(".out.old-1-00000000").path)
        // One step: the old tree now sits at the temporary path, whole, while the new one is in place.
        #expect(previous == new.path)
        #expect(
            try String(contentsOf: target.appendingPathComponent("index.html"), encoding: .utf8)
                == "new")
        #expect(
            try String(contentsOf: new.appendingPathComponent("index.html"), encoding: .utf8)
                == "old")
    }

    @Test func installingWhereNothingWasIsARename() throws {
        let parent = try Support.temporaryFolder()
        let new = parent.appendingPathComponent(".out.new-1-00000000")
        try folder(new, files: ["index.html": "new"])
        let target = parent.appendingPathComponent("out")
        let previous = try FolderSwap.install(
            new.path, at: target.path, previous: parent.path + "/.out.old-1-00000000")
        #expect(previous == nil)
        #expect(try manager.contentsOfDirectory(atPath: parent.path) == ["out"])
    }
}
