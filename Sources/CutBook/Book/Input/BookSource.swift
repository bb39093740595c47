import CutPlot
import Foundation

/// What the book is made from: the same report, plan, results and provenance as the HTML site,
/// plus the drawing of every figure, which the PDF draws as vector graphics.
public struct BookSource {
    /// The report.
    public var report: Report
    /// The graph, for the resolved directives.
    public var plan: ExecutionPlan
    /// The results by directive id.
    public var results: [String: ResultValue]
    /// The drawing of each `plot` directive, by directive id.
    public var drawings: [String: Figure]
    /// How the report was made.
    public var provenance: Provenance

    /// Creates a source.
    public init(
        report: Report, plan: ExecutionPlan, results: [String: ResultValue],
        drawings: [String: Figure],
        provenance: Provenance
    ) {
        self.report = report
        self.plan = plan
        self.results = results
        self.drawings = drawings
        self.provenance = provenance
    }
}
