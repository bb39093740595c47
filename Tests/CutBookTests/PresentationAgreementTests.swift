import Foundation
import Testing

@testable import CutBook

/// The HTML site and the PDF book show the same presented blocks: the same figure and table
/// numbers and anchors, the same check texts and the same section anchors.
@Suite("Site and book agree")
struct PresentationAgreementTests {
    static let first = """
        # First

        <<table softmax a=1,2,3 b=0,2,3 as=soft fmt=.3f label=soft caption="Two softmaxes">>

        ## Checks and values

        <<assert soft.rows expect=3 tol=0.5>>

        There are <<value soft.rows fmt=.0f>> rows; see @fig:relax and @tab:other.

        <<plot relaxation at=0 range=-5,5 relaxations=hard,sigmoid label=relax caption="A *cut*">>

        ## Checks and values

        ### Sub & section $\\sigma$
        """
    static let second = """
        # Second

        ## Again a figure

        <<plot relaxation at=1 range=-5,5 relaxations=erf>>

        <<table softmax a=0,1 b=0,5 as=other label=other>>

        <<assert other.rows expect=2 tol=0.5 fmt=.2f>>
        """

    @Test func siteAndBookShowTheSameNumbersAnchorsAndChecks() async throws {
        let parent = try Support.temporaryFolder()
        let folder = try Support.writeReport(
            in: parent, chapters: [("first", Self.first), ("second", Self.second)])
        let computed = try await ReportBuilder.compute(
            Support.options(report: folder, parent: parent),
            progress: ProgressReporter(mode: .silent))
        let site = try SiteRenderer(
            report: computed.report, plan: computed.plan, results: computed.results,
            templates: try Templates(directory: Support.templates),
            provenance: computed.provenance
        ).render(studies: computed.studies)
        let document = try BookDocumentBuilder.document(
            from: BookSource(
                report: computed.report, plan: computed.plan, results: computed.results,
                provenance: computed.provenance))

        var fromSite: [String] = []
        for study in computed.report.studies {
            let page = String(decoding: try #require(site["\(study.name).html"]), as: UTF8.self)
            fromSite += Self.items(in: page, study: study.name)
        }
        let fromBook = document.chapters.flatMap { chapter in
            chapter.blocks.flatMap { Self.items(of: $0, chapter: chapter.name) }
        }
        #expect(
            fromSite == [
                "first table tab-soft 1.1", "first section checks-and-values",
                "first check soft.rows = 3 (expected 3 ± 0.5)", "first figure fig-relax 1.1",
                "first section checks-and-values-2", "first section sub-amp-section",
                "second section again-a-figure", "second figure fig-2 2.1",
                "second table tab-other 2.1",
                "second check other.rows = 2.00 (expected 2.00 ± 0.5)",
            ])
        #expect(fromBook == fromSite)
    }

    /// Figures, numbered tables, block checks and `##`/`###` anchors of an HTML page, in order.
    static func items(in page: String, study: String) -> [String] {
        let patterns = [
            (
                "figure",
                #"<figure id="([^"]+)">\n<img[^\n]*\n<figcaption><span class="number">Figure (\d+\.\d+)\."#
            ),
            (
                "table",
                #"<table class="result" id="([^"]+)">\n<caption><span class="number">Table (\d+\.\d+)\."#
            ),
            ("check", #"<p class="check">✓ ([^<]*)</p>"#),
            ("section", #"<h[23] id="([^"]+)">"#),
        ]
        var found: [(offset: Int, text: String)] = []
        for (kind, pattern) in patterns {
            let expression = try! NSRegularExpression(pattern: pattern)
            let whole = NSRange(page.startIndex..., in: page)
            for match in expression.matches(in: page, range: whole) {
                let groups = (1..<match.numberOfRanges).map {
                    String(page[Range(match.range(at: $0), in: page)!])
                }
                found.append(
                    (match.range.location, "\(study) \(kind) \(groups.joined(separator: " "))"))
            }
        }
        return found.sorted { $0.offset < $1.offset }.map(\.text)
    }

    /// The same items of a book block (section anchors without their `sec-<chapter>-` prefix).
    static func items(of block: BookBlock, chapter: String) -> [String] {
        switch block {
        case .figure(let figure): return ["\(chapter) figure \(figure.anchor) \(figure.number)"]
        case .table(let table):
            guard let number = table.number, let anchor = table.anchor else { return [] }
            return ["\(chapter) table \(anchor) \(number)"]
        case .paragraph(let inlines):
            guard inlines.count == 2, case .text("✓ ") = inlines[0],
                case .value(let text) = inlines[1]
            else { return [] }
            return ["\(chapter) check \(text)"]
        case .heading(let level, _, let anchor) where level <= 3:
            return ["\(chapter) section \(anchor.dropFirst("sec-\(chapter)-".count))"]
        case .quote(let blocks): return blocks.flatMap { items(of: $0, chapter: chapter) }
        case .list(_, _, let items):
            return items.flatMap { $0.flatMap { Self.items(of: $0, chapter: chapter) } }
        default: return []
        }
    }
}
