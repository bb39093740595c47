import Foundation

/// What `cutbook build` was asked to do.
///
/// ```swift
/// var options = BuildOptions(reportDirectory: "reports/workshop")
/// options.studies = ["push-down"]  // rebuild one study, keep the other pages
/// options.outDirectory = "/tmp/workshop-site"
/// options.paper = .letter
/// let summary = try await ReportBuilder.build(options, progress: ProgressReporter(mode: .silent))
/// ```
public struct BuildOptions: Sendable {
    /// The report folder.
    public var reportDirectory: String
    /// The studies to build; empty for all.
    public var studies: [String] = []
    /// The formats; nil for report.yml's `defaults.formats`.
    public var formats: [String]?
    /// The output folder; nil for `_build/` in the report folder.
    public var outDirectory: String?
    /// At most this many directives run at once.
    public var jobs: Int = ProcessInfo.processInfo.activeProcessorCount
    /// False to recompute everything (results are still stored).
    public var readsCache = true
    /// The result cache folder; nil for `.cutbook-cache/` in the report folder.
    public var cacheDirectory: String?
    /// The templates folder; nil to look for `templates/` from the report folder upwards and,
    /// when there is none, to use the built-in layout.
    public var templatesDirectory: String?
    /// `--param NAME=VALUE`: values replacing the defaults of report.yml's `params:`.
    public var parameters: [ParameterOverride] = []
    /// The PDF book's paper size.
    public var paper = BookOptions.Paper.a4
    /// True to write the HTML pages only, even when the formats ask for the PDF book, keeping
    /// the previous site's other files (its book) in place: `cutbook serve` shows an edit this
    /// way first and then builds again with the book (`BuildSummary.bookPending` says so).
    public var skipsBook = false
    /// The executors (the standard set unless a test swaps them).
    var executors = ExecutorSet.standard

    /// Creates options for the report in `reportDirectory`.
    public init(reportDirectory: String) {
        self.reportDirectory = reportDirectory
    }

    /// The site folder as the user wrote it, or the report's `_build/`.
    func outFolder(of report: Report) -> String {
        ReportPaths.output(report: report.directory, given: outDirectory)
    }

    /// The result cache folder as the user wrote it, or the report's `.cutbook-cache/`.
    func cacheFolder(of report: Report) -> String {
        ReportPaths.cache(report: report.directory, given: cacheDirectory)
    }

    /// The folders a build of the report in `reportDirectory` writes (site and cache), which
    /// the report may not read from.
    var writtenFolders: [String] {
        let standardized = URL(fileURLWithPath: reportDirectory).standardizedFileURL.path
        return [
            ReportPaths.output(report: standardized, given: outDirectory),
            ReportPaths.cache(report: standardized, given: cacheDirectory),
        ]
    }

    /// The site folder of a build with these options: `outDirectory`, or else the report's
    /// `_build/` (`ReportPaths`, the one place that decides it).
    public var resolvedOutDirectory: String {
        ReportPaths.output(report: reportDirectory, given: outDirectory)
    }
}

/// What a build did.
///
/// ```swift
/// let summary = try await ReportBuilder.build(
///     BuildOptions(reportDirectory: "reports/quickstart"), progress: .automatic())
/// print("\(summary.computed) computed, \(summary.loaded) from the cache")
/// ```
public struct BuildSummary: Sendable {
    /// Where the site was written.
    public var outDirectory: URL
    /// The pages written (file names).
    public var pages: [String]
    /// How many directives were computed (the ones derived from sweeps apart).
    public var computed: Int
    /// How many were loaded from the cache.
    public var loaded: Int
    /// How many trainings ran.
    public var trainings: Int
    /// How many figure files were written.
    public var figureFiles: Int
    /// True when the formats ask for the PDF book but `skipsBook` left it out of this build.
    public var bookPending = false
    /// How many directives were derived from sweeps (gathered members, their figures, tables
    /// and values): never cached, derived again from the members' results in every build.
    public var derived = 0
}
