import CutBook
import Foundation

/// Helpers for the PDF book tests.
enum BookTestSupport {
    /// The book fixture report.
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/book")
    /// The package's templates.
    static let templates = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("templates")

    /// A `plot` executor that writes a figure's files but cannot hand the figure to the book.
    struct FilesOnlyPlotExecutor: DirectiveExecutor {
        let wrapped = ExecutorSet.standard.executors[.plot]!

        func execute(
            _ directive: ResolvedDirective, inputs: ExecutionInputs, context: ExecutionContext
        ) throws
            -> ResultValue
        {
            try wrapped.execute(directive, inputs: inputs, context: context)
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
