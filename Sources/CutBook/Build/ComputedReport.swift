/// A report with the results its selected studies need: what every output format renders.
public struct ComputedReport: Sendable {
    /// The parsed report.
    public var report: Report
    /// The checked directives as a graph, with their cache keys.
    public var plan: ExecutionPlan
    /// The results by directive id (`study#index`, the index into `Study.directives`).
    public var results: [String: ResultValue]
    /// The studies to render.
    public var studies: Set<String>
    /// How the results were made.
    public var provenance: Provenance
    /// Ids computed in this build.
    public var computed: [String]
    /// Ids loaded from the cache.
    public var loaded: [String]

    /// The result of directive `index` of `study`, if it was needed.
    public func result(study: String, index: Int) -> ResultValue? {
        results["\(study)#\(index)"]
    }
}
