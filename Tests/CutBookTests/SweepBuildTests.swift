import Foundation
import Testing

@testable import CutBook

/// Sweeps built: each member cached on its own (growing a sweep computes only the new
/// members), members bit for bit the same for any `--jobs`, and a sweep report split over three
/// shards computes no member twice and leaves nothing for the merged build to compute.
@Suite(.serialized) struct SweepBuildTests {
    static func page(seeds: String) -> String {
        "<<data sample seeds=\(seeds) draws=\"signal:mvn(1,1;0.5,0,0,0.5)x50; background:mvn(-1,-1;1,0,0,1)x80\" as=ds>>\n"
            + "<<train model model=\"sigmoid(mlp(2,3,1))\" on=ds loss=bce lr=0.01 epochs=4 seeds=\(seeds) as=s>>\n"
            + "<<train cuts sigmoid on=ds[1] loss=bce lr=0.05 epochs=6 sweep=\"init=(0,0);(1,1);(-1,0.5)\" as=c>>\n"
            + "Mean <<value s.loss.mean fmt=.6f>> ± <<value s.loss.std fmt=.6f>>.\n\n"
            + "<<table of=s rows=summary>>\n\n<<plot line of=s band=range>>\n\n<<log of=c>>\n"
    }

    static func trainings(_ computed: ComputedReport) -> Int {
        computed.computed.filter { computed.plan.nodes[$0]?.directive.verb.isTraining == true }
            .count
    }

    @Test func growingASweepFromTenToTwentyComputesTen() async throws {
        let parent = try Support.temporaryFolder()
        let report = try Support.writeReport(
            in: parent, chapters: [("page", Self.page(seeds: "1..10"))])
        let options = Support.options(report: report, parent: parent)
        let first = try await ReportBuilder.compute(
            options, progress: ProgressReporter(mode: .silent))
        #expect(Self.trainings(first) == 13)
        try Self.page(seeds: "1..20").write(
            to: report.appendingPathComponent("page.md"), atomically: true, encoding: .utf8)
        let grown = try await ReportBuilder.compute(
            options, progress: ProgressReporter(mode: .silent))
        #expect(Self.trainings(grown) == 10)
        let computedMembers = grown.computed.compactMap {
            grown.plan.nodes[$0]?.directive.resultName
        }
        .filter { $0.hasPrefix("s[") }
        #expect(Set(computedMembers) == Set((11...20).map { "s[\($0)]" }))
        #expect(grown.loaded.count == 13)
        // Nothing changed: nothing is computed, and the sweep's readers are derived again.
        let again = try await ReportBuilder.build(
            options, progress: ProgressReporter(mode: .silent))
        #expect(again.computed == 0 && again.trainings == 0)
        #expect(again.derived == 7)  // s and c, two values, the table, the plot and the log
    }

    @Test func membersAreBitIdenticalForOneAndTwoJobs() async throws {
        var records: [[String: [UInt64]]] = []
        for jobs in [1, 2] {
            let parent = try Support.temporaryFolder()
            let report = try Support.writeReport(
                in: parent, chapters: [("page", Self.page(seeds: "1..4"))])
            var options = Support.options(report: report, parent: parent)
            options.jobs = jobs
            let computed = try await ReportBuilder.compute(
                options, progress: ProgressReporter(mode: .silent))
            var bits: [String: [UInt64]] = [:]
            for (id, value) in computed.results {
                guard case .training(let record) = value else { continue }
                bits[id] =
                    record.losses.map(\.bitPattern)
                    + record.parameters.flatMap(\.values).map(\.bitPattern)
            }
            #expect(bits.count == 7)
            records.append(bits)
        }
        #expect(records[0] == records[1])
    }

    @Test func threeShardsComputeNoMemberTwiceAndTheMergedBuildNothing() async throws {
        let parent = try Support.temporaryFolder()
        let report = try Support.writeReport(
            in: parent, chapters: [("page", Self.page(seeds: "1..6"))])
        let folder = { (name: String) in parent.appendingPathComponent(name).path }
        var plain = Support.options(report: report, parent: parent)
        plain.outDirectory = folder("plain-site")
        plain.cacheDirectory = folder("plain-cache")
        let unsharded = try await ReportBuilder.build(
            plain, progress: ProgressReporter(mode: .silent))
        #expect(unsharded.trainings == 9)

        var union: Set<String> = []
        var trainingsPerShard: [Int] = []
        for index in 1...3 {
            var options = Support.options(report: report, parent: parent)
            options.cacheDirectory = folder("shard-\(index)")
            let summary = try await ReportBuilder.buildShard(
                options, shard: try BuildShard(index: index, count: 3),
                progress: ProgressReporter(mode: .silent))
            #expect(
                union.isDisjoint(with: summary.computedKeys), "shard \(index) computed a key twice")
            union.formUnion(summary.computedKeys)
            trainingsPerShard.append(summary.trainings)
        }
        #expect(trainingsPerShard.reduce(0, +) == 9)
        #expect(trainingsPerShard.filter { $0 > 0 }.count >= 2, "\(trainingsPerShard)")
        _ = try CacheMerge.merge(
            into: folder("merged"), from: (1...3).map { folder("shard-\($0)") })
        var final = Support.options(report: report, parent: parent)
        final.outDirectory = folder("final-site")
        final.cacheDirectory = folder("merged")
        let merged = try await ReportBuilder.build(final, progress: ProgressReporter(mode: .silent))
        #expect(merged.computed == 0 && merged.trainings == 0)
        #expect(merged.loaded == unsharded.trainings)
        let results = { (site: String) in
            FileManager.default.contents(atPath: folder(site) + "/results.json")
        }
        #expect(results("plain-site") != nil && results("plain-site") == results("final-site"))
    }
}
