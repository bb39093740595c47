import Foundation
import Testing

@testable import CutBook

/// The split of `cutbook build --shard K/N`: every result in exactly one shard, a result and
/// the results it reads in the same shard, only data sets shared, deterministic, balanced
/// within one component; and the refusals of bad `K/N` values.
@Suite struct ShardPlanTests {
    /// The quickstart's plan and the ids its build needs.
    private func quickstart() throws -> (ExecutionPlan, [String]) {
        let options = BuildOptions(
            reportDirectory: Support.packageRoot.appendingPathComponent("reports/quickstart").path
        )
        let (_, plan, _, targets) = try ReportBuilder.prepare(options)
        return (plan, targets)
    }

    @Test func everyResultIsInOneShardWithTheResultsItReads() throws {
        let (plan, targets) = try quickstart()
        let results = Set(plan.order.filter { plan.nodes[$0]!.directive.verb.isCached })
        for count in 1...5 {
            let split = ShardPlan(plan: plan, targets: targets, count: count)
            #expect(Set(split.owner.keys) == results)
            let byShard = (1...count).map { Set(split.ids(of: $0, in: plan)) }
            #expect(byShard.map(\.count).reduce(0, +) == results.count, "shards overlap")
            for id in results {
                for input in plan.nodes[id]!.inputIDs {
                    let verb = plan.nodes[input]!.directive.verb
                    if verb.isCached {
                        #expect(split.owner[input] == split.owner[id], "\(id) reads \(input)")
                    } else {
                        // The one input shards may share: a data set, never stored.
                        #expect(verb == .data)
                        #expect(split.owner[input] == nil)
                    }
                }
            }
            let costs = results.map { ShardPlan.cost(of: $0, in: plan) }
            #expect(split.costs.reduce(0, +) == costs.reduce(0, +))
            let largestComponent = split.components.map {
                $0.map { ShardPlan.cost(of: $0, in: plan) }.reduce(0, +)
            }.max()!
            let mean = Double(split.costs.reduce(0, +)) / Double(count)
            #expect(Double(split.costs.max()!) <= mean + Double(largestComponent))
            let again = ShardPlan(plan: plan, targets: targets, count: count)
            #expect(again.owner == split.owner && again.costs == split.costs)
        }
    }

    @Test func theQuickstartsTwoTrainingsGoToTwoShards() throws {
        let (plan, targets) = try quickstart()
        let split = ShardPlan(plan: plan, targets: targets, count: 3)
        let trainings = plan.order.filter { plan.nodes[$0]!.directive.verb == .train }
        #expect(trainings.count == 2)
        #expect(Set(trainings.map { split.owner[$0]! }).count == 2)
        // The 5000-epoch training outweighs the rest of the report: its shard does nothing else.
        let heavy = trainings.max {
            ShardPlan.cost(of: $0, in: plan) < ShardPlan.cost(of: $1, in: plan)
        }!
        let heavyShard = split.owner[heavy]!
        let component = split.components.first { $0.contains(heavy) }!
        #expect(Set(split.ids(of: heavyShard, in: plan)) == Set(component))
        #expect(split.costs.allSatisfy { $0 > 0 })
    }

    @Test func badShardValuesAreRefusedNamingTheValue() {
        for (text, message) in [
            ("0/3", "--shard 0/3: K must be between 1 and N, and N at least 1 (1/3 to 3/3)"),
            ("4/3", "--shard 4/3: K must be between 1 and N, and N at least 1 (1/3 to 3/3)"),
            ("1/0", "--shard 1/0: K must be between 1 and N, and N at least 1 (1/1 to 1/1)"),
            ("3", "--shard '3' is not K/N: expected two whole numbers such as 1/3 (shard 1 of 3)"),
            (
                "a/b",
                "--shard 'a/b' is not K/N: expected two whole numbers such as 1/3 (shard 1 of 3)"
            ),
            (
                "1/2/3",
                "--shard '1/2/3' is not K/N: expected two whole numbers such as 1/3 (shard 1 of 3)"
            ),
        ] {
            #expect(throws: BuildShard.SyntaxError.self) { try BuildShard(parsing: text) }
            do {
                _ = try BuildShard(parsing: text)
            } catch {
                #expect("\(error)" == message)
            }
        }
        #expect((try? BuildShard(parsing: "2/3")) == (try? BuildShard(index: 2, count: 3)))
        #expect((try? BuildShard(parsing: "1/1"))?.description == "1/1")
    }
}

/// Shards of a report whose directives repeat one another, and of some of its studies.
@Suite struct ShardSelectionTests {
    @Test func directivesWrittenAlikeGoToOneShard() throws {
        let parent = try Support.temporaryFolder()
        let report = try Support.writeReport(
            in: parent,
            chapters: [
                (
                    "one",
                    "<<data d1 as=d>>\n\nThere are <<value d.events>> events.\n\n<<scan loss cut=hard loss=ssb on=d from=-1 to=1 steps=5 as=s1>>\n"
                ),
                (
                    "two",
                    "Still <<value d.events>> events.\n\n<<scan loss cut=hard loss=ssb on=d from=-1 to=1 steps=7 as=s2>>\n"
                ),
            ])
        let (_, plan, _, targets) = try ReportBuilder.prepare(
            BuildOptions(reportDirectory: report.path))
        let values = plan.order.filter { plan.nodes[$0]!.directive.verb == .value }
        #expect(values.count == 2)
        #expect(Set(values.map { plan.nodes[$0]!.key }).count == 1, "written alike, one key")
        for count in 2...4 {
            let split = ShardPlan(plan: plan, targets: targets, count: count)
            #expect(split.owner[values[0]] == split.owner[values[1]])
            #expect(split.components.count == 3)
        }
    }

    @Test func shardsOfOneStudyComputeThatStudysResultsOnce() async throws {
        let parent = try Support.temporaryFolder()
        let report = parent.appendingPathComponent("quickstart")
        try FileManager.default.copyItem(
            at: Support.packageRoot.appendingPathComponent("reports/quickstart"), to: report)
        var whole = Support.options(report: report, parent: parent)
        whole.studies = ["scan"]
        let computed = try await ReportBuilder.compute(
            whole, progress: ProgressReporter(mode: .silent))
        let expected = Set(
            computed.computed.compactMap { id -> String? in
                let node = computed.plan.nodes[id]!
                return node.directive.verb.isCached ? node.key : nil
            })
        #expect(expected.count > 5)
        var union: Set<String> = []
        for index in 1...2 {
            var options = whole
            options.cacheDirectory = parent.appendingPathComponent("shard-\(index)").path
            let summary = try await ReportBuilder.buildShard(
                options, shard: try BuildShard(index: index, count: 2),
                progress: ProgressReporter(mode: .silent))
            #expect(union.isDisjoint(with: summary.computedKeys))
            union.formUnion(summary.computedKeys)
            #expect(summary.totalResults == expected.count)
            #expect(summary.computedKeys.count == summary.results)
            #expect(summary.trainings == 0, "the scan study trains nothing")
        }
        #expect(union == expected)
    }
}
