import Foundation
import Testing

@testable import CutBook

/// Checks on the sources of `reports/workshop`, the report that rebuilds every study of the
/// workshop talk: it loads, it follows the talk's arc, it draws enough figures, every
/// cross-reference has a label, and every published number the catalogue says must reproduce is
/// pinned by an `assert` with the published value.
@Suite struct WorkshopReportTests {
    /// The workshop report, loaded from the package's `reports/workshop` folder.
    static func loadWorkshop() throws -> Report {
        let packageRoot = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return try ReportLoader.load(
            directory: packageRoot.appendingPathComponent("reports/workshop").path)
    }

    @Test func followsTheTalksArcOnePagePerStudy() throws {
        let report = try Self.loadWorkshop()
        #expect(
            report.studies.map(\.name) == [
                "introduction", "simple-problem", "relaxations", "relaxation-catalogue",
                "gradient-descent",
                "two-cuts", "push-down", "neural-network", "together", "together-fixes", "remedies",
                "lessons",
            ])
        #expect(report.studies.allSatisfy { $0.title != $0.name })
    }

    @Test func everyDirectiveIsValid() throws {
        let report = try Self.loadWorkshop()
        let resolved = try Validator.validate(report)
        #expect(resolved.count == report.allDirectives.count)
    }

    @Test func drawsAtLeastSixtyFigures() throws {
        let report = try Self.loadWorkshop()
        let figures = report.allDirectives.filter { $0.verb == "plot" && $0.isBlock }
        #expect(figures.count >= 60)
    }

    @Test func everyCrossReferenceHasALabel() throws {
        let report = try Self.loadWorkshop()
        let labels = Set(
            report.allDirectives.compactMap { directive -> String? in
                guard let label = directive.option("label")?.value else { return nil }
                return (directive.verb == "table" ? "tab:" : "fig:") + label
            })
        for study in report.studies {
            for reference in study.references {
                #expect(
                    labels.contains("\(reference.kind):\(reference.label)"),
                    "\(reference.location): @\(reference.kind):\(reference.label) has no label")
            }
        }
    }

    /// The catalogue's published numbers and the field of the report that reproduces each.
    static let pinned: [(field: String, expected: Double)] = [
        ("hard_ssb.argmax", 3.737), ("hard_ssb.max", 22.44),
        ("erf_ssb.argmax", 3.535), ("erf_ssb.max", 20.88),
        ("ascent.cuts[0]", 3.6245), ("ascent.loss", 20.896),
        ("mlfit.cuts[0]", 3.26), ("mlfit.loss", 2082.857),
        ("two_sig.cuts[0]", -1.077), ("two_sig.cuts[1]", -0.3744),
        ("two_erf.cuts[0]", -0.3470), ("two_erf.cuts[1]", 0.2354),
        ("shift.difference[0]", 0.02), ("shift.difference[1]", -0.0018),
        ("shift.difference[2]", -0.0049), ("shift.difference[3]", -0.0133),
    ]

    @Test func pinsEveryPublishedNumber() throws {
        let report = try Self.loadWorkshop()
        var asserted: [String: Double] = [:]
        for directive in report.allDirectives where directive.verb == "assert" {
            guard let field = directive.words.first?.text,
                let expected = directive.option("expect").flatMap({ Double($0.value) })
            else { continue }
            asserted[field] = expected
        }
        for (field, expected) in Self.pinned {
            #expect(asserted[field] == expected, "\(field) should be asserted at \(expected)")
        }
    }
}
