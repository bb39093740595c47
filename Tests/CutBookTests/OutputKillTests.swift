import Foundation
import Testing

@testable import CutBook

#if canImport(Glibc)
    import Glibc
#endif

/// The built `cutbook` binary, killed (`kill -9`) at seeded random moments of a build, always
/// leaves a complete site in the output folder, and the next build leaves no temporary folders;
/// Ctrl-C and SIGTERM stop a build at once with status 130 or 143 and keep the previous output.
@Suite(.serialized) struct OutputKillTests {
    /// The `cutbook` executable next to the test bundle (or in `.build/release`), if built.
    static let binary: URL? = {
        var candidates: [URL] = []
        if let executable = Bundle.main.executableURL {
            candidates.append(
                executable.deletingLastPathComponent().appendingPathComponent("cutbook"))
        }
        candidates.append(Support.packageRoot.appendingPathComponent(".build/release/cutbook"))
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    /// A report of three chapters with two figures each, in `parent/rep`.
    private func writeReport(in parent: URL, edition: Int) throws {
        var chapters: [(String, String)] = []
        for name in ["a", "b", "c"] {
            chapters.append(
                (
                    name,
                    "# \(name)\n\nEdition \(edition).\n\n<<data d1 as=d\(name)>>\n"
                        + "<<plot hist of=d\(name) bins=50 range=-10,10 label=h\(name) caption=\"H\">>\n"
                        + "<<scan loss cut=hard loss=ssb on=d\(name) from=-10 to=10 steps=50 as=s\(name)>>\n"
                        + "<<plot line of=s\(name) mark=max label=l\(name) caption=\"L\">>\n"
                ))
        }
        try Support.writeReport(in: parent, name: "rep", chapters: chapters)
    }

    /// Starts `cutbook build rep --out out` in `parent`.
    private func start(in parent: URL, extra: [String] = [], stderr: Pipe? = nil) throws -> Process
    {
        let process = Process()
        process.executableURL = Self.binary
        process.currentDirectoryURL = parent
        process.arguments =
            ["build", "rep", "--out", "out", "--templates", Support.templates.path] + extra
        process.standardOutput = FileHandle.nullDevice
        process.standardError = stderr ?? FileHandle.nullDevice
        try process.run()
        return process
    }

    /// The site's files and whether every page is whole.
    private func site(_ out: URL) throws -> (names: [String], whole: Bool) {
        let names = try FileManager.default.subpathsOfDirectory(atPath: out.path).sorted()
        let whole = try names.filter { $0.hasSuffix(".html") }.allSatisfy {
            try String(contentsOf: out.appendingPathComponent($0), encoding: .utf8)
                .hasSuffix("</html>\n")
        }
        return (names, whole)
    }

    /// The temporary folders of builds beside `out`.
    private func temporaries(in parent: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: parent.path).filter {
            FolderSwap.processID(inTemporaryName: $0) != nil
        }
    }

    @Test(
        .enabled(
            if: binary != nil, "no built cutbook binary next to the tests; run swift build first"))
    func killedBuildsAlwaysLeaveACompleteSite() throws {
        let parent = try Support.temporaryFolder()
        try writeReport(in: parent, edition: 0)
        let out = parent.appendingPathComponent("out")
        let started = Date()
        let first = try start(in: parent, extra: ["--no-cache"])
        first.waitUntilExit()
        let duration = Date().timeIntervalSince(started)
        #expect(first.terminationStatus == 0)
        let reference = try site(out)
        #expect(reference.whole && reference.names.contains(".cutbook-site"))

        var random = SplitMix(seed: 20_261_202)
        for edition in 1...5 {
            try writeReport(in: parent, edition: edition)
            let process = try start(in: parent, extra: ["--no-cache"])
            usleep(UInt32(Double(random.next() % 1000) / 1000 * duration * 1_000_000))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let now = try site(out)
            #expect(now.names == reference.names, "after the kill of edition \(edition)")
            #expect(now.whole, "after the kill of edition \(edition)")
        }
        // Kills while the new site is being written or swapped in: as soon as this build's
        // temporary folder appears.
        for edition in 6...9 {
            try writeReport(in: parent, edition: edition)
            let process = try start(in: parent, extra: ["--no-cache"])
            let mine = [
                ".out.new-\(process.processIdentifier)-", ".out.old-\(process.processIdentifier)-",
            ]
            while process.isRunning {
                let names = try FileManager.default.contentsOfDirectory(atPath: parent.path)
                if names.contains(where: { name in mine.contains { name.hasPrefix($0) } }) { break }
                usleep(100)
            }
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let now = try site(out)
            #expect(now.names == reference.names, "after the kill of edition \(edition)")
            #expect(now.whole, "after the kill of edition \(edition)")
        }
        let last = try start(in: parent)
        last.waitUntilExit()
        #expect(last.terminationStatus == 0)
        #expect(try temporaries(in: parent) == [])
        #expect(
            try String(contentsOf: out.appendingPathComponent("a.html"), encoding: .utf8).contains(
                "Edition 9."))
    }

    @Test(
        .enabled(
            if: binary != nil, "no built cutbook binary next to the tests; run swift build first"))
    func interruptAndTerminateKeepThePreviousOutput() throws {
        let parent = try Support.temporaryFolder()
        try writeReport(in: parent, edition: 0)
        let first = try start(in: parent)
        first.waitUntilExit()
        let out = parent.appendingPathComponent("out")
        let before = try Tree.snapshot(out)
        // A training long enough that the signal surely arrives while it runs.
        try "# b\n\n<<data d1 as=d>>\n<<train cuts sigmoid on=d epochs=5000000 as=fit>>\n".write(
            to: parent.appendingPathComponent("rep/b.md"), atomically: true, encoding: .utf8)
        for signal in [SIGINT, SIGTERM] {
            let pipe = Pipe()
            let process = try start(in: parent, stderr: pipe)
            var seen = Data()
            // Wait until the training has started (its progress line), then signal.
            while !String(decoding: seen, as: UTF8.self).contains("<<train") {
                let chunk = pipe.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                seen.append(chunk)
            }
            kill(process.processIdentifier, signal)
            seen.append(pipe.fileHandleForReading.readDataToEndOfFile())
            process.waitUntilExit()
            #expect(process.terminationStatus == 128 + signal)
            let lines = String(decoding: seen, as: UTF8.self).split(separator: "\n")
            #expect(lines.last == "interrupted: the previous output in out is kept")
            #expect(try Tree.snapshot(out) == before)
            #expect(try temporaries(in: parent) == [])
        }
    }
}

/// A small seeded generator (SplitMix64), so the kill moments are the same on every run.
struct SplitMix {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
