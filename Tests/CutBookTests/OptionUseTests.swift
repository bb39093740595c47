import Foundation
import Testing

@testable import CutBook

/// Options and words that would have no effect are located errors naming the forms that read
/// them; trainings whose loss becomes NaN fail unless `on_nan=keep`; `loss=bce` needs a model
/// whose output is in [0, 1].
@Suite(.serialized) struct OptionUseTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var text: String
        var expected: [String]
        var testDescription: String { name }
    }

    static let oneColumn =
        "<<data sample draws=\"signal:normal(5,1)x20; background:normal(0,4)x30\" as=d>>\n"
    static let larger =
        "<<data sample draws=\"signal:normal(5,1)x200; background:normal(0,4)x300\" as=d>>\n"
    static let twoColumns =
        "<<data sample draws=\"signal:mvn(1,2;1,0,0,1)x20; background:mvn(0,0;4,0,0,4)x30\" as=p>>\n"
    static let fit = twoColumns + "<<train model model=\"cuts(sigmoid)\" on=p epochs=2 as=fit>>\n"

    static let cases: [Case] = [
        Case(
            name: "data: order= on a catalogue recipe",
            text: "<<data d1 order=signal-first as=d>>\n",
            expected: [
                "report/page.md:1:11: error: <<data>> order= has no effect on catalogue data (d1…d4, d1-ml); it is read by data sample; remove order="
            ]),
        Case(
            name: "data: truth= on a .npy file", text: "<<data npy file=a.npy truth=t as=d>>\n",
            expected: [
                "report/page.md:1:23: error: <<data>> truth= has no effect on data npy; it is read by data csv; remove truth="
            ]),
        Case(
            name: "data: file= on a catalogue recipe", text: "<<data d1 file=a.csv as=d>>\n",
            expected: [
                "report/page.md:1:11: error: <<data>> file= has no effect on catalogue data (d1…d4, d1-ml); it is read by data csv and data npy; remove file="
            ]),
        Case(
            name: "train: model= on cuts",
            text: oneColumn + "<<train cuts erf model=\"cuts(erf)\" on=d epochs=2 as=t>>\n",
            expected: [
                "report/page.md:2:18: error: <<train>> model= has no effect on train cuts; it is read by train model; remove model="
            ]),
        Case(
            name: "scan: of= with gradient", text: fit + "<<scan gradient of=fit on=p as=s>>\n",
            expected: [
                "report/page.md:3:17: error: <<scan>> of= has no effect on scan gradient; it is read by scan loss with of= and scan passing; remove of="
            ]),
        Case(
            name: "train: seed= on cuts",
            text: oneColumn + "<<train cuts erf on=d epochs=2 seed=3 as=t>>\n",
            expected: [
                "report/page.md:2:32: error: <<train>> seed= seeds a network's weights or the perturbations of estimator=score; cuts trained on their exact gradient draw nothing"
            ]),
        Case(
            name: "train: slope= on erf cuts",
            text: oneColumn + "<<train cuts erf on=d epochs=2 slope=2 as=t>>\n",
            expected: [
                "report/page.md:2:32: error: <<train>> slope= is the slope of the sigmoid relaxation; it has no effect on erf cuts (a range slope=START..END anneals them)"
            ]),
        Case(
            name: "train: a relaxation word on a model",
            text: twoColumns + "<<train model erf model=\"cuts(sigmoid)\" on=p epochs=2 as=t>>\n",
            expected: [
                "report/page.md:2:15: error: <<train>> the relaxation word 'erf' has no effect on train model; it is read by train cuts; remove 'erf'"
            ]),
        Case(
            name: "train: bce on an unbounded network",
            text: twoColumns
                + "<<train model model=\"mlp(2,16,16,1)\" on=p loss=bce epochs=2 as=t>>\n",
            expected: [
                "report/page.md:2:48: error: <<train>> loss=bce needs outputs in [0, 1], but model \"mlp(2,16,16,1)\" has outputs in (-inf, inf); wrap the network in sigmoid(...), e.g. model=\"sigmoid(mlp(2,16,16,1))\""
            ]),
        Case(
            name: "train: bce on balanced cuts",
            text: oneColumn + "<<train cuts balanced on=d loss=bce epochs=2 as=t>>\n",
            expected: [
                "report/page.md:2:33: error: <<train>> loss=bce needs outputs in [0, 1], but balanced cuts has outputs in [-1, 1]; use sigmoid, erf or hard cuts, or loss=squares"
            ]),
        Case(
            name: "train: track= on a model without cuts",
            text: twoColumns
                + "<<train model model=\"sigmoid(mlp(2,3,1))\" on=p epochs=2 track=true as=t>>\n",
            expected: [
                "report/page.md:2:57: error: <<train>> failed: track=true records cut values, but model \"sigmoid(mlp(2,3,1))\" has no cuts(...) term; remove track="
            ]),
        Case(
            name: "train: NaN loss at the first epoch",
            text: oneColumn
                + "<<train cuts balanced on=d loss=ssb optimizer=gradient lr=100 init=0 epochs=50 as=t>>\n",
            expected: [
                "report/page.md:2:3: error: <<train>> failed: the loss became NaN at epoch 1 (no epoch had a finite loss); lower lr= (now 100), choose another loss=, or bound the model's output (wrap it in sigmoid(...)); on_nan=keep keeps the last good parameters with a warning instead"
            ]),
        Case(
            name: "train: NaN loss after a finite one",
            text: larger
                + "<<train cuts balanced on=d loss=ssb optimizer=gradient lr=100 init=0 epochs=50 as=t>>\n",
            expected: [
                "report/page.md:2:3: error: <<train>> failed: the loss became NaN at epoch 2 (the last finite loss was 72.2297 at epoch 1); lower lr= (now 100), choose another loss=, or bound the model's output (wrap it in sigmoid(...)); on_nan=keep keeps the last good parameters with a warning instead"
            ]),
        Case(
            name: "scan: loss= with passing",
            text: fit + "<<scan passing of=fit on=p loss=squares as=s>>\n",
            expected: [
                "report/page.md:3:28: error: <<scan>> loss= has no effect on scan passing; it is read by scan loss with of=, scan loss, scan gradient, scan window, scan surface and scan grid; remove loss="
            ]),
        Case(
            name: "scan: ssb of a frozen model",
            text: fit + "<<scan loss of=fit on=p loss=ssb as=s>>\n",
            expected: [
                "report/page.md:3:30: error: <<scan>> scan loss with of= takes loss=seed, squares or bce, found 'ssb': a frozen model's loss is one of the training losses; S/√B (ssb) is defined for a single cut's weights, so scan the cut without of= for it"
            ]),
        Case(
            name: "scan: slope= with erf",
            text: oneColumn + "<<scan loss cut=erf slope=2 on=d as=s>>\n",
            expected: [
                "report/page.md:2:21: error: <<scan>> slope= is the slope of the sigmoid relaxation; it needs cut=sigmoid, not cut=erf"
            ]),
        Case(
            name: "scan: at= outside a window",
            text: oneColumn + "<<scan weight at=1 on=d as=s>>\n",
            expected: [
                "report/page.md:2:15: error: <<scan>> at= has no effect on scan weight; it is read by scan window; remove at="
            ]),
        Case(
            name: "scan: column= on a surface",
            text: twoColumns + "<<scan surface cut=erf column=1 on=p as=s>>\n",
            expected: [
                "report/page.md:2:24: error: <<scan>> column= has no effect on scan surface; it is read by scan loss with of=, scan loss, scan gradient, scan weight, scan passing and scan window; remove column="
            ]),
        Case(
            name: "plot: bins= on a line",
            text: oneColumn + "<<scan loss on=d as=s>>\n<<plot line of=s bins=10>>\n",
            expected: [
                "report/page.md:3:18: error: <<plot>> bins= has no effect on plot line; it is read by plot hist, plot contour and plot output; remove bins="
            ]),
        Case(
            name: "plot: rule= on a relaxation", text: "<<plot relaxation rule=output>>\n",
            expected: [
                "report/page.md:1:19: error: <<plot>> rule= has no effect on plot relaxation; it is read by plot scatter; remove rule="
            ]),
        Case(
            name: "plot: slope= on a relaxation (draws every relaxation at slope 1)",
            text: "<<plot relaxation relaxations=sigmoid slope=2>>\n",
            expected: [
                "report/page.md:1:39: error: <<plot>> has no option 'slope': expected one of of, caption, label, bins, style, alpha, density, range, logy, mark, vline, hline, y, column, labels, levels, at, relaxations, derivative, rule, threshold, class, band, xlabel, ylabel, width, height"
            ]),
        Case(
            name: "plot: style= on a line",
            text: oneColumn + "<<scan loss on=d as=s>>\n<<plot line of=s style=step>>\n",
            expected: [
                "report/page.md:3:18: error: <<plot>> style= has no effect on plot line; it is read by plot hist and plot output; remove style="
            ]),
        Case(
            name: "plot: density= on a contour",
            text: twoColumns + "<<plot contour of=p density=true>>\n",
            expected: [
                "report/page.md:2:21: error: <<plot>> density= has no effect on plot contour; it is read by plot hist and plot output; remove density="
            ]),
        Case(
            name: "plot: mark= on cut values against epoch",
            text: fit + "<<plot cuts of=fit mark=max>>\n",
            expected: [
                "report/page.md:3:20: error: <<plot>> mark= has no effect on plot cuts; it is read by plot line, plot twin and plot heatmap; remove mark="
            ]),
        Case(
            name: "plot: alpha= out of 0…1",
            text: oneColumn + "<<plot hist of=d alpha=1.5>>\n",
            expected: [
                "report/page.md:2:24: error: <<plot>> option 'alpha' expects number 0…1, found '1.5' (out of range)"
            ]),
        Case(
            name: "plot: style= not a style",
            text: oneColumn + "<<plot hist of=d style=steps>>\n",
            expected: [
                "report/page.md:2:24: error: <<plot>> option 'style' expects one of filled, step, found 'steps'; did you mean 'step'?"
            ]),
        Case(
            name: "table: rows= with softmax", text: "<<table softmax a=1,2 b=2,1 rows=ends>>\n",
            expected: [
                "report/page.md:1:29: error: <<table>> rows= has no effect on table softmax; it is read by table result; remove rows="
            ]),
    ]

    @Test(arguments: cases) func failsWithExactMessages(_ testCase: Case) async throws {
        #expect(try await Support.buildHeadlines(page: testCase.text) == testCase.expected)
    }

    @Test func onNaNKeepBuildsWithTheWarning() async throws {
        let parent = try Support.temporaryFolder()
        let text =
            Self.larger
            + "<<train cuts balanced on=d loss=ssb optimizer=gradient lr=100 init=0 epochs=50 on_nan=keep as=t>>\n\n<<log of=t>>\n"
        let report = try Support.writeReport(in: parent, chapters: [("page", text)])
        let lines = ProgressAndListTests.Lines()
        let summary = try await ReportBuilder.build(
            Support.options(report: report, parent: parent),
            progress: ProgressReporter(mode: .plain) { text in lines.text.withLock { $0 += text } })
        let printed = lines.text.withLock { $0 }
        #expect(
            printed.contains(
                "report/page.md:2:1: train warning: loss became NaN at epoch 2; stopped and kept the parameters of epoch 1 (the last finite loss)."
            ))
        let page = try String(
            contentsOf: summary.outDirectory.appendingPathComponent("page.html"), encoding: .utf8)
        #expect(page.contains("loss became NaN at epoch 2"))
    }

    @Test func defaultsOfUnusedOptionsDoNotCount() throws {
        let parent = try Support.temporaryFolder()
        let report = try Support.writeReport(
            in: parent,
            chapters: [
                (
                    "page",
                    Self.fit
                        + "<<scan passing of=fit on=p as=s>>\n<<table softmax a=1,2 b=2,1>>\n<<plot relaxation>>\n"
                )
            ])
        try Support.check(report)
    }
}
