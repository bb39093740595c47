import Foundation
import Testing

@testable import CutBook

/// Cut scans of weighted events (`Fixtures/weighted/events.csv`, 80 events with weights w from
/// 0.05 to 2.5), checked against an independent numpy evaluation
/// (`Fixtures/weighted/scan_reference.py`), and against the same events read without weights.
@Suite(.serialized) struct WeightedScanTests {
    /// One scan of the report, written both as a directive and as the script's JSON.
    struct Scan {
        var name: String
        var quantity: String
        var cut = "erf"
        var slope = 1.0
        var loss = "ssb"
        var column = 0
        var from = -3.9
        var to = 4.1
        var steps = 17
        var at = 0.5

        var directive: String {
            var text =
                "<<scan \(quantity) cut=\(cut) on=ev from=\(from) to=\(to) steps=\(steps) as=\(name)"
            if slope != 1 { text += " slope=\(slope)" }
            if quantity != "weight" { text += " loss=\(loss)" }
            if quantity != "surface" { text += " column=\(column)" }
            if quantity == "window" { text += " at=\(at)" }
            return text + ">>"
        }

        var json: [String: Any] {
            [
                "name": name, "quantity": quantity, "cut": cut, "slope": slope, "loss": loss,
                "column": column, "from": from, "to": to, "steps": steps, "at": at,
            ]
        }
    }

    static let scans = [
        Scan(name: "ssb_hard", quantity: "loss", cut: "hard"),
        Scan(name: "bce_sigmoid", quantity: "loss", cut: "sigmoid", loss: "bce"),
        Scan(name: "sq_sigmoid", quantity: "loss", cut: "sigmoid", slope: 2, loss: "squares"),
        Scan(
            name: "sq_grad", quantity: "gradient", cut: "sigmoid", slope: 2, loss: "squares",
            column: 1),
        Scan(name: "ssb_grad", quantity: "gradient"),
        Scan(name: "bce_grad", quantity: "gradient", cut: "sigmoid", loss: "bce", column: 1),
        Scan(name: "mean", quantity: "weight", cut: "sigmoid"),
        Scan(name: "win", quantity: "window", loss: "squares", from: 0.5, to: 3, steps: 6),
        Scan(name: "surf", quantity: "surface", cut: "sigmoid", from: -3, to: 3, steps: 7),
    ]

    /// Builds the scans on the weighted events (`ev`) and, for `plain_ssb`, on the same events
    /// read without weights; returns results.json's results.
    static func build() async throws -> [String: Any] {
        let parent = try Support.temporaryFolder()
        let page =
            "<<data csv file=events.csv columns=x,y truth=label weight=w as=ev>>\n"
            + "<<data csv file=events.csv columns=x,y truth=label as=plain>>\n\n"
            + scans.map(\.directive).joined(separator: "\n\n")
            + "\n\n<<scan loss cut=hard loss=ssb on=plain from=-3.9 to=4.1 steps=17 as=plain_ssb>>\n"
        let report = try Support.writeReport(in: parent, chapters: [("page", page)])
        try FileManager.default.copyItem(
            at: Support.fixtures.appendingPathComponent("weighted/events.csv"),
            to: report.appendingPathComponent("events.csv"))
        let summary = try await ReportBuilder.build(
            Support.options(report: report, parent: parent),
            progress: ProgressReporter(mode: .silent))
        let data = try Data(
            contentsOf: summary.outDirectory.appendingPathComponent("results.json"))
        let document = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        return try #require(document["results"] as? [String: Any])
    }

    /// The numpy evaluation of every scan.
    static func reference() throws -> [String: [String: [Double]]] {
        let folder = try Support.temporaryFolder()
        let specs = folder.appendingPathComponent("scans.json")
        try JSONSerialization.data(withJSONObject: scans.map(\.json)).write(to: specs)
        let (status, output) = try ONNXRuntimeCheck.python([
            Support.fixtures.appendingPathComponent("weighted/scan_reference.py").path,
            Support.fixtures.appendingPathComponent("weighted/events.csv").path, specs.path,
        ])
        #expect(status == 0, "the numpy reference failed (needs python3 with numpy):\n\(output)")
        let parsed = try JSONSerialization.jsonObject(with: Data(output.utf8))
        return try #require(parsed as? [String: [String: [Double]]])
    }

    /// `columns` of a scan in results.json (a series' columns, or a surface's values).
    static func columns(_ result: Any?) throws -> [String: [Double]] {
        let fields = try #require(result as? [String: Any])
        if let values = fields["values"] as? [Double] { return ["values": values] }
        return try #require(fields["columns"] as? [String: [Double]])
    }

    /// Relative agreement, with an absolute floor for values near 0 (gradients far from the
    /// events): per-event terms are Float in CutEngine and double in numpy.
    static func agrees(_ found: Double, _ expected: Double) -> Bool {
        abs(found - expected) <= 2e-5 * max(abs(expected), 1e-3)
    }

    @Test func everyScanQuantityMatchesNumpyOnWeightedEvents() async throws {
        let results = try await Self.build()
        let reference = try Self.reference()
        for scan in Self.scans {
            let found = try Self.columns(results[scan.name])
            let expected = try #require(reference[scan.name])
            let names =
                switch scan.quantity {
                case "weight": ["signal", "background"]
                case "window": ["gradient", "full"]
                case "surface": ["values"]
                default: [scan.quantity]
                }
            for name in names {
                let values = try #require(found[name], "\(scan.name) has no \(name)")
                let wanted = try #require(expected[name])
                #expect(values.count == wanted.count, "\(scan.name) \(name)")
                for (index, (value, want)) in zip(values, wanted).enumerated() {
                    #expect(
                        Self.agrees(value, want),
                        "\(scan.name) \(name)[\(index)]: CutBook \(value), numpy \(want)")
                }
            }
        }
        // The weights matter: S/√B of the unweighted events differs from the weighted one.
        let weighted = try #require(try Self.columns(results["ssb_hard"])["loss"])
        let plain = try #require(try Self.columns(results["plain_ssb"])["loss"])
        #expect(zip(weighted, plain).contains { abs($0 - $1) > 0.1 * abs($1) })
    }
}
