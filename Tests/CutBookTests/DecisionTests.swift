import Foundation
import Testing

@testable import CutBook

/// `plot scatter` decision rules and classes, `output.min`/`output.max` of a training and
/// field references in `vline=`/`hline=`, built end to end from the `decisions` fixture.
@Suite(.serialized) struct DecisionTests {
    private func build(_ options: BuildOptions) async throws -> BuildSummary {
        try await ReportBuilder.build(options, progress: ProgressReporter(mode: .silent))
    }

    /// The `alt` text of each figure of the page, in order.
    private func alternatives(_ html: String) -> [String] {
        html.components(separatedBy: "alt=\"").dropFirst().map {
            String($0.prefix { $0 != "\"" })
        }
    }

    @Test func rulesClassesOutputRangeAndFieldLines() async throws {
        let parent = try Support.temporaryFolder()
        let report = try Support.copyFixture("decisions", into: parent)
        let options = Support.options(report: report, parent: parent)
        let summary = try await build(options)
        let html = try String(
            contentsOf: summary.outDirectory.appendingPathComponent("rules.html"), encoding: .utf8)
        let alts = alternatives(html)
        #expect(alts.count == 5)
        #expect(alts[0].contains("signal: y against x; shows scatter “right (40)”"))
        #expect(alts[0].contains("background: y against x; shows scatter “wrong (60)”"))
        #expect(alts[1].contains("signal: y against x; shows scatter “wrong (40)”"))
        #expect(alts[1].contains("background: y against x; shows scatter “right (60)”"))
        #expect(alts[2].hasPrefix("background:") && !alts[2].contains("signal:"))
        #expect(alts[3].hasPrefix("signal:") && !alts[3].contains("background:"))
        #expect(alts[4].components(separatedBy: "vertical line").count == 4)
        #expect(alts[4].components(separatedBy: "horizontal line").count == 2)
        let values = html.components(separatedBy: "<span class=\"value\">").dropFirst().map {
            Double($0.prefix { $0 != "<" })!
        }
        #expect(values.count == 2)
        #expect(values[0] < values[1] && values[0] >= 0 && values[1] <= 1)
        // The lines read their results: a rebuild after changing nothing computes nothing.
        let warm = try await build(options)
        #expect(warm.computed == 0)
    }

    @Test func unknownFieldInALineNamesTheNearest() async throws {
        let parent = try Support.temporaryFolder()
        let report = try Support.writeReport(
            in: parent,
            chapters: [
                (
                    "page",
                    "<<scan loss cut=hard loss=ssb on=d from=0 to=4 steps=5 as=s>>\n<<data d1 as=d>>\n\n<<plot line of=s vline=1,s.argmix>>\n"
                )
            ])
        let failure = await #expect(throws: BuildFailure.self) {
            _ = try await build(Support.options(report: report, parent: parent))
        }
        #expect(
            failure?.diagnostics.map(\.headline) == [
                "report/page.md:4:26: error: <<plot>> failed: result 's' (scan) has no field 'argmix': expected one of argmax, argmin, cut[i], loss[i], max, min, steps; did you mean 'argmax'?"
            ])
    }

    @Test func unknownResultInALineIsFoundBeforeRunning() async throws {
        let parent = try Support.temporaryFolder()
        let report = try Support.writeReport(
            in: parent,
            chapters: [("page", "<<plot relaxation vline=brute.argmax>>\n")])
        let failure = await #expect(throws: BuildFailure.self) {
            _ = try await build(Support.options(report: report, parent: parent))
        }
        #expect(
            failure?.diagnostics.map(\.headline) == [
                "report/page.md:1:25: error: <<plot>> uses result 'brute', which no directive defines with as="
            ])
    }

    @Test func ruleOnAnotherKindIsRejected() async throws {
        let parent = try Support.temporaryFolder()
        let report = try Support.writeReport(
            in: parent, chapters: [("page", "<<plot relaxation rule=output>>\n")])
        let failure = await #expect(throws: BuildFailure.self) {
            _ = try await build(Support.options(report: report, parent: parent))
        }
        #expect(
            failure?.diagnostics.map(\.headline) == [
                "report/page.md:1:19: error: <<plot>> rule= has no effect on plot relaxation; it is read by plot scatter; remove rule="
            ])
    }
}
