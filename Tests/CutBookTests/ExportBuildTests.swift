import CutEngine
import Foundation
import Testing

@testable import CutBook

/// A report's build writes `results.json` and `exports/NAME.onnx` with its site: the cuts in
/// the documented form, the same bytes on a warm rebuild, the previous files kept when a build
/// fails, and the exported model agreeing with CutBook in ONNX Runtime.
@Suite
struct ExportBuildTests {
    static let page = """
        # Export

        <<data csv file=events.csv columns=pt,eta truth=label as=ev>>

        <<train cuts sigmoid on=ev epochs=5 init=0.5,-0.5 loss=bce as=sel>>

        <<train model model="cuts(sigmoid, init=(0,0)) * sigmoid(mlp(4,1))" on=ev loss=bce epochs=5 as=net>>

        <<export of=net format=onnx>>

        The selection's loss is <<value sel.loss fmt=.3f>>.

        """

    /// A report folder with 200 events of two columns.
    static func report(in parent: URL) throws -> URL {
        let folder = try Support.writeReport(in: parent, chapters: [("export", page)])
        let events = ONNXRuntimeCheck.events(count: 200, columns: 2, seed: 3)
        var csv = "pt,eta,label\n"
        for index in 0..<200 {
            csv += "\(events[0][index]),\(events[1][index]),\(index % 2)\n"
        }
        try csv.write(
            to: folder.appendingPathComponent("events.csv"), atomically: true, encoding: .utf8)
        return folder
    }

    static func build(_ report: URL, _ parent: URL) async throws -> URL {
        try await ReportBuilder.build(
            Support.options(report: report, parent: parent),
            progress: ProgressReporter(mode: .silent)
        ).outDirectory
    }

    @Test func resultsJSONHoldsEveryNamedResultAndTheCuts() async throws {
        let parent = try Support.temporaryFolder()
        let out = try await Self.build(try Self.report(in: parent), parent)
        let text = try Data(contentsOf: out.appendingPathComponent("results.json"))
        let document = try #require(
            try JSONSerialization.jsonObject(with: text) as? [String: Any])
        let results = try #require(document["results"] as? [String: [String: Any]])
        #expect(Set(results.keys) == ["ev", "sel", "net"])
        #expect(results["ev"]?["kind"] as? String == "dataset")
        let selection = try #require(results["sel"])
        #expect(selection["kind"] as? String == "training")
        #expect(selection["columns"] as? [String] == ["pt", "eta"])
        let parameters = try #require(selection["parameters"] as? [String: [String: Any]])
        let trained = try #require(parameters["SelectionCut/cuts"]?["values"] as? [Double])
        let cuts = try #require(selection["cuts"] as? [[String: Any]])
        #expect(cuts.map { $0["column"] as? String } == ["pt", "eta"])
        #expect(cuts.map { $0["op"] as? String } == [">", ">"])
        #expect(cuts.map { $0["value"] as? Double } == trained)
        #expect((selection["losses"] as? [Double])?.count == 5)
        let net = try #require(results["net"])
        #expect((net["cuts"] as? [[String: Any]])?.count == 2)
        #expect(
            (net["parameters"] as? [String: Any])?.keys.sorted() == [
                "SelectionCut/cuts", "mlp/linear_0/b", "mlp/linear_0/w", "mlp/linear_1/b",
                "mlp/linear_1/w",
            ])
    }

    @Test func aSweepMemberIsExportedWithoutBracketsInItsFileName() async throws {
        let parent = try Support.temporaryFolder()
        let report = try Self.report(in: parent)
        try """
        # Export

        <<data csv file=events.csv columns=pt,eta truth=label as=ev>>

        <<train model model="sigmoid(mlp(2,3,1))" on=ev loss=bce epochs=3 seeds=1..3 as=s>>

        <<export of=s[2]>>

        """.write(
            to: report.appendingPathComponent("export.md"), atomically: true, encoding: .utf8)
        let out = try await Self.build(report, parent)
        let exports = try FileManager.default.contentsOfDirectory(
            atPath: out.appendingPathComponent("exports").path)
        #expect(exports == ["s.2.onnx"])
        let page = try String(
            contentsOf: out.appendingPathComponent("export.html"), encoding: .utf8)
        #expect(page.contains("exports/s.2.onnx"))
    }

    @Test func warmRebuildWritesTheSameFilesAndAFailedBuildKeepsThem() async throws {
        let parent = try Support.temporaryFolder()
        let report = try Self.report(in: parent)
        let out = try await Self.build(report, parent)
        let json = try Data(contentsOf: out.appendingPathComponent("results.json"))
        let onnx = try Data(contentsOf: out.appendingPathComponent("exports/net.onnx"))
        _ = try await Self.build(report, parent)
        #expect(try Data(contentsOf: out.appendingPathComponent("results.json")) == json)
        #expect(try Data(contentsOf: out.appendingPathComponent("exports/net.onnx")) == onnx)
        try (Self.page + "Broken: <<value nothing.loss>>.\n").write(
            to: report.appendingPathComponent("export.md"), atomically: true, encoding: .utf8)
        await #expect(throws: BuildFailure.self) { _ = try await Self.build(report, parent) }
        #expect(try Data(contentsOf: out.appendingPathComponent("results.json")) == json)
        #expect(try Data(contentsOf: out.appendingPathComponent("exports/net.onnx")) == onnx)
    }

    @Test func exportedFileRunsInONNXRuntimeLikeCutBook() async throws {
        let parent = try Support.temporaryFolder()
        let report = try Self.report(in: parent)
        let out = try await Self.build(report, parent)
        let computed = try await ReportBuilder.compute(
            Support.options(report: report, parent: parent),
            progress: ProgressReporter(mode: .silent))
        let record = try #require(Support.networkTraining(in: computed.results))
        let events = ONNXRuntimeCheck.events(count: 200, columns: 2, seed: 3)
        // The CSV holds the events as Swift printed them, which reads back exactly.
        let data = try Dataset(
            columns: [("pt", events[0]), ("eta", events[1])],
            truth: (0..<200).map { Float($0 % 2) })
        let model = try Model(parsing: record.model, inputColumns: 2)
        let parameters = try ParameterTree(
            record.parameters.map { ($0.name, $0.shape, $0.values.map(Float.init)) })
        let expected = try ModelEvaluator(model: model, data: data).outputs(parameters)
        try ONNXRuntimeCheck.expectAllPass([
            .init(
                name: "net",
                onnx: try Data(contentsOf: out.appendingPathComponent("exports/net.onnx")),
                columns: events, expected: expected)
        ])
    }
}
