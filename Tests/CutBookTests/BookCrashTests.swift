import Foundation
import Testing

@testable import CutBook

/// Books that used to crash the typesetter: the layout of the PDF crash reproducer (two
/// chapters whose training logs are long tables with headers repeated at page tops), and
/// Markdown nested deeper than the book's recursive walk takes.
@Suite(.serialized) struct BookCrashTests {
    private static let trainChapter = """
        # Training three cuts

        <<data csv file=events.csv columns=pt,mass,score as=ev3>>

        <<train cuts sigmoid on=ev3 loss=bce epochs=2000 lr=0.1 init=50,80,0.3 track=true as=c3>>

        <<plot cuts of=c3 caption="Cut values against epoch">>
        <<plot line of=c3 caption="Loss against epoch" label=c3loss>>

        The trained cuts are $p_T >$ <<value c3.cuts[0] fmt=.1f>> GeV, $m_j >$ <<value c3.cuts[1] fmt=.1f>> GeV and score $>$ <<value c3.cuts[2] fmt=.3f>>.

        <<log of=c3>>

        <<scan loss of=c3 on=ev3 column=1 loss=bce from=50 to=150 steps=101 as=frozen_ssb>>
        <<scan passing of=c3 on=ev3 column=1 from=50 to=150 steps=101 as=frozen_pass>>
        <<scan weight on=ev3 column=1 cut=hard from=50 to=150 steps=101 as=eff>>
        <<table of=frozen_pass rows=ends>>
        <<table of=eff rows=ends>>
        <<plot line of=frozen_ssb>>
        """

    private static let networkChapter = """
        # A small network, then cuts and network together

        <<train model model="sigmoid(mlp(3,16,16,1))" on=ev3 loss=bce epochs=1500 as=net>>

        <<plot output of=net,ev3 logy=true label=netout caption="Network output for signal and background">>

        <<train model model="cuts(sigmoid, init=(50,80,0.3)) * sigmoid(mlp(3,16,16,1))" on=ev3 loss=bce epochs=1500 track=true as=both>>

        <<plot line of=net,both labels="MLP,cuts × σ(MLP)" logy=true xlabel="epoch" ylabel="BCE loss" label=losses caption="Training loss of the network alone and of cuts times the network">>

        <<plot cuts of=both label=bothcuts caption="The cuts of the joint model during training">>

        The joint model ends with $p_T >$ <<value both.cuts[0] fmt=.1f>> GeV,
        $m_j >$ <<value both.cuts[1] fmt=.1f>> GeV and score $>$ <<value both.cuts[2] fmt=.3f>>;
        its final loss is <<value both.loss fmt=.4f>>.

        <<log of=both>>
        <<log of=net>>
        """

    /// 40,000 events shaped like the reproducer's (a harder, peaked signal over a falling
    /// background), from a fixed linear congruential stream.
    private static func events() -> String {
        var state: UInt64 = 42
        func uniform() -> Double {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return (Double(state >> 11) + 0.5) / Double(1 << 53)
        }
        func normal(_ mu: Double, _ sigma: Double) -> Double {
            mu + sigma * (-2 * log(uniform())).squareRoot() * cos(2 * Double.pi * uniform())
        }
        var lines = ["pt,eta,abseta,mass,score,weight,truth"]
        for index in 0..<40_000 {
            let signal = index % 2 == 0
            let pt = signal ? 40 + 100 * uniform() + 25 * uniform() : 30 - 40 * log(uniform())
            let eta = signal ? normal(0, 1.2) : 5 * uniform() - 2.5
            let mass = signal ? normal(125, 12) : 50 - 60 * log(uniform())
            let score = signal ? uniform().squareRoot() : 1 - uniform().squareRoot()
            let fields = [pt, eta, abs(eta), mass, score, 0.5 + uniform(), signal ? 1 : 0]
            lines.append(fields.map { String(format: "%.6g", $0) }.joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test func reproducerLayoutTypesetsWithoutCrashing() async throws {
        let parent = try Support.temporaryFolder()
        let settings =
            "title: \"A toy dijet selection: cuts and a network\"\nauthors: [Tester]\nchapters: [train, nn]\ndefaults:\n  seed: 7\n  formats: [html, pdf]\n"
        let report = try Support.writeReport(
            in: parent, chapters: [("train", Self.trainChapter), ("nn", Self.networkChapter)],
            settings: settings)
        try Self.events().write(
            to: report.appendingPathComponent("events.csv"), atomically: true, encoding: .utf8)
        var options = Support.options(report: report, parent: parent)
        options.formats = ["html", "pdf"]
        let summary = try await ReportBuilder.build(
            options, progress: ProgressReporter(mode: .silent))
        let book = try Data(contentsOf: summary.outDirectory.appendingPathComponent("report.pdf"))
        #expect(book.starts(with: Data("%PDF-".utf8)))
    }

    @Test(arguments: [
        ("block quotes", String(repeating: "> ", count: 30_000) + "quoted", "page.md:3:201"),
        ("lists", String(repeating: "- ", count: 30_000) + "item", "page.md:3:101"),
        (
            "emphasis",
            String(repeating: "*", count: 30_000) + "x" + String(repeating: "*", count: 30_000),
            "page.md:3:1"
        ),
    ])
    func deepMarkdownIsRefusedInTheBook(_ kind: String, _ text: String, _ place: String)
        async throws
    {
        let parent = try Support.temporaryFolder()
        let report = try Support.writeReport(
            in: parent, chapters: [("page", "# Deep\n\n" + text + "\n")],
            settings: "title: T\nchapters: [page]\n")
        var options = Support.options(report: report, parent: parent)
        options.formats = ["pdf"]
        let message =
            "report/\(place): error: Markdown nests more than 100 levels deep here (block quotes, lists or emphasis inside each other); flatten the nesting to at most 100 levels"
        do {
            _ = try await ReportBuilder.build(options, progress: ProgressReporter(mode: .silent))
            Issue.record("\(kind): expected a failure")
        } catch let failure as BuildFailure {
            #expect(failure.diagnostics.map(\.headline) == [message], "\(kind)")
        }
    }

    @Test func deepMarkdownStillRendersAsHTML() async throws {
        let parent = try Support.temporaryFolder()
        let text = String(repeating: "> ", count: 30_000) + "quoted"
        let report = try Support.writeReport(
            in: parent, chapters: [("page", "# Deep\n\n" + text + "\n")],
            settings: "title: T\nchapters: [page]\n")
        let summary = try await ReportBuilder.build(
            Support.options(report: report, parent: parent),
            progress: ProgressReporter(mode: .silent))
        let html = try String(
            contentsOf: summary.outDirectory.appendingPathComponent("page.html"), encoding: .utf8)
        #expect(html.contains("quoted"))
    }
}
