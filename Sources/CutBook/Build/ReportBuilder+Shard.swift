import Foundation

extension ReportBuilder {
    /// Computes the missing results of one shard of the report's results into the cache and
    /// writes no site (`cutbook build --shard K/N`); see `ShardPlan` for the split. Runs the
    /// same checks as `build` on the report and the cache folder, and throws `BuildFailure`
    /// (a directive failed, an assertion did not hold), `OutputRefusal` (the cache folder is
    /// not one CutBook may fill) or `OutputFailure` (the cache folder cannot be made, before
    /// anything runs, or a result could not be stored). The cache folder exists, with its tag,
    /// even when the shard had nothing to compute, so that a workflow can hand it on as it is. Of the
    /// options that shape a site only `templatesDirectory` is read (the cache may not overlap
    /// it); `cutbook build --shard` refuses the others.
    public static func buildShard(
        _ options: BuildOptions, shard: BuildShard, progress: ProgressReporter
    ) async throws -> ShardSummary {
        let (report, templatesURL) = try loadWithTemplates(options)
        try CacheTarget.check(options, report: report, templates: templatesURL)
        let (_, plan, _, targets) = try prepare(options)
        let split = ShardPlan(plan: plan, targets: targets, count: shard.count)
        let mine = split.ids(of: shard.index, in: plan)
        let cacheURL = URL(fileURLWithPath: options.cacheFolder(of: report))
        let cache = ResultCache(directory: cacheURL, reads: options.readsCache)
        let runner = Runner(
            plan: plan, cache: cache, executors: options.executors, jobs: options.jobs,
            progress: progress, reportDirectory: URL(fileURLWithPath: report.directory))
        try cache.createFolder()
        let outcome = await runner.run(targets: mine)
        if !outcome.diagnostics.isEmpty { throw BuildFailure(outcome.diagnostics) }
        if let failure = outcome.storeFailures.first { throw failure }
        func isResult(_ id: String) -> Bool { plan.isResult(id) }
        let computed = outcome.computed.filter(isResult)
        return ShardSummary(
            shard: shard, cacheDirectory: cacheURL, results: mine.count,
            totalResults: split.owner.count, cost: split.costs[shard.index - 1],
            totalCost: split.costs.reduce(0, +),
            computedKeys: computed.map { plan.nodes[$0]!.key }.sorted(),
            trainings: computed.filter { plan.nodes[$0]!.directive.verb.isTraining }.count,
            dataSets: outcome.computed.filter { !isResult($0) }.count,
            loaded: outcome.loaded.filter(isResult).count)
    }
}

/// What one shard of a sharded build did.
///
/// ```swift
/// var options = BuildOptions(reportDirectory: "reports/quickstart")
/// options.cacheDirectory = "shard-2"
/// let shard = try BuildShard(parsing: "2/3")
/// let summary = try await ReportBuilder.buildShard(options, shard: shard, progress: .automatic())
/// print("\(summary.computedKeys.count) computed of \(summary.results)")
/// ```
public struct ShardSummary: Sendable {
    /// Which shard.
    public var shard: BuildShard
    /// The cache folder the results went to.
    public var cacheDirectory: URL
    /// How many results belong to this shard.
    public var results: Int
    /// How many results all the shards share out.
    public var totalResults: Int
    /// The estimated cost of this shard's results (`ShardPlan.cost(of:in:)`).
    public var cost: Int
    /// The estimated cost of all the shards' results.
    public var totalCost: Int
    /// The cache keys of the results this shard computed (and stored), sorted.
    public var computedKeys: [String]
    /// How many of them were trainings.
    public var trainings: Int
    /// How many data sets were drawn or read for them (never stored: see `ShardPlan`).
    public var dataSets: Int
    /// How many of this shard's results were already in its cache.
    public var loaded: Int
}
