import ArgumentParser
import CutBook

/// `cutbook list`: the studies of a report and whether their results are cached.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List a report's studies and whether their results are cached.")

    @OptionGroup var report: ReportFolder

    @Option(help: "The result cache folder (default: .cutbook-cache/ in the report folder).")
    var cache: String?

    func run() throws {
        do {
            let rows = try ReportBuilder.status(
                reportDirectory: report.reportDirectory, cacheDirectory: cache)
            let width = rows.map(\.study.name.count).max() ?? 0
            for row in rows {
                let state =
                    row.total == 0
                    ? "nothing to compute"
                    : row.cached == row.total
                        ? "cached (\(row.total) results)"
                        : "\(row.cached)/\(row.total) results cached"
                let name = row.study.name.padding(toLength: width, withPad: " ", startingAt: 0)
                print("\(name)  \(state)  — \(row.study.title)")
            }
        } catch let failure as BuildFailure {
            Diagnostics.report(failure)
            throw ExitCode.failure
        }
    }
}
