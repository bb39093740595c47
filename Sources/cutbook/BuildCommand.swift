import ArgumentParser
import CutBook
import Foundation

/// `cutbook build`: renders a report to its HTML site (and PDF book).
struct BuildCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract:
            "Build a report: run its directives (cached) and write the HTML site and, with pdf in --format or report.yml, the PDF book.",
        discussion:
            "The site goes to _build/ and the results to .cutbook-cache/, both in the report folder whatever the working folder; --out and --cache choose other folders. The page layout is built in; a templates/ folder in or above the report folder, or --templates, overrides it."
    )

    @OptionGroup var report: ReportFolder

    @Option(
        name: .customLong("study"),
        help: "Build only this study (repeatable); others keep their pages.")
    var studies: [String] = []

    @OptionGroup var settings: BuildSettings

    @Flag(help: "Recompute every result instead of reading the cache.")
    var noCache = false

    @Option(
        help: ArgumentHelp(
            "Compute only shard K of N of the results into the cache and write no site; merge the shards' caches with cutbook cache merge.",
            valueName: "K/N"))
    var shard: String?

    func validate() throws {
        guard let shard else { return }
        do {
            _ = try BuildShard(parsing: shard)
        } catch let error as BuildShard.SyntaxError {
            throw ValidationError(error.description)
        }
        if let given = settings.siteOptionsGiven.first {
            throw ValidationError(
                "\(given) is not used with --shard: a shard computes results into --cache and writes no site; build the site after cutbook cache merge"
            )
        }
    }

    func run() async throws {
        var options = try settings.options(reportDirectory: report.reportDirectory)
        options.studies = studies
        options.readsCache = !noCache
        let start = Date()
        InterruptHandler.install()
        do {
            if let shard {
                try await runShard(try BuildShard(parsing: shard), options: options, start: start)
                return
            }
            let summary = try await ReportBuilder.build(options, progress: .automatic())
            let seconds = String(format: "%.2f", Date().timeIntervalSince(start))
            print(
                "built \(summary.outDirectory.path): \(summary.pages.count) pages, \(summary.figureFiles / 3) figures; "
                    + "\(summary.computed) computed (\(summary.trainings) trainings), \(summary.loaded) from cache"
                    + (summary.derived > 0 ? ", \(summary.derived) derived from sweeps" : "")
                    + "; \(seconds) s"
            )
        } catch let failure as BuildFailure {
            Diagnostics.report(failure)
            throw ExitCode.failure
        } catch let refusal as OutputRefusal {
            Diagnostics.report(line: "error: \(refusal)")
            throw ExitCode(2)
        } catch let failure as OutputFailure {
            Diagnostics.report(line: "error: \(failure)")
            throw ExitCode.failure
        } catch let error as NSError
            where [NSCocoaErrorDomain, NSPOSIXErrorDomain].contains(error.domain)
        {
            // A file error from Foundation: one line naming the path, not the error's dump.
            let failure = OutputFailure(
                path: settings.out ?? report.reportDirectory, action: "access", error: error)
            Diagnostics.report(line: "error: \(failure)")
            throw ExitCode.failure
        }
    }
}

/// Prints build failures to standard error, and as GitHub annotations under GitHub Actions.
enum Diagnostics {
    static func report(_ failure: BuildFailure) {
        var text = failure.description + "\n"
        if ProcessInfo.processInfo.environment["GITHUB_ACTIONS"] == "true" {
            text += failure.diagnostics.map(\.githubAnnotation).joined(separator: "\n") + "\n"
        }
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// Prints text to standard error as it is (the progress of `cutbook serve`).
    static func report(plain text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// Prints one line to standard error (and as a GitHub annotation under GitHub Actions).
    static func report(line: String) {
        var text = line + "\n"
        if ProcessInfo.processInfo.environment["GITHUB_ACTIONS"] == "true" {
            text += "::error::" + line.replacingOccurrences(of: "%", with: "%25") + "\n"
        }
        FileHandle.standardError.write(Data(text.utf8))
    }
}
