import CutEngine
import Foundation
import Testing

@testable import CutBook

/// `docs/model-grammar.md` and `docs/result-fields.md` are generated from the tables the parser
/// and the field lookup use, and their examples are real.
struct ReferenceDocsTests {
    /// The committed file at `path` equals `text` (with `CUTBOOK_UPDATE_DOCS=1`, it is first
    /// rewritten).
    static func expectCurrent(_ path: String, _ text: String, command: String) throws {
        let file = Support.packageRoot.appendingPathComponent(path)
        if ProcessInfo.processInfo.environment["CUTBOOK_UPDATE_DOCS"] == "1" {
            try text.write(to: file, atomically: true, encoding: .utf8)
        }
        #expect(
            try String(contentsOf: file, encoding: .utf8) == text,
            "\(path) is stale: run `\(command)`")
    }

    @Test func committedGrammarIsCurrent() throws {
        try Self.expectCurrent(
            "docs/model-grammar.md", GrammarReference.markdown(), command: GrammarReference.command)
    }

    @Test func committedFieldsAreCurrent() throws {
        try Self.expectCurrent(
            "docs/result-fields.md", FieldReference.markdown(), command: FieldReference.command)
    }

    /// One result of every kind, named as the rules' examples name them.
    static func samples() throws -> [String: ResultValue] {
        let dataset = try Dataset(
            columns: [("pt", [30, 50, 70]), ("eta", [0.5, -1, 2])], truth: [1, 0, 1],
            weights: [0.5, 1, 0.25])
        func training(_ model: String, _ parameters: [TrainingRecord.Parameter])
            -> TrainingRecord
        {
            var record = TrainingRecord(
                model: model, epochs: 2, seconds: 0.5,
                log: [.init(epoch: 1, loss: 3, cuts: [0, 0])], losses: [3, 2], trackedCuts: [],
                parameters: parameters, warnings: [], columns: ["pt", "eta"])
            record.validationLosses = [2.5]
            record.misclassified = 7
            return record
        }
        // Eight epochs of tracked cuts: the last quarter is the last two.
        func tracked(_ record: TrainingRecord) -> TrainingRecord {
            var record = record
            record.trackedCuts = [
                [0, 0], [1, 1], [1, 1], [1, 1], [1, 1], [1, 3], [1.5, 2], [1.25, 2],
            ]
            return record
        }
        return [
            "brute": .series(
                Series(
                    xName: "cut", x: [0, 1, 2], columns: [.init(name: "loss", values: [1, 3, 2])])),
            "surface": .grid(
                Grid(
                    xName: "a", x: [0, 1], yName: "b", y: [5, 6], valueName: "loss",
                    values: [4, 3, 2, 1])),
            "seltab": .table(
                ResultTable(
                    headers: SelectionTable.headers,
                    rows: [
                        [.text("hard")] + (1...6).map { .number(Double($0)) },
                        [.text("relaxed")] + (1...6).map { .number(Double($0) + 0.5) },
                    ])),
            "softmax": .table(
                ResultTable(
                    headers: ["x", "softmax(a) − softmax(b)"], rows: [[.number(1), .number(0.25)]],
                    aliases: ["difference": "softmax(a) − softmax(b)"])),
            "fit": .training(
                tracked(training("cuts(erf)", [.init(name: "cuts", shape: [2], values: [1, 2])]))),
            "sel": .training(
                training(
                    "cuts(sigmoid, 'pt > 40 ~ 5, abs(eta) < 2 ~ 0.1')",
                    [.init(name: "SelectionCut/cuts", shape: [2], values: [41, 1.9])])),
            "net": .training(
                training(
                    "mlp(2,1)",
                    [
                        .init(name: "mlp/linear_0/w", shape: [2, 2], values: [1, 0, 0, 1]),
                        .init(name: "mlp/linear_0/b", shape: [2], values: [0, 0]),
                        .init(name: "mlp/linear_1/w", shape: [2, 1], values: [1, -1]),
                        .init(name: "mlp/linear_1/b", shape: [1], values: [0.5]),
                        .init(name: "mlp/linear_2/b", shape: [1], values: [0.5]),
                    ])),
            "ev": .object(DataExecutor.wrap(dataset)),
            "s": .object(
                EngineObject(
                    kind: SweepResult.kind,
                    payload: SweepResult(
                        name: "s", option: "seed", values: ["1", "2"], members: ["s[1]", "s[2]"],
                        records: [
                            tracked(
                                training(
                                    "cuts(erf)", [.init(name: "cuts", shape: [2], values: [1, 2])])),
                            tracked(
                                training(
                                    "cuts(erf)", [.init(name: "cuts", shape: [2], values: [3, 2])])),
                        ]))),
            "stoch": .training(
                TrainingRecord(
                    model: "cuts(hard)", epochs: 2, seconds: 0.1, log: [], losses: [1, 2],
                    trackedCuts: [], parameters: [], warnings: [], columns: ["x"],
                    estimatorVariance: [30, 2, 1])),
        ]
    }

    /// Every rule's example reads a number from a result of its kind, through the lookup
    /// `<<value>>` uses; each rule gives at least one field there, so no rule is dead.
    @Test func everyExampleReads() throws {
        let samples = try Self.samples()
        let inputs = ExecutionInputs(values: samples)
        for rule in ResultField.all where rule.shape != .evaluated {
            let path = try #require(FieldPath(rule.example), "\(rule.example)")
            let value = try #require(samples[path.result], "no sample for \(rule.example)")
            #expect(value.kindName == rule.kind, "\(rule.example) reads a \(value.kindName)")
            #expect(!rule.read(value).isEmpty, "rule \(rule.kind) \(rule.name) reads nothing")
            #expect(throws: Never.self, "\(rule.example)") { try inputs.number(at: rule.example) }
        }
        #expect(try inputs.number(at: "sel.validation_loss") == 2.5)
        #expect(try inputs.number(at: "fit.drift[0]") == 0.25)
        #expect(try inputs.number(at: "fit.drift[1]") == 0)
        #expect(try inputs.number(at: "seltab.z_asimov[1]") == 6.5)
        #expect(try inputs.number(at: "ev.signal.weighted") == 0.75)
        #expect(try inputs.number(at: "brute.argmax") == 1)
        #expect(try inputs.number(at: "surface.argmin.y") == 6)
    }

    /// Every kind a result can have is described, and every rule's kind is one of them.
    @Test func everyKindIsListed() throws {
        let listed = ResultField.kinds.map(\.kind)
        #expect(Set(listed).count == listed.count)
        let made = Set(try Self.samples().values.map(\.kindName))
        #expect(made.isSubset(of: Set(listed)), "\(made.subtracting(listed))")
        for rule in ResultField.all { #expect(listed.contains(rule.kind), "\(rule.kind)") }
        #expect(ExecutionInputs.outputFields == ["output.min", "output.max"])
    }

    /// An unknown field lists the fields the rules give, the computed ones included.
    @Test func unknownFieldListsTheRules() throws {
        let inputs = ExecutionInputs(values: try Self.samples())
        #expect {
            try inputs.number(at: "sel.los")
        } throws: { error in
            let text = "\(error)"
            return text.contains("validation_losses[i]") && text.contains("output.min")
                && text.contains("cuts[i]")
        }
    }
}
