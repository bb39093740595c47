import Foundation
import Testing

@testable import CutBook

/// Report parameters: `params:` in report.yml, `params.NAME` in options and fields,
/// `--param NAME=VALUE`, cache keys by resolved value, and located errors for every misuse.
@Suite struct ParameterTests {
    private static let settings = """
        title: Parameters
        chapters: [one]
        params:
          seed: 19680801
          steps: 11
          label: "baseline"
        """ + "\n"

    private static let chapter = """
        # One

        <<data d1 as=d seed=params.seed>>
        <<scan loss cut=hard loss=ssb on=d from=-5 to=5 steps=params.steps as=s>>

        Run <<value params.label>> with <<value params.steps fmt=d>> steps: <<value s.steps fmt=d>>.
        """ + "\n"

    private func report(chapter: String = chapter, settings: String = settings) throws -> (
        parent: URL, report: URL
    ) {
        let parent = try Support.temporaryFolder()
        let report = try Support.writeReport(
            in: parent, chapters: [("one", chapter)], settings: settings)
        return (parent, report)
    }

    private func build(_ options: BuildOptions) async throws -> BuildSummary {
        try await ReportBuilder.build(options, progress: ProgressReporter(mode: .silent))
    }

    private func page(_ parent: URL) throws -> String {
        try String(contentsOf: parent.appendingPathComponent("out/one.html"), encoding: .utf8)
    }

    @Test func parametersReachOptionsAndValues() async throws {
        let (parent, report) = try report()
        _ = try await build(Support.options(report: report, parent: parent))
        #expect(
            try page(parent).contains(
                "Run <span class=\"value\">baseline</span> with <span class=\"value\">11</span> steps: <span class=\"value\">11</span>."
            ))
    }

    @Test func aParamChangesAResultAndSwitchingBackComputesNothing() async throws {
        let (parent, report) = try report()
        var options = Support.options(report: report, parent: parent)
        _ = try await build(options)
        options.parameters = [
            try ParameterOverride(parsing: "steps=7"),
            try ParameterOverride(parsing: "label=try 2"),
        ]
        let changed = try await build(options)
        #expect(changed.computed > 0)
        #expect(
            try page(parent).contains(
                "Run <span class=\"value\">try 2</span> with <span class=\"value\">7</span> steps: <span class=\"value\">7</span>."
            ))
        let index = try String(
            contentsOf: parent.appendingPathComponent("out/index.html"), encoding: .utf8)
        #expect(index.contains(" Parameters: seed=19680801, steps=7, label=try 2.</p>"))
        options.parameters = []
        #expect(try await build(options).computed == 0)
        options.parameters = [try ParameterOverride(parsing: "steps=7")]
        #expect(try await build(options).computed == 0)
    }

    @Test func anUnknownParameterInADirectiveIsLocatedWithTheNearestName() async throws {
        let chapter = "# One\n\n<<data d1 as=d seed=params.sed>>\n\nSee <<value params.stpes>>.\n"
        let (parent, report) = try report(chapter: chapter)
        let headlines = try await Support.failureHeadlines {
            _ = try await self.build(Support.options(report: report, parent: parent))
        }
        #expect(
            headlines == [
                "report/one.md:3:21: error: <<data>> uses params.sed, an unknown parameter: report.yml's params: declares seed, steps, label; did you mean 'seed'?",
                "report/one.md:5:13: error: <<value>> uses params.stpes, an unknown parameter: report.yml's params: declares seed, steps, label; did you mean 'steps'?",
            ])
    }

    @Test func aTextWhereANumberIsNeededIsLocatedAtTheOption() async throws {
        let chapter = "# One\n\n<<data d1 as=d seed=params.label>>\n"
        let (parent, report) = try report(chapter: chapter)
        let headlines = try await Support.failureHeadlines {
            _ = try await self.build(Support.options(report: report, parent: parent))
        }
        #expect(
            headlines == [
                "report/one.md:3:21: error: <<data>> option 'seed' (params.label) expects integer 0…4294967295, found 'baseline'; params.label is declared at report/report.yml:6:3"
            ])
    }

    @Test func paramOverridesAreCheckedAgainstTheDeclarations() async throws {
        let (parent, report) = try report()
        var options = Support.options(report: report, parent: parent)
        options.parameters = [
            try ParameterOverride(parsing: "step=5"), try ParameterOverride(parsing: "seed=abc"),
            try ParameterOverride(parsing: "label=x"), try ParameterOverride(parsing: "label=y"),
        ]
        let before = try Tree.snapshot(parent)
        let headlines = try await Support.failureHeadlines { _ = try await self.build(options) }
        #expect(
            headlines == [
                "report/report.yml:3:1: error: --param step=5: no parameter 'step': report.yml's params: declares seed, steps, label; did you mean 'steps'?",
                "report/report.yml:4:3: error: --param seed=abc: seed is a number (its default is 19680801), found 'abc'; give a number, such as --param seed=19680801",
                "error: --param label is given twice; give each parameter once",
            ])
        #expect(try Tree.snapshot(parent) == before)
    }

    @Test(arguments: [
        ("seed", "--param 'seed' has no '=': expected NAME=VALUE, such as --param seed=7"),
        (
            "=7",
            "--param '=7': '' is not a parameter name (a letter, then letters, digits, '_' or '-'); expected NAME=VALUE"
        ),
        (
            "2x=1",
            "--param '2x=1': '2x' is not a parameter name (a letter, then letters, digits, '_' or '-'); expected NAME=VALUE"
        ),
    ])
    func badParamSyntaxIsRefused(_ argument: String, _ message: String) {
        #expect(throws: ParameterOverride.SyntaxError(description: message)) {
            _ = try ParameterOverride(parsing: argument)
        }
    }

    @Test func aParamValueMayHoldAnEqualsSign() throws {
        let override = try ParameterOverride(parsing: "label=a=b")
        #expect(override.name == "label" && override.value == "a=b")
    }

    @Test func badDeclarationsAreLocatedInReportYml() throws {
        let settings = "title: T\nchapters: [one]\nparams:\n  ok: 1\n  list: [1, 2]\n  9lives: 3\n"
        let (_, report) = try report(chapter: "# One\n", settings: settings)
        #expect(
            Support.headlines { _ = try ReportLoader.load(directory: report.path) } == [
                "report/report.yml:5:3: error: params: list must be a number or a text, not a list or a mapping; write one value, such as list: 1",
                "report/report.yml:6:3: error: params: '9lives' is not a parameter name: use a letter, then letters, digits, '_' or '-'",
            ])
    }

    @Test func quotedNumbersAreTextsAndFmtIsRefusedForTexts() async throws {
        let settings = "title: T\nchapters: [one]\nparams:\n  code: \"42\"\n"
        let chapter = "# One\n\nCode <<value params.code>> and <<value params.code fmt=.2f>>.\n"
        let (parent, report) = try report(chapter: chapter, settings: settings)
        let loaded = try ReportLoader.load(directory: report.path)
        #expect(loaded.settings.parameter("code")?.value == .text("42"))
        let headlines = try await Support.failureHeadlines {
            _ = try await self.build(Support.options(report: report, parent: parent))
        }
        #expect(
            headlines == [
                "report/one.md:3:34: error: <<value>> fmt= formats numbers, and params.code is a text parameter; remove fmt="
            ])
    }

    @Test func aTextThatOnlyStartsWithParamsIsText() async throws {
        let chapter =
            "# One\n\n<<data d1 as=d>>\n<<plot hist of=d bins=10 range=-5,5 caption=\"params. are below\">>\n"
        let (parent, report) = try report(chapter: chapter)
        _ = try await build(Support.options(report: report, parent: parent))
        #expect(try page(parent).contains("params. are below"))
    }

    @Test func paramsIsNotAResultName() throws {
        let (_, report) = try report(chapter: "# One\n\n<<data d1 as=params>>\n")
        #expect(
            Support.headlines { try Support.check(report) } == [
                "report/one.md:3:14: error: as=params: the name params is kept for report parameters (params.NAME); choose another name"
            ])
    }

    /// The keys of the report's directives with `defaults.seed` set to `seed`.
    private func keys(seed: Int) throws -> [String] {
        let parent = try Support.temporaryFolder()
        let chapter = """
            # One

            <<data csv file=events.csv as=events>>
            <<scan loss cut=hard loss=ssb on=events from=0 to=3 steps=4 as=s>>
            <<train cuts sigmoid on=events epochs=3 init=1 as=fit>>
            <<data d1 as=drawn>>
            <<train model model="sigmoid(mlp(1,2,1))" on=events epochs=2 as=net>>
            """ + "\n"
        let report = try Support.writeReport(
            in: parent, chapters: [("one", chapter)],
            settings: "title: T\nchapters: [one]\ndefaults:\n  seed: \(seed)\n")
        try "x,truth\n1,1\n2,0\n3,1\n".write(
            to: report.appendingPathComponent("events.csv"), atomically: true, encoding: .utf8)
        let loaded = try ReportLoader.load(directory: report.path)
        let plan = try ExecutionPlan(
            directives: try Validator.validate(loaded), files: loaded.files)
        return plan.ids(inStudies: ["one"]).map { plan.nodes[$0]!.key }
    }

    @Test func theSeedReachesOnlyDirectivesThatDrawRandomNumbers() throws {
        let first = try keys(seed: 1)
        let second = try keys(seed: 2)
        // CSV data, a scan of it and a cut training draw nothing: same keys.
        #expect(Array(first.prefix(3)) == Array(second.prefix(3)))
        // Drawn data and a network's initial weights do.
        #expect(first[3] != second[3])
        #expect(first[4] != second[4])
    }
}
