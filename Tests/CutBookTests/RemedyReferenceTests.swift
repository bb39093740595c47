import Foundation
import Testing

@testable import CutBook

/// The remedies chapter's key numbers against references computed independently with numpy
/// from the seed's data recipes. The test runs the chapter's own directives (found by their
/// `as=` names in `reports/workshop/*.md`, so a change to the chapter is a change to what is
/// checked) in a one-page report and compares their results with the numbers below.
///
/// The references were computed once, with numpy 2.4 and scipy 1.17, by
/// `python3 scripts/reference/remedies_numpy.py` (functions `item1`, `item6` and `item3`):
/// the data drawn from `np.random.RandomState(19680801)` as float32, hard cuts `x > c` counted
/// on the same grids as the chapter (`np.linspace`), the erf cut's binary cross-entropy in
/// float64 on the same grid, and Adam (optax defaults, as the script's `Adam` class) on the
/// seed loss of two sigmoid cuts in float64.
@Suite(.serialized) struct RemedyReferenceTests {
    /// numpy's numbers, and how close CutBook's must be.
    static let references: [(field: String, value: Double, tolerance: Double, what: String)] = [
        // item1(): hard-cut BCE on D2 over linspace(2, 5, 3001): best cut and its errors.
        ("rem_hard_bce.loss.argmin", 3.0670, 5e-4, "item 1, hard-cut BCE optimum"),
        ("rem_hard_bce.misclassified.min", 2420, 0, "item 1, misclassified at the hard optimum"),
        // item1(): the erf cut's (slope 1) BCE over the same grid: the relaxed optimum 3.8920
        // with 2976 misclassified; the chapter reaches it by training (rem_fixed).
        ("rem_fixed.cuts[0]", 3.8920, 1e-3, "item 1, relaxed (erf, slope 1) BCE optimum"),
        ("rem_fixed.misclassified", 2976, 0, "item 1, misclassified at the relaxed optimum"),
        // item6(): one hard cut on D1 over linspace(-10, 10, 2001).
        ("rem_d1_grid.loss.max", 22.5000, 5e-5, "item 6, D1 brute-force maximum of S/√B"),
        ("rem_d1_grid.loss.argmax", 3.840, 5e-4, "item 6, D1 best cut"),
        // item6(): two hard cuts on D3, 101 values per column over its data range.
        ("rem_d3_grid.max", 215.2296, 5e-5, "item 6, D3 brute-force maximum of S/√B"),
        ("rem_d3_grid.argmax.x", 0.407, 5e-4, "item 6, D3 best cut on x"),
        ("rem_d3_grid.argmax.y", 0.880, 5e-4, "item 6, D3 best cut on y"),
        // item3(): Adam 0.01, 3000 epochs, seed loss, sigmoid cuts from (1, 1).
        ("rem_one.cuts[0]", -1.0774, 5e-4, "item 3, cut on x from (1, 1)"),
        ("rem_one.cuts[1]", -0.3744, 5e-4, "item 3, cut on y from (1, 1)"),
    ]

    /// The chapter's directives these fields read, and the data sets they train and scan on.
    static let names = [
        "d1", "d2", "d3", "rem_hard_bce", "rem_fixed", "rem_d1_grid",
        "rem_d3_grid", "rem_one",
    ]

    /// The line of the workshop report that defines `name` (its `as=`).
    static func definition(of name: String) throws -> String {
        let folder = Support.packageRoot.appendingPathComponent("reports/workshop")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".md") }.sorted()
        var found: [String] = []
        for file in files {
            let text = try String(
                contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            found += text.split(separator: "\n").map(String.init).filter {
                $0.hasPrefix("<<") && ($0.contains(" as=\(name) ") || $0.contains(" as=\(name)>>"))
            }
        }
        guard found.count == 1 else {
            throw ExecutionError(
                "as=\(name) is defined \(found.count) times in the workshop report")
        }
        return found[0]
    }

    @Test func remedyNumbersMatchTheNumpyReferences() async throws {
        let lines = try Self.names.map(Self.definition(of:))
        let parent = try Support.temporaryFolder()
        let report = try Support.writeReport(
            in: parent, chapters: [("page", lines.joined(separator: "\n") + "\n")])
        let computed = try await ReportBuilder.compute(
            Support.options(report: report, parent: parent),
            progress: ProgressReporter(mode: .silent))
        var results: [String: ResultValue] = [:]
        for (index, name) in Self.names.enumerated() {
            results[name] = computed.result(study: "page", index: index)
        }
        let inputs = ExecutionInputs(values: results)
        for reference in Self.references {
            let found = try inputs.number(at: reference.field)
            #expect(
                abs(found - reference.value) <= reference.tolerance,
                "\(reference.what): \(reference.field) = \(found), numpy \(reference.value)")
        }
    }
}
