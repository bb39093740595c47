import Foundation

@testable import CutBook

/// Helpers for the PDF book tests.
enum BookTestSupport {
    /// The book fixture report.
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/book")
    /// The package's templates.
    static let templates = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("templates")

    /// A `plot` executor that always fails: a build with it succeeds only when every plot
    /// result comes from the cache.
    struct FailingPlotExecutor: DirectiveExecutor {
        static let message = "this plot executor must not run"

        func execute(
            _ directive: ResolvedDirective, inputs: ExecutionInputs, context: ExecutionContext
        ) throws
            -> ResultValue
        {
            throw ExecutionError(Self.message)
        }
    }

    /// Builds the fixture report into a fresh folder (with the standard executors unless
    /// `executors` says otherwise, and a fresh cache unless `cache` names one).
    static func build(
        formats: [String], studies: [String] = [], paper: BookOptions.Paper = .a4,
        executors: ExecutorSet = .standard, cache: URL? = nil
    ) async throws -> URL {
        let parent = FileManager.default.temporaryDirectory.appendingPathComponent(
            "cutbook-book-\(UUID().uuidString.prefix(8))")
        var options = BuildOptions(reportDirectory: fixture.path)
        options.outDirectory = parent.appendingPathComponent("out").path
        options.cacheDirectory = (cache ?? parent.appendingPathComponent("cache")).path
        options.templatesDirectory = templates.path
        options.formats = formats
        options.studies = studies
        options.paper = paper
        options.jobs = 2
        options.executors = executors
        let summary = try await ReportBuilder.build(
            options, progress: ProgressReporter(mode: .plain, write: { _ in }))
        return summary.outDirectory
    }
}
