import Foundation

/// What the book is made from: the same report, plan, results and provenance as the HTML site.
/// Each figure is drawn from its `plot` result's PDF file, as vectors.
public struct BookSource {
    /// The report.
    public var report: Report
    /// The graph, for the resolved directives.
    public var plan: ExecutionPlan
    /// The results by directive id.
    public var results: [String: ResultValue]
    /// How the report was made.
    public var provenance: Provenance

    /// Creates a source.
    public init(
        report: Report, plan: ExecutionPlan, results: [String: ResultValue],
        provenance: Provenance
    ) {
        self.report = report
        self.plan = plan
        self.results = results
        self.provenance = provenance
    }
}
