import Foundation
import Testing

@testable import CutBook

/// Sweeps (`seeds=`, `sweep=`, data sweeps): members keyed as the single directives they
/// stand for, the statistics against hand computation, and every refusal located.
@Suite struct SweepTests {
    static let data =
        "<<data sample seed=5 draws=\"signal:mvn(1,1;0.5,0,0,0.5)x60; background:mvn(-1,-1;1,0,0,1)x90\" as=d>>\n"
    static let draws = "draws=\"signal:mvn(1,1;0.5,0,0,0.5)x60; background:mvn(-1,-1;1,0,0,1)x90\""
    static let net = "<<train model model=\"sigmoid(mlp(2,3,1))\" on=d loss=bce epochs=5"

    /// The plan of a one-page report.
    static func plan(_ page: String) throws -> ExecutionPlan {
        let parent = try Support.temporaryFolder()
        let folder = try Support.writeReport(in: parent, chapters: [("page", page)])
        let report = try ReportLoader.load(directory: folder.path)
        return try ExecutionPlan(directives: try Validator.validate(report), files: report.files)
    }

    /// The key of the node defining `name`.
    static func key(_ name: String, in plan: ExecutionPlan) -> String? {
        plan.definitions[name].flatMap { plan.nodes[$0]?.key }
    }

    @Test func aMembersKeyIsTheKeyOfTheSingleTraining() throws {
        let sweeps = try Self.plan(
            Self.data + Self.net + " seeds=1..3 as=s>>\n" + Self.net
                + " sweep=\"lr=0.002,0.02\" as=rates>>\n"
                + "<<data sample seeds=1..3 \(Self.draws) as=ds>>\n")
        // Each member has the key of the directive written once with its value and as=NAME.
        let singles = try Self.plan(
            Self.data + Self.net + " seed=2 as=s>>\n" + Self.net + " lr=0.02 as=rates>>\n"
                + "<<data sample seed=2 \(Self.draws) as=ds>>\n")
        #expect(Self.key("s[2]", in: sweeps) == Self.key("s", in: singles))
        #expect(Self.key("rates[2]", in: sweeps) == Self.key("rates", in: singles))
        #expect(Self.key("ds[2]", in: sweeps) == Self.key("ds", in: singles))
        #expect(Self.key("s[1]", in: sweeps) != Self.key("s", in: singles))
        // A member of sweep= keeps report.yml's seed, as the single training does.
        let plain = try Self.plan(Self.data + Self.net + " as=rates>>\n")
        #expect(Self.key("rates[1]", in: sweeps) == Self.key("rates", in: plain))
        // The members are results of their own; the node gathering them is derived.
        #expect(sweeps.isResult(sweeps.definitions["s[3]"]!))
        #expect(!sweeps.isResult(sweeps.definitions["s"]!))
        #expect(sweeps.derived.contains(sweeps.definitions["s"]!))
        #expect(sweeps.nodes[sweeps.definitions["s"]!]?.inputIDs.count == 3)
    }

    @Test func aDataSweepRedrawsTheSampleForEachMember() throws {
        let plan = try Self.plan(
            "<<data sample seeds=1..3 \(Self.draws) as=ds>>\n"
                + "<<train model model=\"sigmoid(mlp(2,3,1))\" on=ds loss=bce epochs=5 seeds=11..13 as=s>>\n"
                + "<<train model model=\"sigmoid(mlp(2,3,1))\" on=ds loss=bce epochs=5 seed=4 as=t>>\n"
        )
        let member = plan.nodes[plan.definitions["s[2]"]!]!.directive
        #expect(member.names("on") == ["ds[2]"])
        #expect(member.integer("seed") == 12)
        #expect(plan.nodes[plan.definitions["ds[3]"]!]!.directive.integer("seed") == 3)
        #expect(plan.nodes[plan.definitions["t[3]"]!]!.directive.names("on") == ["ds[3]"])
        #expect(plan.nodes[plan.definitions["t[3]"]!]!.directive.integer("seed") == 4)
        #expect(Set((1...3).map { Self.key("s[\($0)]", in: plan) }).count == 3)
        #expect(Set((1...3).map { Self.key("t[\($0)]", in: plan) }).count == 3)
    }

    @Test func statisticsMatchHandComputation() {
        let stats = SweepStatistics([2, 4, 4, 4, 5, 5, 7, 9])
        #expect(stats.mean == 5)
        // Σ(x − 5)² = 32; sample std = √(32 / 7).
        #expect(abs(stats.std - (32.0 / 7).squareRoot()) < 1e-15)
        #expect(stats.min == 2 && stats.max == 9 && stats.n == 8)
        #expect(abs(stats.z(of: 9) - 4 / (32.0 / 7).squareRoot()) < 1e-15)
        #expect(SweepStatistics.percentile(of: 4, in: [2, 4, 4, 4, 5, 5, 7, 9]) == 100 * 2.5 / 8)
        #expect(SweepStatistics.percentile(of: 1, in: [2, 3]) == 0)
        #expect(SweepStatistics.percentile(of: 10, in: [2, 3]) == 100)
        let columns = SweepStatistics.elementwise([[1, 10], [3, 30]])
        #expect(columns.map(\.mean) == [2, 20])
        #expect(columns.map(\.std) == [Double(2).squareRoot(), Double(200).squareRoot()])
    }

    @Test func fieldsReadTheMembersStatistics() async throws {
        let parent = try Support.temporaryFolder()
        let page =
            Self.data + Self.net + " seeds=1..4 as=s>>\n"
            + "<<table compare of=s fields=loss,first_loss reference=0.5,0.7 as=cmp>>\n"
        let report = try Support.writeReport(in: parent, chapters: [("page", page)])
        let computed = try await ReportBuilder.compute(
            Support.options(report: report, parent: parent),
            progress: ProgressReporter(mode: .silent))
        let losses = try (1...4).map { index -> Double in
            guard case .training(let record)? = computed.results["page#1.\(index)"] else {
                throw ExecutionError("member \(index) has no training")
            }
            return record.losses.last!
        }
        let mean = losses.reduce(0, +) / 4
        let std = (losses.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / 3).squareRoot()
        let sweep = try #require(computed.results["page#1"])
        let read = { (field: String) in
            try sweep.number(at: FieldPath("s.\(field)")!).get()
        }
        #expect(try read("loss.mean") == mean)
        #expect(abs(try read("loss.std") - std) < 1e-12)
        #expect(try read("loss.min") == losses.min())
        #expect(try read("loss.max") == losses.max())
        #expect(try read("n") == 4)
        #expect(try read("values[3]") == 4)
        #expect(try sweep.number(at: FieldPath("s.losses.mean[4]")!).get() == mean)
        guard case .table(let table)? = computed.results["page#2"] else {
            Issue.record("no comparison table")
            return
        }
        #expect(table.headers == ["field", "reference", "mean", "std", "n", "z", "percentile"])
        #expect(table.rows[0][5] == .number((0.5 - mean) / std))
        let below = Double(losses.filter { $0 < 0.5 }.count)
        #expect(table.rows[0][6] == .number(100 * below / 4))
    }

    static let refusals: [(String, String)] = [
        (
            net + " seeds=5..1 as=s>>",
            "report/page.md:2:72: error: <<train>> seeds=5..1 is an empty range: it counts down from 5 to 1; write seeds=1..5"
        ),
        (
            net + " seeds=3..3 as=s>>",
            "report/page.md:2:72: error: <<train>> seeds= makes 1 member; a sweep has at least two; for one training, write the option itself (seed=, lr=, …)"
        ),
        (
            net + " seeds=1..5000 as=s>>",
            "report/page.md:2:72: error: <<train>> seeds= makes 5000 members, more than the 1000 a sweep may have; split it into sweeps of at most 1000 members"
        ),
        (
            net + " seeds=1..3 sweep=\"lr=0.1,0.2\" as=s>>",
            "report/page.md:2:77: error: <<train>> seeds= and sweep= both make members; a sweep varies one option; keep one, and write a second directive for the other (seeds= or sweep=\"lr=0.1,0.2\")"
        ),
        (
            net + " sweep=\"lrr=0.1,0.2\" as=s>>",
            "report/page.md:2:73: error: <<train>> sweep= names 'lrr', which is no option of <<train>> that changes its result; did you mean 'lr'?"
        ),
        (
            net + " sweep=\"lr=0.1,abc\" as=s>>",
            "report/page.md:2:80: error: <<train>> option 'lr' expects number 1e-12…1000000, found 'abc'"
        ),
        (
            net + " seeds=1,x as=s>>",
            "report/page.md:2:74: error: <<train>> 'x' in seeds= is not a whole number; give a range A..B of whole numbers (seeds=1..10) or a list (seeds=1,4,9)"
        ),
        (
            net + " seed=3 seeds=1..2 as=s>>",
            "report/page.md:2:66: error: <<train>> seed= and seeds= both set the seed; remove seed=: each member takes its seed from seeds="
        ),
        (
            net + " seeds=1,2,1 as=s>>",
            "report/page.md:2:76: error: <<train>> seed 1 appears twice; each member needs its own value; remove the second"
        ),
        (
            net + " sweep=\"seed=1,2\" as=s>>",
            "report/page.md:2:73: error: <<train>> cannot sweep seed=; seeds= sweeps the seed: write seeds=1..10 (or seeds=1,4,9) instead of sweep="
        ),
        (
            net + " lr=0.1 sweep=\"lr=0.1,0.2\" as=s>>",
            "report/page.md:2:66: error: <<train>> lr= is also swept by sweep=; remove lr=0.1: each member takes its value from sweep="
        ),
        (
            "<<train cuts sigmoid on=d loss=bce epochs=5 seeds=1..2 as=s>>",
            "report/page.md:2:45: error: <<train>> seeds= sweeps the seed of a network's weights or of the perturbations of estimator=score; cuts trained on their exact gradient draw nothing (sweep the data set's seed instead: <<data … seeds=…>>)"
        ),
        (
            "<<data sample seeds=1..3 \(draws) as=ds>>\n"
                + "<<train model model=\"sigmoid(mlp(2,3,1))\" on=ds loss=bce epochs=5 seeds=1..2 as=s>>",
            "report/page.md:3:73: error: <<train>> on=ds has 3 members but seeds= makes 2; give as many, so that member k trains on ds[k] with the k-th seed"
        ),
        (
            "<<data sample seeds=1..3 \(draws) as=ds>>\n<<plot hist of=ds>>",
            "report/page.md:3:16: error: of=ds names a sweep of 3 data sets, which <<plot>> does not read as one result; name one member, ds[1] to ds[3]; a <<train … on=ds>> trains one member on each"
        ),
        (
            net + " seeds=1..3 as=s>>\n<<plot hist of=s>>",
            "report/page.md:3:16: error: of=s names a sweep of 3 trainings, which <<plot>> does not read as one result; name one member, s[1] to s[3]; plot line, table, log, value and assert read the whole sweep"
        ),
        (
            net + " seeds=1..3 as=s>>\n" + net + " from=s as=t>>",
            "report/page.md:3:71: error: from=s names a sweep of 3 trainings, which <<train>> does not read as one result; name one member, s[1] to s[3]; plot line, table, log, value and assert read the whole sweep"
        ),
        (
            net + " sweep=\"on=d,d\" as=s>>",
            "report/page.md:2:73: error: <<train>> cannot sweep on=; sweep= varies a setting; to redraw the data set, sweep it (<<data … seeds=1..10 as=ds>>) and train on=ds"
        ),
        (
            net + " sweep=\"lr=0.1,,0.2\" as=s>>",
            "report/page.md:2:80: error: <<train>> sweep= has an empty value for lr=; separate values by ',' (or by ';' when they contain commas)"
        ),
        (
            "<<plot line of=d band=std>>",
            "report/page.md:2:23: error: <<plot>> band= draws the spread of a sweep's members, and of= names no sweep; name a sweep (<<train … seeds=1..10 as=s>>) in of=, or remove band="
        ),
        (
            net + " seeds=1..3 as=s>>\n<<plot hist of=d band=range>>",
            "report/page.md:3:18: error: <<plot>> band= has no effect on plot hist; it is read by plot line; remove band="
        ),
        (
            "<<data csv file=x.csv seeds=1..2 as=c>>",
            "report/page.md:2:23: error: <<data>> seeds= has no effect on data csv; it is read by data sample and catalogue data (d1…d4, d1-ml); remove seeds="
        ),
        (
            net + " seeds=1..3 as=s>>\nLoss <<value s[4].loss>>.",
            "report/page.md:3:14: error: <<value>> uses result 's[4]', which no directive defines with as=; did you mean 's[1]'?"
        ),
    ]

    @Test func badSweepsAreLocatedWithAFix() async throws {
        for (line, expected) in Self.refusals {
            let headlines = try await Support.buildHeadlines(page: Self.data + line + "\n")
            #expect(headlines?.contains(expected) == true, "\(line): \(headlines ?? [])")
        }
    }

    @Test func anEmptySweepOptionIsReportedOnce() async throws {
        for (line, expected) in [
            (
                Self.net + " seeds= as=s>>",
                "report/page.md:2:72: error: <<train>> seeds= is empty; give a range A..B of whole numbers (seeds=1..10) or a list (seeds=1,4,9)"
            ),
            (
                Self.net + " seeds=1..3 lr= as=s>>",
                "report/page.md:2:80: error: <<train>> option 'lr' expects number 1e-12…1000000, found ''"
            ),
        ] {
            let headlines = try await Support.buildHeadlines(page: Self.data + line + "\n")
            #expect(headlines?.filter { $0.contains("error:") } == [expected], "\(line)")
        }
    }

    @Test func aSweptWholeNumberTakesARangeAndSeedsTakeAParameter() throws {
        let parent = try Support.temporaryFolder()
        let folder = try Support.writeReport(
            in: parent, chapters: [("page", Self.data + Self.net + " seeds=params.seeds as=s>>\n")],
            settings:
                "title: T\nchapters: [page]\ndefaults:\n  seed: 7\nparams:\n  seeds: \"4..6\"\n")
        let report = try ReportLoader.load(directory: folder.path)
        let plan = try ExecutionPlan(
            directives: try Validator.validate(report), files: report.files)
        #expect(plan.nodes[plan.definitions["s[3]"]!]!.directive.integer("seed") == 6)
        #expect(plan.definitions["s[4]"] == nil)
        let epochs = try Self.plan(
            Self.data
                + "<<train model model=\"sigmoid(mlp(2,3,1))\" on=d loss=bce sweep=\"epochs=3..5\" as=e>>\n"
        )
        #expect(epochs.nodes[epochs.definitions["e[3]"]!]!.directive.integer("epochs") == 5)
        #expect(
            epochs.nodes[epochs.definitions["e"]!]!.directive.names("values") == ["3", "4", "5"])
    }

    @Test func aSweepsPlotAndTablesRefuseWhatDoesNotApply() async throws {
        let sweep =
            Self.data
            + "<<train model model=\"sigmoid(mlp(2,3,1))\" on=d loss=bce sweep=\"epochs=3,4\" as=s>>\n"
        for (line, expected) in [
            (
                "<<plot line of=s>>",
                "report/page.md:3:16: error: <<plot>> failed: band=std needs every member of s to run as many epochs; they ran 3, 4; draw the members with band=none"
            ),
            (
                "<<plot line of=s band=none y=loss>>",
                "report/page.md:3:30: error: <<plot>> failed: y= picks a scan's column, and of=s is a sweep of trainings, drawn as their losses; remove y="
            ),
            (
                "<<table compare of=s fields=loss,los reference=1,2>>",
                "report/page.md:3:29: error: <<table>> failed: the members of s have no field 'los'; they have "
            ),
            (
                "<<table compare of=d fields=loss reference=1>>",
                "report/page.md:3:20: error: <<table>> failed: of=d is a dataset; compare reads a sweep (<<train … seeds=1..10 as=s>>)"
            ),
            (
                "<<table of=d rows=summary>>",
                "report/page.md:3:12: error: <<table>> failed: of=d is a dataset; rows=summary reads a sweep (<<train … seeds=1..10 as=s>>)"
            ),
            (
                "<<table compare of=s fields=loss reference=1,2>>",
                "report/page.md:3:44: error: <<table>> compare has 1 field(s) in fields= but 2 number(s) in reference=; give one per field"
            ),
        ] {
            let headlines = try await Support.buildHeadlines(page: sweep + line + "\n") ?? []
            #expect(headlines.contains { $0.hasPrefix(expected) }, "\(line): \(headlines)")
        }
    }
}
