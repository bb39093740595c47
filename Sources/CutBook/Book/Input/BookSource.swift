import Foundation

/// What the book is made from: the same report, plan, results and provenance as the HTML site.
/// Each figure is drawn from its `plot` result's PDF file, as vectors.
struct BookSource {
    /// The report.
    var report: Report
    /// The graph, for the resolved directives.
    var plan: ExecutionPlan
    /// The results by directive id.
    var results: [String: ResultValue]
    /// How the report was made.
    var provenance: Provenance

    /// Creates a source.
    init(
        report: Report, plan: ExecutionPlan, results: [String: ResultValue],
        provenance: Provenance
    ) {
        self.report = report
        self.plan = plan
        self.results = results
        self.provenance = provenance
    }
}
