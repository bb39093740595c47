import CutEngine
import Foundation
import Testing

@testable import CutBook

/// `<<train model … from=TRAINING freeze=network|cuts>>`: the start taken by role from an
/// earlier training, the frozen role left bit for bit, the refusals located, and the cache key
/// following the earlier training.
@Suite(.serialized) struct WarmStartTests {
    static let data =
        "<<data sample draws=\"signal:mvn(1,2;1,0,0,1)x40; background:mvn(0,0;4,0,0,4)x60\" as=p>>\n"
    static let network =
        "<<train model model=\"sigmoid(mlp(2,4,1))\" on=p loss=bce epochs=20 lr=0.01 as=net>>\n"

    static let cases: [(String, String)] = [
        (
            "<<train model model=\"cuts(sigmoid) * sigmoid(mlp(2,4,1))\" on=p from=p epochs=5 as=t>>",
            "report/page.md:3:69: error: <<train>> failed: from=p is a dataset, expected a training (made by <<train>>) whose final parameters start this one"
        ),
        (
            "<<train model model=\"cuts(sigmoid) * sigmoid(mlp(2,4,1))\" on=p from=net,net epochs=5 as=t>>",
            "report/page.md:3:69: error: <<train>> from= names exactly one training, found 2; start from one of net, net"
        ),
        (
            "<<train model model=\"cuts(sigmoid) * sigmoid(mlp(2,5,1))\" on=p from=net epochs=5 as=t>>",
            "report/page.md:3:69: error: <<train>> failed: from=net (model \"sigmoid(mlp(2,4,1))\") cannot start model \"cuts(sigmoid) * sigmoid(mlp(2,5,1))\": its network parameters are mlp/linear_0/w 2×2, mlp/linear_0/b 2, mlp/linear_1/w 2×4, mlp/linear_1/b 4, mlp/linear_2/w 4×1, mlp/linear_2/b 1, this model's are mlp/linear_0/w 2×2, mlp/linear_0/b 2, mlp/linear_1/w 2×5, mlp/linear_1/b 5, mlp/linear_2/w 5×1, mlp/linear_2/b 1; give both the same network layout"
        ),
        (
            "<<train model model=\"cuts(erf)\" on=p from=net epochs=5 as=t>>",
            "report/page.md:3:43: error: <<train>> failed: from=net (model \"sigmoid(mlp(2,4,1))\") cannot start model \"cuts(erf)\": it trained network and this model has cuts: nothing to take; start from a training with cuts"
        ),
        (
            "<<train model model=\"cuts(sigmoid) * sigmoid(mlp(2,4,1))\" on=p epochs=5 as=c>>\n<<train model model=\"cuts(sigmoid) * sigmoid(mlp(2,4,1))\" on=p from=c init=0,0 epochs=5 as=t>>",
            "report/page.md:4:71: error: <<train>> failed: from=c gives the cuts their start; remove init="
        ),
        (
            "<<train model model=\"cuts(sigmoid) * sigmoid(mlp(2,4,1))\" on=p epochs=5 as=c>>\n<<train model model=\"cuts(sigmoid, init=(0,0)) * sigmoid(mlp(2,4,1))\" on=p from=c epochs=5 as=t>>",
            "report/page.md:4:36: error: <<train>> failed: from=c gives the cuts their start; remove init= from the model expression"
        ),
        (
            "<<train model model=\"cuts(sigmoid) * sigmoid(mlp(2,4,1))\" on=p epochs=5 as=c>>\n<<train model model=\"cuts(sigmoid) * sigmoid(mlp(2,4,1))\" on=p from=c seed=4 epochs=5 as=t>>",
            "report/page.md:4:71: error: <<train>> failed: seed= draws a network's initial weights, but from=c gives every parameter its start; remove seed="
        ),
        (
            "<<train model model=\"sigmoid(mlp(2,4,1))\" on=p freeze=cuts epochs=5 as=t>>",
            "report/page.md:3:55: error: <<train>> failed: freeze=cuts: model \"sigmoid(mlp(2,4,1))\" has no cuts parameters to freeze; it has network"
        ),
        (
            "<<train model model=\"sigmoid(mlp(2,4,1))\" on=p from=net freeze=network epochs=5 as=t>>",
            "report/page.md:3:64: error: <<train>> failed: freeze=network leaves nothing to train in model \"sigmoid(mlp(2,4,1))\"; freeze the other part, or train a model with both cuts and a network"
        ),
        (
            "<<train model model=\"sigmoid(mlp(2,4,1))\" on=p freeze=weights epochs=5 as=t>>",
            "report/page.md:3:55: error: <<train>> option 'freeze' expects one of network, cuts, found 'weights'"
        ),
        (
            "<<train cuts sigmoid on=p freeze=cuts epochs=5 as=t>>",
            "report/page.md:3:27: error: <<train>> freeze= has no effect on train cuts; it is read by train model; remove freeze="
        ),
        (
            "<<train cuts sigmoid on=p from=net epochs=5 as=t>>",
            "report/page.md:3:27: error: <<train>> from= has no effect on train cuts; it is read by train model; remove from="
        ),
    ]

    @Test func badStartsAndFreezesAreLocated() async throws {
        for (line, expected) in Self.cases {
            let page = Self.data + Self.network + line + "\n"
            let headlines = try await Support.buildHeadlines(page: page)
            #expect(headlines?.contains(expected) == true, "\(line): \(headlines ?? [])")
        }
    }

    @Test func aStartFromOtherColumnsIsRefused() async throws {
        let parent = try Support.temporaryFolder()
        let page =
            Self.network
            + "<<data csv file=events.csv columns=a,b truth=t as=q>>\n"
            + "<<train model model=\"cuts(sigmoid) * sigmoid(mlp(2,4,1))\" on=q from=net epochs=5 as=t>>\n"
        let report = try Support.writeReport(in: parent, chapters: [("page", Self.data + page)])
        let rows = (0..<20).map { "\(Double($0) * 0.1),\(Double($0 % 7) * 0.3),\($0 % 2)" }
        try (["a,b,t"] + rows).joined(separator: "\n").write(
            to: report.appendingPathComponent("events.csv"), atomically: true, encoding: .utf8)
        var headlines: [String]?
        do {
            _ = try await ReportBuilder.build(
                Support.options(report: report, parent: parent),
                progress: ProgressReporter(mode: .silent))
        } catch let failure as BuildFailure {
            headlines = failure.diagnostics.map(\.headline)
        }
        #expect(
            headlines?.contains(
                "report/page.md:4:69: error: <<train>> failed: from=net was trained on the columns x, y, this training's data has a, b; its parameters would read other inputs; train both on data sets with the same columns, in order"
            ) == true, "\(headlines ?? [])")
    }

    /// The three stages of lesson 4: the network alone, then cuts around it frozen, then both.
    static let stages =
        data + network
        + "<<train model model=\"cuts(sigmoid, init=(-4,-4)) * sigmoid(mlp(2,4,1))\" on=p loss=bce from=net freeze=network epochs=30 lr=0.05 track=true as=cuts>>\n"
        + "<<train model model=\"cuts(sigmoid) * sigmoid(mlp(2,4,1))\" on=p loss=bce from=cuts freeze=cuts epochs=10 lr=0.01 as=both>>\n"

    static func record(_ computed: ComputedReport, _ index: Int) throws -> TrainingRecord {
        guard case .training(let record) = computed.result(study: "page", index: index) else {
            throw ExecutionError("directive \(index) is not a training")
        }
        return record
    }

    static func parameters(_ record: TrainingRecord, _ role: ParameterRole) -> [UInt64] {
        record.parameters.filter { ParameterRole.of(path: $0.name) == role }
            .flatMap(\.values).map(\.bitPattern)
    }

    @Test func stagesTakeTheirStartAndKeepTheFrozenRoleBitForBit() async throws {
        let parent = try Support.temporaryFolder()
        let report = try Support.writeReport(in: parent, chapters: [("page", Self.stages)])
        let options = Support.options(report: report, parent: parent)
        let computed = try await ReportBuilder.compute(
            options, progress: ProgressReporter(mode: .silent))
        let (net, cuts, both) = try (
            Self.record(computed, 1), Self.record(computed, 2), Self.record(computed, 3)
        )
        #expect(Self.parameters(cuts, .network) == Self.parameters(net, .network))
        #expect(cuts.trackedCuts.first != [-4, -4], "the cuts train")
        #expect(Self.parameters(both, .cuts) == Self.parameters(cuts, .cuts))
        #expect(Self.parameters(both, .network) != Self.parameters(cuts, .network))

        // An unchanged rebuild loads everything; a change upstream recomputes what follows.
        let again = try await ReportBuilder.compute(
            options, progress: ProgressReporter(mode: .silent))
        #expect(again.computed.isEmpty)
        let edited = Self.stages.replacingOccurrences(of: "epochs=20", with: "epochs=21")
        try edited.write(
            to: report.appendingPathComponent("page.md"), atomically: true, encoding: .utf8)
        let changed = try await ReportBuilder.compute(
            options, progress: ProgressReporter(mode: .silent))
        // (Data sets are drawn again whenever a training needs them.)
        #expect(Set(changed.computed).isSuperset(of: ["page#1", "page#2", "page#3"]))
        #expect(changed.loaded.isEmpty)
        #expect(
            Self.parameters(try Self.record(changed, 2), .network)
                == Self.parameters(try Self.record(changed, 1), .network))
        #expect(changed.plan.nodes["page#3"]?.key != computed.plan.nodes["page#3"]?.key)

        // A change downstream leaves the earlier stages cached.
        try edited.replacingOccurrences(of: "epochs=10", with: "epochs=11").write(
            to: report.appendingPathComponent("page.md"), atomically: true, encoding: .utf8)
        let last = try await ReportBuilder.compute(
            options, progress: ProgressReporter(mode: .silent))
        #expect(Set(last.loaded) == ["page#1", "page#2"])
        #expect(last.computed.contains("page#3"))
    }
}
