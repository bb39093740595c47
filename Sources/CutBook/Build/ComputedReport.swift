/// A report with the results its selected studies need: what every output format renders.
struct ComputedReport: Sendable {
    /// The parsed report.
    var report: Report
    /// The checked directives as a graph, with their cache keys.
    var plan: ExecutionPlan
    /// The results by directive id (`study#index`, the index into `Study.directives`).
    var results: [String: ResultValue]
    /// The studies to render.
    var studies: Set<String>
    /// How the results were made.
    var provenance: Provenance
    /// Ids computed in this build.
    var computed: [String]
    /// Ids loaded from the cache.
    var loaded: [String]

    /// The result of directive `index` of `study`, if it was needed.
    func result(study: String, index: Int) -> ResultValue? {
        results["\(study)#\(index)"]
    }
}
