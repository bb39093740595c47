import Foundation
import Testing

@testable import CutBook

/// The quickstart and the sweeps report (whose members the shards share out, and whose sweeps
/// the final build derives) each built as 3 shards by 3 `cutbook` processes at once into 3
/// caches: no result is
/// computed twice (the shards' cache entries are disjoint, and together they are the entries of
/// an unsharded build), `cutbook cache merge` joins them, the build after the merge computes
/// nothing, and its pages and figures equal the unsharded build's, the trainings' timings aside.
@Suite struct ShardedBuildTests {
    /// The result entries of a cache folder.
    private func entries(_ folder: URL) -> Set<String> {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return Set(names.filter { $0.hasSuffix(".bin") && !$0.hasPrefix("book-") })
    }

    /// Every file of a site with the trainings' timings (`in 1.23 s`) blanked.
    private func site(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let walker = FileManager.default.enumerator(atPath: folder.path)!
        let timing = try Regex(#"in [0-9]+\.[0-9]+ s"#)
        while let name = walker.nextObject() as? String {
            let url = folder.appendingPathComponent(name)
            guard !url.hasDirectoryPath, let data = FileManager.default.contents(atPath: url.path)
            else { continue }
            if name.hasSuffix(".html") || name.hasSuffix(".json") {
                let text = String(decoding: data, as: UTF8.self)
                files[name] = Data(text.replacing(timing, with: "in T s").utf8)
            } else {
                files[name] = data
            }
        }
        return files
    }

    /// The number before `label` in a summary line (`3 computed`).
    private func count(_ label: String, in line: String) -> Int? {
        let match = line.firstMatch(of: try! Regex("([0-9]+) \(label)"))
        return match.flatMap { Int($0.output[1].substring ?? "") }
    }

    @Test(Support.needsBuiltBinary, arguments: [("quickstart", 5, 5), ("sweeps", 2, 3)])
    func threeShardsMergedEqualAnUnshardedBuild(name: String, pages: Int, figures: Int) throws {
        let parent = try Support.temporaryFolder()
        let report = parent.appendingPathComponent(name)
        try FileManager.default.copyItem(
            at: Support.packageRoot.appendingPathComponent("reports/\(name)"), to: report)
        let folder = { (name: String) in parent.appendingPathComponent(name) }

        let plain = try CapturedProcess.run([
            "build", report.path, "--out", folder("plain-site").path, "--cache",
            folder("plain-cache").path, "--jobs", "1",
        ])
        #expect(plain.status == 0, "\(plain.err)")
        let all = entries(folder("plain-cache"))
        #expect(all.count > 10)

        let shards = try (1...3).map { index in
            try CapturedProcess([
                "build", report.path, "--shard", "\(index)/3", "--cache",
                folder("shard-\(index)").path, "--jobs", "1",
            ])
        }.map { $0.finish() }
        var union: Set<String> = []
        var computed = 0
        for (index, shard) in shards.enumerated() {
            #expect(shard.status == 0, "shard \(index + 1): \(shard.err)")
            #expect(shard.out.hasPrefix("shard \(index + 1)/3 of \(report.path)"), "\(shard.out)")
            #expect(shard.out.contains("no site written"))
            let mine = entries(folder("shard-\(index + 1)"))
            #expect(union.isDisjoint(with: mine), "a result was computed by two shards")
            union.formUnion(mine)
            let reported = count("computed", in: shard.out)
            #expect(reported == mine.count, "\(shard.out)")
            computed += reported ?? 0
            #expect(count("from cache", in: shard.out) == 0)
        }
        #expect(union == all)
        #expect(computed == all.count)
        #expect(
            !FileManager.default.fileExists(atPath: report.appendingPathComponent("_build").path))

        // Run again, each shard finds its part in its cache and computes nothing.
        let warm = try CapturedProcess.run([
            "build", report.path, "--shard", "2/3", "--cache", folder("shard-2").path,
        ])
        #expect(warm.out.contains("; 0 computed (0 trainings)"), "\(warm.out)")
        #expect(warm.out.contains("0 data sets drawn"), "\(warm.out)")

        let merged = try CapturedProcess.run(
            ["cache", "merge", folder("merged").path] + (1...3).map { folder("shard-\($0)").path })
        #expect(merged.status == 0, "\(merged.err)")
        #expect(merged.out.contains(": \(all.count) entries copied"), "\(merged.out)")
        #expect(entries(folder("merged")) == all)

        // A damaged entry in a shard's cache fails the merge, naming it, and copies nothing.
        let damaged = folder("shard-1").appendingPathComponent(entries(folder("shard-1")).min()!)
        var bytes = try Data(contentsOf: damaged)
        bytes[bytes.count / 2] ^= 0x20
        try bytes.write(to: damaged)
        let refused = try CapturedProcess.run(
            ["cache", "merge", folder("refused").path] + (1...3).map { folder("shard-\($0)").path })
        #expect(refused.status == 1)
        #expect(
            refused.err.contains("error: \(damaged.path): corrupt (checksum mismatch)"),
            "\(refused.err)")
        #expect(refused.err.contains("error: nothing was merged into \(folder("refused").path)"))
        #expect(!FileManager.default.fileExists(atPath: folder("refused").path))

        let final = try CapturedProcess.run([
            "build", report.path, "--out", folder("final-site").path, "--cache",
            folder("merged").path,
        ])
        #expect(final.status == 0, "\(final.err)")
        #expect(
            final.out.contains("; 0 computed (0 trainings), \(all.count) from cache"),
            "\(final.out)")
        let expected = try site(folder("plain-site"))
        let built = try site(folder("final-site"))
        #expect(expected.keys.filter { $0.hasSuffix(".html") }.count == pages)
        #expect(expected.keys.filter { $0.hasPrefix("figures/") }.count == figures * 3)
        #expect(expected.keys.sorted() == built.keys.sorted())
        for (name, data) in expected where built[name] != data {
            Issue.record("\(name) differs from the unsharded build's")
        }
    }

    @Test(Support.needsBuiltBinary)
    func badShardArgumentsAreRefused() throws {
        let report = Support.packageRoot.appendingPathComponent("reports/quickstart").path
        for (arguments, message) in [
            (["--shard", "4/3"], "--shard 4/3: K must be between 1 and N"),
            (["--shard", "two"], "--shard 'two' is not K/N"),
            (
                ["--shard", "1/2", "--out", "/nowhere"],
                "--out is not used with --shard: a shard computes results into --cache and writes no site"
            ),
            (["--shard", "1/2", "--paper", "a4"], "--paper is not used with --shard"),
        ] {
            let refused = try CapturedProcess.run(["build", report] + arguments)
            #expect(refused.status == 64, "\(arguments): \(refused.err)")
            #expect(refused.err.contains(message), "\(refused.err)")
        }
        // A cache folder that cannot be made fails the shard before anything runs.
        let unwritable = try CapturedProcess.run(
            ["build", report, "--shard", "1/2", "--cache", "/proc/cutbook-shard-cache"])
        #expect(unwritable.status == 1)
        #expect(
            unwritable.err.contains("cannot create '/proc/cutbook-shard-cache'"),
            "\(unwritable.err)")
        #expect(!unwritable.err.contains("<<train"), "it ran directives first: \(unwritable.err)")
        let merge = try CapturedProcess.run(["cache", "merge", "/nonexistent-dest"])
        #expect(merge.status == 64)
        #expect(merge.err.contains("Missing expected argument '<sources> ...'"), "\(merge.err)")
    }
}
