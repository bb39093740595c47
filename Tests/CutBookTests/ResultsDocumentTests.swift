import Foundation
import Testing

@testable import CutBook

/// `results.json`'s text and its documentation.
struct ResultsDocumentTests {
    @Test func docsAreGeneratedFromTheSchema() throws {
        let file = Support.packageRoot.appendingPathComponent("docs/results-json.md")
        if ProcessInfo.processInfo.environment["CUTBOOK_UPDATE_DOCS"] == "1" {
            try ResultsDocument.schemaMarkdown.write(to: file, atomically: true, encoding: .utf8)
        }
        #expect(
            try String(contentsOf: file, encoding: .utf8) == ResultsDocument.schemaMarkdown,
            "docs/results-json.md is stale: run the tests once with CUTBOOK_UPDATE_DOCS=1")
    }

    /// Every field a result of each kind writes is in the schema.
    @Test func everyWrittenFieldIsDocumented() throws {
        let documented = Dictionary(
            ResultsDocument.schema.map { ($0.kind, Set($0.fields.map(\.name))) },
            uniquingKeysWith: { $0.union($1) })
        let values: [ResultValue] = [
            .scalar(1),
            .series(Series(xName: "cut", x: [1], columns: [.init(name: "loss", values: [2])])),
            .table(ResultTable(headers: ["a"], rows: [[.number(1)]])),
            .grid(Grid(xName: "a", x: [1], yName: "b", y: [2], valueName: "loss", values: [3])),
            .training(
                TrainingRecord(
                    model: "cuts(erf)", epochs: 1, seconds: 0, log: [], losses: [1],
                    trackedCuts: [],
                    parameters: [.init(name: "SelectionCut/cuts", shape: [1], values: [2])],
                    warnings: [], columns: ["pt"])),
            .check(CheckOutcome(field: "a.b", found: 1, expected: 1, allowed: 0)),
            .file(OutputFile(path: "exports/a.onnx", contents: Data())),
        ]
        for value in values {
            let fields = Set(try ResultsDocument.fields(of: value).keys)
            let known = documented[value.kindName] ?? []
            #expect(fields.isSubset(of: known), "\(value.kindName): \(fields.subtracting(known))")
        }
    }

    @Test func jsonTextSortsKeysAndWritesNonFiniteAsNull() {
        let value = JSONValue.object([
            "b": .numbers([1, 0.1, .nan, -.infinity, 1e-7]), "a": .string("q\"\\\n\u{1}"),
            "c": .array([.bool(true), .null, .object([:])]),
        ])
        #expect(
            value.text == """
                {
                  "a": "q\\"\\\\\\n\\u0001",
                  "b": [1, 0.1, null, null, 1e-07],
                  "c": [
                    true,
                    null,
                    {}
                  ]
                }

                """)
    }
}
