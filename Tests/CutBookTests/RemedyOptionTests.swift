import CutEngine
import Foundation
import Testing

@testable import CutBook

/// The remedies' options of `<<train cuts>>` (slope annealing, `init=scan`, `restore=`,
/// `estimator=score`), `<<scan grid>>` and `<<plot heatmap>>`: their bad values and combinations
/// with exact messages, and what they compute checked against direct counts.
@Suite(.serialized) struct RemedyOptionTests {
    static let oneColumn =
        "<<data sample draws=\"signal:normal(5,1)x20; background:normal(0,4)x30\" as=d>>\n"
    static let twoColumns =
        "<<data sample draws=\"signal:mvn(1,2;1,0,0,1)x40; background:mvn(0,0;4,0,0,4)x60\" as=p>>\n"

    static let cases: [(String, String)] = [
        (
            "<<train cuts hard on=d slope=1..64 epochs=5 as=t>>",
            "report/page.md:2:30: error: <<train>> slope=1..64 anneals a relaxation, and a hard cut has none; use erf or sigmoid cuts, or estimator=score for hard ones"
        ),
        (
            "<<train cuts erf on=d estimator=score noise=1 epochs=5 as=t>>",
            "report/page.md:2:33: error: <<train>> estimator=score estimates the gradient of hard cuts; write <<train cuts hard …>> (the erf cut has an exact gradient)"
        ),
        (
            "<<train cuts hard on=d estimator=score epochs=5 as=t>>",
            "report/page.md:2:3: error: <<train>> estimator=score needs noise=, the perturbations' width in the cuts' units (e.g. noise=1..0.05)"
        ),
        (
            "<<train cuts erf on=d noise=1 epochs=5 as=t>>",
            "report/page.md:2:23: error: <<train>> noise= is the perturbations' width of estimator=score"
        ),
        (
            "<<train cuts erf on=d pairs=4 epochs=5 as=t>>",
            "report/page.md:2:23: error: <<train>> pairs= is the perturbations drawn per epoch by estimator=score"
        ),
        (
            "<<train cuts erf on=d schedule=linear epochs=5 as=t>>",
            "report/page.md:2:23: error: <<train>> schedule= sets how a range slope=START..END or noise=START..END moves; give one, or remove schedule="
        ),
        (
            "<<train cuts erf on=d init_steps=5 epochs=5 as=t>>",
            "report/page.md:2:23: error: <<train>> init_steps= is the number of scanned values per column of init=scan"
        ),
        (
            "<<train cuts erf on=d slope=1..x epochs=5 as=t>>",
            "report/page.md:2:29: error: <<train>> option 'slope' expects number 1e-09…1000000000, or a range START..END of two, found '1..x'"
        ),
        (
            "<<train cuts erf on=d slope=1..2..3 epochs=5 as=t>>",
            "report/page.md:2:29: error: <<train>> option 'slope' expects number 1e-09…1000000000, or a range START..END of two, found '1..2..3'"
        ),
        (
            "<<train cuts erf on=d init=scn epochs=5 as=t>>",
            "report/page.md:2:28: error: <<train>> option 'init' expects scan, or 1–64 numbers, comma-separated, found 'scn'"
        ),
        (
            "<<train cuts sigmoid on=d select=\"x > 1\" restore=1 epochs=5 as=t>>",
            "report/page.md:2:42: error: <<train>> restore= pulls one cut per column back into its column's range; remove select="
        ),
        (
            "<<train cuts erf on=d restore=0 epochs=5 as=t>>",
            "report/page.md:2:31: error: <<train>> option 'restore' expects number 1e-12…1000000000000, found '0' (out of range)"
        ),
        (
            "<<train cuts hard on=d estimator=score noise=1..0.1 slope=1..4 epochs=5 as=t>>",
            "report/page.md:2:59: error: <<train>> slope=1..4 anneals a relaxation, and a hard cut has none; use erf or sigmoid cuts, or estimator=score for hard ones"
        ),
        (
            "<<train cuts erf on=d seed=3 epochs=5 as=t>>",
            "report/page.md:2:23: error: <<train>> seed= seeds a network's weights or the perturbations of estimator=score; cuts trained on their exact gradient draw nothing"
        ),
        (
            "<<scan grid on=d cut=erf as=g>>",
            "report/page.md:2:18: error: <<scan>> cut= has no effect on scan grid; it is read by scan loss, scan gradient, scan weight, scan window and scan surface; remove cut="
        ),
        (
            "<<train cuts sigmoid on=d epochs=5 as=t>>\n<<scan grid on=d steps=5 as=g>>\n<<plot heatmap of=g,t>>",
            "report/page.md:4:19: error: <<plot>> failed: of=g is a scan, expected a grid of two cuts (<<scan grid>> on two columns, or <<scan surface>>)"
        ),
    ]

    @Test func badValuesAndCombinationsAreLocated() async throws {
        for (line, expected) in Self.cases {
            let headlines = try await Support.buildHeadlines(page: Self.oneColumn + line + "\n")
            #expect(headlines?.contains(expected) == true, "\(line): \(headlines ?? [])")
        }
    }

    @Test func aHeatmapPathNeedsTrackedCuts() async throws {
        let page =
            Self.twoColumns + "<<train cuts sigmoid on=p epochs=5 as=t>>\n"
            + "<<scan grid on=p steps=5 as=g>>\n<<plot heatmap of=g,t>>\n"
        let headlines = try await Support.buildHeadlines(page: page)
        #expect(
            headlines?.contains(
                "report/page.md:4:19: error: <<plot>> failed: of=t: a path over the grid needs the training's two cuts after every epoch; train two cuts with track=true"
            ) == true, "\(headlines ?? [])")
    }

    /// `page` computed.
    static func compute(_ page: String) async throws -> ComputedReport {
        let parent = try Support.temporaryFolder()
        let report = try Support.writeReport(in: parent, chapters: [("page", page)])
        return try await ReportBuilder.compute(
            Support.options(report: report, parent: parent),
            progress: ProgressReporter(mode: .silent))
    }

    /// The field `path` (like `argmin.x`) of the result of directive `index`.
    static func number(_ computed: ComputedReport, _ index: Int, _ path: String) throws -> Double {
        let value = try #require(computed.result(study: "page", index: index))
        return try value.number(at: #require(FieldPath("x." + path))).get()
    }

    /// The data set of directive `index`.
    static func dataset(_ computed: ComputedReport, _ index: Int) throws -> Dataset {
        guard case .object(let object) = computed.result(study: "page", index: index),
            let data = object.payload as? Dataset
        else { throw ExecutionError("directive \(index) is not a data set") }
        return data
    }

    @Test func initScanStartsAtTheGridBestAndMisclassifiedCountsTheHardCuts() async throws {
        let computed = try await Self.compute(
            Self.twoColumns
                + "<<scan grid on=p loss=squares steps=7 as=g>>\n"
                + "<<train cuts sigmoid on=p loss=squares init=scan init_steps=7 epochs=1 lr=1e-9 as=t>>\n"
        )
        let read = { (index: Int, path: String) in try Self.number(computed, index, path) }
        #expect(abs(try read(1, "argmin.x") - read(2, "initial_cuts[0]")) < 1e-6)
        #expect(abs(try read(1, "argmin.y") - read(2, "initial_cuts[1]")) < 1e-6)
        // Signal failing either cut and background passing both, counted by hand.
        let data = try Self.dataset(computed, 0)
        let cuts = [Float(try read(2, "cuts[0]")), Float(try read(2, "cuts[1]"))]
        let wrong = (0..<data.count).filter { event in
            let passes = data.columns[0][event] > cuts[0] && data.columns[1][event] > cuts[1]
            return passes != (data.truth[event] == 1)
        }.count
        #expect(try read(2, "misclassified") == Double(wrong))
    }

    @Test func aOneColumnGridCountsMisclassifiedEvents() async throws {
        let computed = try await Self.compute(
            Self.oneColumn + "<<scan grid on=d loss=bce from=0 to=8 steps=9 as=g>>\n")
        let data = try Self.dataset(computed, 0)
        var counts: [Double] = []
        for index in 0..<9 {
            let cut = Float(index)
            let wrong = (0..<data.count).filter {
                (data.columns[0][$0] > cut) != (data.truth[$0] == 1)
            }.count
            counts.append(Double(wrong))
            #expect(try Self.number(computed, 1, "misclassified[\(index)]") == Double(wrong))
        }
        // Hard BCE counts −log(1e-6) per misclassified event: its minimum is the count's.
        let best = try #require(counts.indices.min { counts[$0] < counts[$1] })
        #expect(try Self.number(computed, 1, "loss.argmin") == Double(best))
    }

    @Test func theScoreEstimatorReportsItsVariancesAndAnnealedSigmoidsRecordTheirSlope()
        async throws
    {
        let computed = try await Self.compute(
            Self.oneColumn
                + "<<train cuts hard on=d loss=ssb estimator=score noise=1..0.1 pairs=6 init=2 epochs=20 lr=0.05 as=s>>\n"
                + "<<train cuts sigmoid on=d loss=bce slope=1..8 schedule=linear epochs=5 as=a>>\n")
        let variances = try ["plain", "baseline", "pairs"].map {
            try Self.number(computed, 1, "variance." + $0)
        }
        #expect(variances.allSatisfy { $0 > 0 && $0.isFinite }, "\(variances)")
        #expect(variances[1] < variances[0], "the baseline cuts the variance: \(variances)")
        guard case .training(let record) = computed.result(study: "page", index: 2) else {
            Issue.record("no training")
            return
        }
        #expect(record.model == "cuts(sigmoid, slope=8.0)")
    }
}
