import CutEngine
import Foundation
import Testing

@testable import CutBook

/// `<<table selection>>`: hard and relaxed S, B, efficiencies, S/√B and Z_A of a trained
/// selection on a data set, checked against counts made here event by event.
@Suite
struct SelectionTableTests {
    @Test func asimovWithoutUncertainty() {
        // √(2((s + b) ln(1 + s/b) − s)) for s = 10, b = 100, by Python's math module.
        #expect(
            abs(Significance.asimov(s: 10, b: 100, relativeUncertainty: nil) - 0.9839916447569484)
                < 1e-12)
    }

    @Test func asimovWithRelativeBackgroundUncertainty() {
        // The CCGV formula for s = 5, b = 10, σ_b = 0.2·b, by Python's math module.
        #expect(
            abs(Significance.asimov(s: 5, b: 10, relativeUncertainty: 0.2) - 1.2171449516319426)
                < 1e-12)
        // A vanishing uncertainty gives the formula without one.
        let tiny = Significance.asimov(s: 10, b: 100, relativeUncertainty: 1e-5)
        #expect(abs(tiny - 0.9839916447569484) < 1e-6)
        #expect(Significance.asimov(s: 10, b: 100, relativeUncertainty: 0.5) < tiny)
    }

    @Test func asimovEdges() {
        #expect(Significance.asimov(s: 0, b: 10, relativeUncertainty: nil) == 0)
        #expect(Significance.asimov(s: 3, b: 0, relativeUncertainty: 0.1) == .infinity)
    }

    /// Equal to 1e-12 relative: Foundation's JSON reader may round the last digit of a number.
    static func close(_ found: Double?, _ expected: Double) -> Bool {
        guard let found else { return false }
        return abs(found - expected) <= 1e-12 * abs(expected)
    }

    static let page = """
        # Selection

        <<data csv file=train.csv columns=pt,eta truth=label as=ev>>

        <<data csv file=test.csv columns=pt,eta truth=label as=other>>

        <<train cuts sigmoid on=ev epochs=5 init=0.5,-0.5 loss=bce as=sel>>

        <<train model model="cuts(sigmoid, init=(0,0)) * sigmoid(mlp(4,1))" on=ev loss=bce epochs=5 as=net>>

        <<table selection of=sel on=other as=seltab>>

        <<table selection of=net on=other sigma_b=0.1 as=nettab>>

        <<table selection of=net on=ev as=raw>>

        """

    static func csv(seed: UInt32) -> (text: String, events: [[Float]]) {
        let events = ONNXRuntimeCheck.events(count: 150, columns: 2, seed: seed)
        var text = "pt,eta,label\n"
        for index in 0..<150 {
            text += "\(events[0][index]),\(events[1][index]),\(index % 3 == 0 ? 1 : 0)\n"
        }
        return (text, events)
    }

    @Test func hardAndRelaxedRowsOnAnotherDataSet() async throws {
        let parent = try Support.temporaryFolder()
        let report = try Support.writeReport(in: parent, chapters: [("selection", Self.page)])
        try Self.csv(seed: 3).text.write(
            to: report.appendingPathComponent("train.csv"), atomically: true, encoding: .utf8)
        let (testText, test) = Self.csv(seed: 4)
        try testText.write(
            to: report.appendingPathComponent("test.csv"), atomically: true, encoding: .utf8)
        let options = Support.options(report: report, parent: parent)
        let out = try await ReportBuilder.build(options, progress: ProgressReporter(mode: .silent))
            .outDirectory
        let json = try #require(
            try JSONSerialization.jsonObject(
                with: Data(contentsOf: out.appendingPathComponent("results.json")))
                as? [String: Any])
        let results = try #require(json["results"] as? [String: [String: Any]])
        let sel = try #require(results["sel"])
        let cuts = try #require(sel["cuts"] as? [[String: Any]]).map {
            try #require($0["value"] as? Double)
        }
        let isSignal = (0..<150).map { $0 % 3 == 0 }
        // Hard cuts applied here, event by event.
        let passes = (0..<150).map {
            Double(test[0][$0]) > cuts[0] && Double(test[1][$0]) > cuts[1]
        }
        let s = Double((0..<150).filter { passes[$0] && isSignal[$0] }.count)
        let b = Double((0..<150).filter { passes[$0] && !isSignal[$0] }.count)
        let hard = try #require((results["seltab"]?["hard"]) as? [String: Double])
        #expect(hard["S"] == s)
        #expect(hard["B"] == b)
        #expect(Self.close(hard["eff_s"], s / 50))
        #expect(Self.close(hard["eff_b"], b / 100))
        #expect(Self.close(hard["ssb"], s / b.squareRoot()))
        #expect(
            Self.close(hard["z_asimov"], Significance.asimov(s: s, b: b, relativeUncertainty: nil)))
        // Relaxed: the product of the sigmoids of the trained cuts.
        var relaxedS = 0.0
        for event in 0..<150 where isSignal[event] {
            relaxedS += Double(
                Relaxation.sigmoid().weight(test[0][event], cut: Float(cuts[0]))
                    * Relaxation.sigmoid().weight(test[1][event], cut: Float(cuts[1])))
        }
        let relaxed = try #require((results["seltab"]?["relaxed"]) as? [String: Double])
        #expect(abs(try #require(relaxed["S"]) - relaxedS) < 1e-4)
        // A model: hard means output > 0.5, with Z_A's background uncertainty.
        let computed = try await ReportBuilder.compute(
            options, progress: ProgressReporter(mode: .silent))
        let record = try #require(Support.networkTraining(in: computed.results))
        let model = try Model(parsing: record.model, inputColumns: 2)
        let parameters = try ParameterTree(
            record.parameters.map { ($0.name, $0.shape, $0.values.map(Float.init)) })
        let data = try Dataset(
            columns: [("pt", test[0]), ("eta", test[1])], truth: isSignal.map { $0 ? 1 : 0 })
        let outputs = try ModelEvaluator(model: model, data: data).outputs(parameters)
        let netS = Double((0..<150).filter { outputs[$0] > 0.5 && isSignal[$0] }.count)
        let netB = Double((0..<150).filter { outputs[$0] > 0.5 && !isSignal[$0] }.count)
        let netHard = try #require((results["nettab"]?["hard"]) as? [String: Double])
        #expect(netHard["S"] == netS)
        #expect(netHard["B"] == netB)
        #expect(
            Self.close(
                netHard["z_asimov"], Significance.asimov(s: netS, b: netB, relativeUncertainty: 0.1)
            ))
    }

    @Test func otherColumnsAreRefused() async throws {
        let headlines = try await Support.buildHeadlines(
            page: """
                <<data d1 as=d1 seed=1>>

                <<data d3 as=d3 seed=1>>

                <<train cuts sigmoid on=d1 epochs=2 as=fit>>

                <<table selection of=fit on=d3>>
                """)
        #expect(
            headlines?.contains { $0.contains("but the training reads") } == true,
            "\(headlines ?? [])")
    }

    @Test func selectionNeedsOn() async throws {
        let headlines = try await Support.buildHeadlines(
            page: """
                <<data d1 as=d1 seed=1>>

                <<train cuts sigmoid on=d1 epochs=2 as=fit>>

                <<table selection of=fit>>
                """)
        #expect(
            headlines?.contains { $0.contains("selection needs on=") } == true, "\(headlines ?? [])"
        )
    }
}
