import Foundation

/// Builds a report: load → validate → plan → run (cache, parallel) → render → write.
///
/// `compute` does the format-independent stages; `build` adds the HTML site. A PDF renderer
/// takes the same `ComputedReport`.
///
/// ```swift
/// var options = BuildOptions(reportDirectory: "reports/workshop")
/// options.formats = ["html"]
/// let summary = try await ReportBuilder.build(options, progress: .automatic())
/// print("\(summary.pages.count) pages in \(summary.outDirectory.path)")
///
/// for row in try ReportBuilder.status(reportDirectory: "reports/workshop") {
///     print(row.study.name, "\(row.cached)/\(row.total) cached")
/// }
/// ```
public enum ReportBuilder {
    /// Builds as `options` says; throws `BuildFailure` with every problem found,
    /// `OutputRefusal` when the output folder is not one CutBook may replace, or the cache
    /// folder not one it may fill (both checked before
    /// anything runs) or `OutputFailure` when writing fails. In every case nothing is written
    /// and the previous output stays.
    public static func build(_ options: BuildOptions, progress: ProgressReporter) async throws
        -> BuildSummary
    {
        let (report, templatesURL) = try loadWithTemplates(options)
        let target = try OutputTarget.resolve(options, report: report, templates: templatesURL)
        try CacheTarget.check(options, report: report, templates: templatesURL)
        BuildInterruption.begin(target: target)
        FolderSwap.removeLeftovers(
            in: URL(fileURLWithPath: target).deletingLastPathComponent().path)
        let computed = try await compute(options, progress: progress)
        let writesBook = (options.formats ?? computed.report.settings.formats).contains("pdf")
        let renderer = SiteRenderer(
            report: computed.report, plan: computed.plan, results: computed.results,
            templates: try templatesURL.map(Templates.init(directory:)) ?? .builtIn,
            provenance: computed.provenance,
            books: writesBook
                ? Set(BookWriter.fileNames(report: computed.report, studies: options.studies)) : [])
        // The book is typeset on another thread while the pages are rendered: the two read the
        // same computed results and share nothing else.
        let book =
            writesBook && !options.skipsBook
            ? Task.detached {
                try BookWriter.files(for: options, computed: computed, progress: progress)
            } : nil
        var files: [String: Data]
        do {
            files = try renderer.render(studies: computed.studies)
            files.merge(try ResultsDocument.files(of: computed)) { $1 }
        } catch {
            _ = try? await book?.value  // nothing is written until both are done
            throw error
        }
        if let book { files.merge(try await book.value) { $1 } }
        let bookPending = writesBook && options.skipsBook
        let out = URL(fileURLWithPath: options.outFolder(of: computed.report))
        try SiteWriter.write(
            files, to: target, keepingOthers: !options.studies.isEmpty || bookPending)
        return BuildSummary(
            outDirectory: out, pages: files.keys.filter { $0.hasSuffix(".html") }.sorted(),
            computed: computed.computed.filter { !computed.plan.derived.contains($0) }.count,
            loaded: computed.loaded.count,
            trainings: computed.computed.filter {
                computed.plan.nodes[$0]?.directive.verb.isTraining == true
            }.count,
            figureFiles: files.keys.filter { $0.hasPrefix("figures/") }.count,
            bookPending: bookPending,
            derived: computed.computed.filter(computed.plan.derived.contains).count)
    }

    /// Stages 1–4 of a build, shared by every output format: load the report, check the
    /// options and every directive, plan, and produce the results the selected studies need
    /// (from the cache or computed). Throws `BuildFailure` listing every problem found.
    static func compute(_ options: BuildOptions, progress: ProgressReporter) async throws
        -> ComputedReport
    {
        let (report, plan, selected, targets) = try prepare(options)
        let reportURL = URL(fileURLWithPath: report.directory)
        let cache = ResultCache(
            directory: URL(fileURLWithPath: options.cacheFolder(of: report)),
            reads: options.readsCache)
        let runner = Runner(
            plan: plan, cache: cache, executors: options.executors, jobs: options.jobs,
            progress: progress, reportDirectory: reportURL)
        let outcome = await runner.run(targets: targets)
        if !outcome.diagnostics.isEmpty { throw BuildFailure(outcome.diagnostics) }
        return ComputedReport(
            report: report.withTitles(plan: plan, results: outcome.results), plan: plan,
            results: outcome.results, studies: selected,
            provenance: .current(directory: reportURL), computed: outcome.computed,
            loaded: outcome.loaded)
    }

    /// The report `options` name, loaded, and the templates folder its site would use (nil
    /// for the built-in layout).
    static func loadWithTemplates(_ options: BuildOptions) throws -> (Report, URL?) {
        let report = try ReportLoader.load(
            directory: options.reportDirectory, outputFolders: options.writtenFolders,
            parameters: options.parameters)
        let templates =
            options.templatesDirectory.map { URL(fileURLWithPath: $0) }
            ?? Templates.locate(for: URL(fileURLWithPath: report.directory))
        return (report, templates)
    }

    /// Stages 1–3 of a build: load the report, check the options and every directive, plan.
    /// Returns the report, the plan, the studies selected and the ids of the directives they
    /// show (with the titles' inline directives). Throws `BuildFailure` listing every problem.
    static func prepare(_ options: BuildOptions) throws -> (
        report: Report, plan: ExecutionPlan, selected: Set<String>, targets: [String]
    ) {
        let report = try ReportLoader.load(
            directory: options.reportDirectory, outputFolders: options.writtenFolders,
            parameters: options.parameters)
        var bag = DiagnosticBag()
        let formats = options.formats ?? report.settings.formats
        for format in formats where !ReportSettings.knownFormats.contains(format) {
            bag.add(
                Diagnostic(
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
        let plan = try ExecutionPlan(directives: resolved, files: report.files)
        let selected = Set(options.studies.isEmpty ? names : options.studies)
        return (report, plan, selected, plan.ids(inStudies: selected) + report.titleDirectiveIDs)
    }

    /// For `cutbook list`: each study with how many of its cacheable results are cached in
    /// `cacheDirectory` (nil for the report's `.cutbook-cache/`).
    public static func status(reportDirectory: String, cacheDirectory: String? = nil)
        throws
        -> [(study: Study, cached: Int, total: Int)]
    {
        let report = try ReportLoader.load(directory: reportDirectory)
        let resolved = try Validator.validate(report)
        let plan = try ExecutionPlan(directives: resolved, files: report.files)
        let cache = ResultCache(
            directory: URL(
                fileURLWithPath: ReportPaths.cache(report: report.directory, given: cacheDirectory))
        )
        return report.studies.map { study in
            let ids = plan.ids(inStudies: [study.name]).filter(plan.isResult)
            let cached = ids.filter { cache.contains(plan.nodes[$0]!.key) }.count
            return (study, cached, ids.count)
        }
    }
}
