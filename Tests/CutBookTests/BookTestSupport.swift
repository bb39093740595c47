import CutBook
import CutPlot
import Foundation

/// Helpers for the PDF book tests.
enum BookTestSupport {
    /// The book fixture report.
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/book")
    /// The package's templates.
    static let templates = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("templates")

    /// A `plot` executor for tests: draws every numeric column of a table against its first
    /// column, as a real figure, and hands the figure to the book.
    struct TablePlotExecutor: FigureDrawingExecutor {
        func figure(_ directive: ResolvedDirective, inputs: ExecutionInputs) throws -> Figure {
            let name = directive.names("of")[0]
            guard case .table(let table) = try inputs.value(name) else {
                throw ExecutionError("of=\(name) is not a table")
            }
            func column(_ index: Int) -> [Double] {
                table.rows.map { row in
                    if case .number(let value) = row[index] { return value }
                    return .nan
                }
            }
            var axes = Axes(xLabel: "index $i$", yLabel: "$\\sigma_i$")
            for index in 1..<table.headers.count where table.headers[index].hasPrefix("softmax") {
                axes.add(
                    Line(
                        x: column(0), y: column(index), label: table.headers[index], marker: .circle
                    ))
            }
            return Figure(axes)
        }

        func execute(
            _ directive: ResolvedDirective, inputs: ExecutionInputs, context: ExecutionContext
        ) throws
            -> ResultValue
        {
            let figure = try figure(directive, inputs: inputs)
            return .figure(
                FigureFiles(
                    png: try figure.pngData(), svg: try figure.svgData(), pdf: try figure.pdfData(),
                    width: Int(figure.width), height: Int(figure.height), alternative: "softmax"))
        }
    }

    /// Builds the fixture report into a fresh folder with the test plot executor.
    static func build(formats: [String], studies: [String] = [], paper: BookOptions.Paper = .a4)
        async throws
        -> URL
    {
        let parent = FileManager.default.temporaryDirectory.appendingPathComponent(
            "cutbook-book-\(UUID().uuidString.prefix(8))")
        var options = BuildOptions(reportDirectory: fixture.path)
        options.outDirectory = parent.appendingPathComponent("out").path
        options.cacheDirectory = parent.appendingPathComponent("cache").path
        options.templatesDirectory = templates.path
        options.formats = formats
        options.studies = studies
        options.paper = paper
        options.jobs = 2
        var executors = ExecutorSet.standard
        executors.executors["plot"] = TablePlotExecutor()
        options.executors = executors
        let summary = try await ReportBuilder.build(
            options, progress: ProgressReporter(mode: .plain, write: { _ in }))
        return summary.outDirectory
    }
}
