import Foundation
import Testing

@testable import CutBook

/// Cache entries are bound to their key: bytes copied from another entry's file are a miss
/// (recomputed, with a note), never a hit; earlier formats are not trusted; temporary files of
/// dead builds are swept.
@Suite("Cache binding")
struct CacheBindingTests {
    /// Collects what a build's progress reporter prints.
    final class Notes: @unchecked Sendable {
        private let lock = NSLock()
        private var text = ""
        func append(_ line: String) { lock.withLock { text += line } }
        var lines: [String] { lock.withLock { text.split(separator: "\n").map(String.init) } }
    }

    private static let chapter = """
        # Binding

        <<data d1 as=d1>>

        <<scan loss cut=hard loss=ssb on=d1 from=-10 to=10 steps=40 as=brute>>
        <<scan loss cut=erf loss=ssb on=d1 from=-10 to=10 steps=40 as=smooth>>

        The best cut is <<value brute.argmax fmt=.4f>>, smoothed <<value smooth.argmax fmt=.4f>>.

        <<plot line of=brute label=brute caption="Hard">>
        <<plot line of=smooth label=smooth caption="Smooth">>
        <<train cuts erf on=d1 loss=ssb optimizer=gradient lr=0.06 init=5.45 epochs=20 as=climb>>

        The trained cut is <<value climb.cuts[0] fmt=.5f>>.
        """

    private func build(_ report: URL, parent: URL, notes: Notes) async throws {
        var options = Support.options(report: report, parent: parent)
        options.jobs = 1
        _ = try await ReportBuilder.build(
            options, progress: ProgressReporter(mode: .plain, write: { notes.append($0) }))
    }

    /// Every file of the built site except the provenance of build times, by relative path.
    private func site(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder.path)!
        while let path = enumerator.nextObject() as? String {
            let url = folder.appendingPathComponent(path)
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder),
                !isFolder.boolValue
            else { continue }
            let data = try Data(contentsOf: url)
            if path.hasSuffix(".html"), let html = String(data: data, encoding: .utf8) {
                // A recomputed training takes its own time: "20 epochs in 0.01 s".
                let timeless = html.replacingOccurrences(
                    of: #"epochs in [0-9.]+ s"#, with: "epochs in (time) s",
                    options: .regularExpression)
                files[path] = Data(timeless.utf8)
            } else {
                files[path] = data
            }
        }
        return files
    }

    @Test func swappedEntriesAreRecomputedAndTheSiteIsUnchanged() async throws {
        let parent = try Support.temporaryFolder()
        let report = try Support.writeReport(in: parent, chapters: [("bind", Self.chapter)])
        let cacheFolder = parent.appendingPathComponent("cache")
        try await build(report, parent: parent, notes: Notes())
        let reference = try site(parent.appendingPathComponent("out"))
        let entries = try FileManager.default.contentsOfDirectory(atPath: cacheFolder.path)
            .filter { $0.hasSuffix(".bin") }.sorted()
        let originals = try entries.map {
            try Data(contentsOf: cacheFolder.appendingPathComponent($0))
        }
        try #require(entries.count >= 5)
        var pairs = 0
        for (from, source) in entries.enumerated() {
            for (to, target) in entries.enumerated() where from != to {
                let targetURL = cacheFolder.appendingPathComponent(target)
                try originals[from].write(to: targetURL)
                let notes = Notes()
                try await build(report, parent: parent, notes: notes)
                #expect(
                    try site(parent.appendingPathComponent("out")) == reference,
                    "site differs after copying \(source) over \(target)")
                #expect(
                    notes.lines.contains { $0.hasSuffix("holds another result: recomputing") },
                    "no recompute note after copying \(source) over \(target): \(notes.lines)")
                let key = String(target.dropLast(".bin".count))
                let rewritten = try Data(contentsOf: targetURL)
                guard case .hit = ResultCache.decode(entry: rewritten, key: key) else {
                    Issue.record("\(target) was not rewritten with its own result")
                    continue
                }
                pairs += 1
            }
        }
        #expect(pairs >= 20)
    }

    @Test func decodeIsAMissForAnotherKey() throws {
        let entry = try ResultCache.encode(.scalar(2.5), key: "first")
        guard case .hit(.scalar(2.5)) = ResultCache.decode(entry: entry, key: "first") else {
            Issue.record("expected a hit for the entry's own key")
            return
        }
        guard case .otherResult = ResultCache.decode(entry: entry, key: "second") else {
            Issue.record("expected another result for another key")
            return
        }
    }

    @Test func decodeTakesAnyBytesWithoutTrapping() {
        let samples: [Data] = [
            Data(), Data("\n".utf8), Data("cutbook-cache 3 \n".utf8),
            Data("cutbook-cache 3 0000000000000000\nk".utf8), Data([0xFF, 0xFE, 0x0A, 0x00]),
        ]
        for sample in samples {
            if case .hit = ResultCache.decode(entry: sample, key: "k") {
                Issue.record("bytes \(Array(sample)) decoded as a hit")
            }
        }
    }

    @Test func secondFormatEntryIsAMissNotAHit() throws {
        let folder = try Support.temporaryFolder()
        try Data("cutbook-cache 2 0123456789abcdef\nbody".utf8).write(
            to: folder.appendingPathComponent("k.bin"))
        guard case .miss = ResultCache(directory: folder).load("k") else {
            Issue.record("expected a second-format entry to be a miss")
            return
        }
    }

    @Test func leftoversOfDeadBuildsAreSweptAndOthersKept() throws {
        let folder = try Support.temporaryFolder()
        let uuid = UUID().uuidString
        let dead = ".cutbook-999999999-\(uuid).tmp"
        let living = ".cutbook-\(ProcessInfo.processInfo.processIdentifier)-\(uuid).tmp"
        let foreign = [".cutbook-999999999-not-a-uuid.tmp", "notes.tmp", ".cutbook-x-\(uuid).tmp"]
        for name in [dead, living] + foreign {
            try Data("x".utf8).write(to: folder.appendingPathComponent(name))
        }
        _ = ResultCache(directory: folder).load("absent")
        let left = Set(try FileManager.default.contentsOfDirectory(atPath: folder.path))
        #expect(left == Set([living] + foreign))
    }

    @Test func storeLeavesNoTemporaryFile() throws {
        let folder = try Support.temporaryFolder()
        try ResultCache(directory: folder).store(.scalar(1), for: "k")
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == [
                "CACHEDIR.TAG", "k.bin",
            ])
    }
}
