import CutEngine
import Foundation
import Testing

@testable import CutBook

/// Exported models run in ONNX Runtime give CutBook's own outputs (to 1e-5) and pass
/// `onnx.checker`: networks, relaxed cuts and their products, and every cut comparison
/// `CutTerm` can write, each with every relaxation.
@Suite
struct ONNXExportTests {
    static let columns = ["pt", "eta", "score"]

    /// The model `text` with parameters drawn from a seed (cut values moved into the data's
    /// range), exported, beside CutEngine's outputs on the same events.
    static func exportedCase(_ name: String, _ text: String, seed: UInt32) throws
        -> ONNXRuntimeCheck.Case
    {
        let model = try Model(parsing: text, inputColumns: columns.count)
        var parameters = model.initialParameters(seed: seed)
        for path in parameters.paths where path.hasSuffix("/cuts") {
            try parameters.set(path, to: [-0.5, 0.25, 1.0])
        }
        for path in parameters.paths where path.hasSuffix("/b") {
            let count = try parameters.array(path).count
            try parameters.set(path, to: (0..<count).map { Float($0 % 3) * 0.1 - 0.1 })
        }
        let events = ONNXRuntimeCheck.events(count: 300, columns: columns.count)
        let data = try Dataset(
            columns: zip(columns, events).map { ($0, $1) },
            truth: (0..<300).map { Float($0 % 2) })
        let expected = try ModelEvaluator(model: model, data: data).outputs(parameters)
        let graph = try ONNXExport.graph(
            model: model, parameters: parameters, columns: columns, name: name, modelText: text)
        return .init(
            name: name, onnx: graph.encoded(producerVersion: "test"), columns: events,
            expected: expected)
    }

    @Test func networksCutsAndProductsMatchCutBook() throws {
        try ONNXRuntimeCheck.expectAllPass([
            try Self.exportedCase("mlp", "mlp(8,5,1)", seed: 3),
            try Self.exportedCase("sigmoid_mlp", "sigmoid(mlp(6,1))", seed: 4),
            try Self.exportedCase("cuts_sigmoid", "cuts(sigmoid)", seed: 1),
            try Self.exportedCase("cuts_steep", "cuts(sigmoid, slope=2.5)", seed: 1),
            try Self.exportedCase("cuts_erf", "cuts(erf)", seed: 1),
            try Self.exportedCase("cuts_hard", "cuts(hard)", seed: 1),
            try Self.exportedCase("cuts_balanced", "cuts(balanced)", seed: 1),
            try Self.exportedCase(
                "cuts_times_net", "cuts(sigmoid) * sigmoid(mlp(8,8,1))", seed: 5),
            try Self.exportedCase(
                "two_nets", "sigmoid(mlp(4,1)) * cuts(erf) * sigmoid(mlp(3,1))", seed: 6),
        ])
    }

    /// Every comparison under every relaxation, with synthetic cut values, against the
    /// relaxation's own weight of the signed distance (`Relaxation.weight(d, cut: 0)`).
    @Test func everyCutComparisonMatchesItsRelaxation() throws {
        let events = ONNXRuntimeCheck.events(count: 200, columns: 2, seed: 11)
        let comparisons: [(String, CutTerm.Comparison, (Float) -> [Float])] = [
            ("greater", .greater(0.5), { [$0 - 0.5] }),
            ("less", .less(0.5), { [0.5 - $0] }),
            ("abs_less", .absLess(1.5), { [1.5 - abs($0)] }),
            ("abs_greater", .absGreater(1.5), { [abs($0) - 1.5] }),
            ("window", .window(low: -1, high: 2), { [$0 + 1, 2 - $0] }),
        ]
        let relaxations: [Relaxation] = [
            .hard, .erf, .sigmoid(slope: 1), .sigmoid(slope: 3), .balancedSigmoid,
        ]
        var cases: [ONNXRuntimeCheck.Case] = []
        for (name, comparison, distances) in comparisons {
            for (index, relaxation) in relaxations.enumerated() {
                let term = CutTerm(
                    column: "eta", columnIndex: 1, comparison: comparison, relaxation: relaxation)
                var graph = ONNXGraph(name: name, features: 2)
                graph.setOutput(term.addWeight(to: &graph, input: "x"))
                let expected = events[1].map { x in
                    distances(x).map { relaxation.weight($0, cut: 0) }.reduce(1, *)
                }
                cases.append(
                    .init(
                        name: "\(name)_\(index)", onnx: graph.encoded(producerVersion: "test"),
                        columns: events, expected: expected))
            }
        }
        try ONNXRuntimeCheck.expectAllPass(cases)
    }

    @Test func aWrongModelFailsTheCheck() throws {
        var wrong = try Self.exportedCase("cuts_sigmoid", "cuts(sigmoid)", seed: 1)
        wrong.expected[7] += 0.01
        let (status, output) = try ONNXRuntimeCheck.run([wrong])
        #expect(status == 1, "\(output)")
        #expect(output.contains("FAILED cuts_sigmoid"))
    }

    @Test func columnsThatDoNotFitAreRefused() throws {
        let model = try Model(parsing: "mlp(2,1)", inputColumns: 3)
        #expect(throws: ONNXExport.Failure.self) {
            try ONNXExport.graph(
                model: model, parameters: model.initialParameters(seed: 0), columns: ["a"],
                name: "m", modelText: "mlp(2,1)")
        }
    }
}
