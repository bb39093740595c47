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
