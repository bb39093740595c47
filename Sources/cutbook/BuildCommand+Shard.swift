import CutBook
import Foundation

extension BuildCommand {
    /// `cutbook build --shard K/N`: computes the shard's results and prints what it did.
    func runShard(_ shard: BuildShard, options: BuildOptions, start: Date) async throws {
        let summary = try await ReportBuilder.buildShard(
            options, shard: shard, progress: .automatic())
        let seconds = String(format: "%.2f", Date().timeIntervalSince(start))
        print(
            "shard \(shard) of \(options.reportDirectory) into \(summary.cacheDirectory.path): "
                + "\(summary.results) of \(summary.totalResults) results (cost \(summary.cost) of \(summary.totalCost)); "
                + "\(summary.computedKeys.count) computed (\(summary.trainings) trainings), "
                + "\(summary.loaded) from cache, \(summary.dataSets) data sets drawn; no site written; \(seconds) s"
        )
    }
}
