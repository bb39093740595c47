import Foundation

/// Builds a report: load → validate → plan → run (cache, parallel) → render → write.
public enum ReportBuilder {
    /// Builds as `options` says; throws `BuildFailure` with every problem found, in which case
    /// nothing is written and the previous output stays.
    public static func build(_ options: BuildOptions, progress: ProgressReporter) async throws
        -> BuildSummary
    {
        let report = try ReportLoader.load(directory: options.reportDirectory)
        let reportURL = URL(fileURLWithPath: report.directory)
        var bag = DiagnosticBag()
        let formats = options.formats ?? report.settings.formats
        for format in formats where !["html", "pdf"].contains(format) {
            bag.add(
                ReportSettings.knownFormats.contains(format)
                    ? Diagnostic(
                        location: nil,
                        message:
                            "format '\(format)' is not yet supported by this version of cutbook: only html can be built",
                        hint: "build with --format html")
                    : Diagnostic(
                        location: nil, message: "unknown format '\(format)': expected html or pdf",
                        hint: NearestName.hint(for: format, in: ReportSettings.knownFormats)))
        }
        let names = report.studies.map(\.name)
        for study in options.studies where !names.contains(study) {
            bag.add(
                Diagnostic(
                    location: nil,
                    message:
                        "--study \(study): no such study in \(report.name); expected one of \(names.joined(separator: ", "))",
                    hint: NearestName.hint(for: study, in: names)))
        }
        try bag.throwIfAny()

        let resolved = try Validator.validate(report)
        let plan = try ExecutionPlan(directives: resolved, reportDirectory: reportURL)
        let templatesURL =
            try options.templatesDirectory.map { URL(fileURLWithPath: $0) }
            ?? Templates.locate(for: reportURL)
        let templates = try Templates(directory: templatesURL)

        let selected = Set(options.studies.isEmpty ? names : options.studies)
        let cache = ResultCache(
            directory: URL(fileURLWithPath: options.cacheDirectory), reads: options.readsCache)
        let runner = Runner(
            plan: plan, cache: cache, executors: options.executors, jobs: options.jobs,
            progress: progress,
            reportDirectory: reportURL)
        let outcome = await runner.run(targets: plan.ids(inStudies: selected))
        if !outcome.diagnostics.isEmpty { throw BuildFailure(outcome.diagnostics) }

        let renderer = SiteRenderer(
            report: report, plan: plan, results: outcome.results, templates: templates,
            provenance: .current(directory: reportURL))
        var files = try renderer.render(studies: selected)
        if formats.contains("pdf") {
            let book = try BookWriter.files(
                for: options, report: report, plan: plan, results: outcome.results,
                provenance: renderer.provenance, cache: cache, progress: progress)
            files.merge(book) { $1 }
        }
        let out = URL(fileURLWithPath: options.outDirectory ?? "build/\(report.name)")
        try SiteWriter.write(files, to: out, keepingOthers: !options.studies.isEmpty)
        return BuildSummary(
            outDirectory: out, pages: files.keys.filter { $0.hasSuffix(".html") }.sorted(),
            computed: outcome.computed.count, loaded: outcome.loaded.count,
            trainings: outcome.trainings(in: plan),
            figureFiles: files.keys.filter { $0.hasPrefix("figures/") }.count)
    }

    /// For `cutbook list`: each study with how many of its cacheable results are cached.
    public static func status(reportDirectory: String, cacheDirectory: String = ".cutbook-cache")
        throws
        -> [(study: Study, cached: Int, total: Int)]
    {
        let report = try ReportLoader.load(directory: reportDirectory)
        let resolved = try Validator.validate(report)
        let plan = try ExecutionPlan(
            directives: resolved, reportDirectory: URL(fileURLWithPath: report.directory))
        let cache = ResultCache(directory: URL(fileURLWithPath: cacheDirectory))
        return report.studies.map { study in
            let ids = plan.ids(inStudies: [study.name]).filter {
                plan.nodes[$0]!.directive.verb != "data"
            }
            let cached = ids.filter { cache.contains(plan.nodes[$0]!.key) }.count
            return (study, cached, ids.count)
        }
    }
}
