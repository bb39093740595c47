import CutPlot
import Foundation

/// The PDF step of a build: `<report>.pdf` for the whole report, or one `<study>.pdf` per
/// study asked for with `--study`.
enum BookWriter {
    /// Everything a PDF needs from the build.
    struct Inputs {
        /// The report.
        var report: Report
        /// The graph.
        var plan: ExecutionPlan
        /// The build's results by directive id.
        var results: [String: ResultValue]
        /// How the report was made.
        var provenance: Provenance
        /// The studies asked for; empty for the whole report.
        var studies: [String]
        /// The cache, which keeps finished books.
        var cache: ResultCache
        /// Where notes about the book's cache entry go.
        var progress: ProgressReporter
        /// Paper size and date.
        var options = BookOptions()
    }

    /// The PDF files of a build with `options` (its studies, cache and paper) from
    /// the same computed report the HTML site is rendered from.
    /// - Throws: `BuildFailure` with every problem found.
    static func files(
        for options: BuildOptions, computed: ComputedReport, progress: ProgressReporter
    )
        throws -> [String: Data]
    {
        try files(
            Inputs(
                report: computed.report, plan: computed.plan, results: computed.results,
                provenance: computed.provenance, studies: options.studies,
                cache: ResultCache(
                    directory: URL(fileURLWithPath: options.cacheFolder(of: computed.report)),
                    reads: options.readsCache),
                progress: progress,
                options: BookOptions(paper: options.paper)))
    }

    /// The names of the PDF files a build of `studies` (empty for the whole report) writes:
    /// `<report>.pdf`, or one `<study>.pdf` per study asked for.
    static func fileNames(report: Report, studies: [String]) -> [String] {
        studies.isEmpty ? ["\(report.name).pdf"] : studies.map { "\($0).pdf" }
    }

    /// The PDF files (name → bytes) to write into the output folder.
    /// - Throws: `BuildFailure` with every problem found.
    static func files(_ inputs: Inputs) throws -> [String: Data] {
        let names = inputs.report.studies.map(\.name)
        let chosen = inputs.studies.isEmpty ? names : inputs.studies
        let bookCache = BookCache(cache: inputs.cache)
        let key = BookCache.key(for: inputs, chosen: chosen)
        if let cached = bookCache.load(key, note: inputs.progress.note) { return cached }
        let source = BookSource(
            report: inputs.report, plan: inputs.plan, results: inputs.results,
            provenance: inputs.provenance)
        let typesetter = BookTypesetter(options: inputs.options)
        var files: [String: Data] = [:]
        do {
            let pdfNames = fileNames(report: inputs.report, studies: inputs.studies)
            if inputs.studies.isEmpty {
                let document = try BookDocumentBuilder.document(from: source)
                files[pdfNames[0]] = try typesetter.pdf(document)
            } else {
                for (study, name) in zip(inputs.studies, pdfNames) {
                    let document = try BookDocumentBuilder.document(from: source, studies: [study])
                    files[name] = try typesetter.pdf(document)
                }
            }
        } catch let error as BookError {
            throw BuildFailure([Diagnostic(location: nil, message: error.description)])
        }
        do {
            try bookCache.store(files, for: key)
        } catch {
            // The book is still good; the next build typesets it again.
            inputs.progress.note(
                "could not store the book in the cache '\(inputs.cache.directory.path)': \(OutputFailure.cause(of: error))"
            )
        }
        return files
    }
}
