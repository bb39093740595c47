import ArgumentParser
import CutBook
import Foundation

/// `cutbook cache`: work on result caches as folders (`merge`).
struct CacheCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cache",
        abstract: "Work on result cache folders.",
        subcommands: [CacheMergeCommand.self])
}

/// `cutbook cache merge DEST SRC…`: checks and merges the caches of a sharded build.
struct CacheMergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Check every entry of the source caches and copy them into DEST.",
        discussion:
            "Every entry is checked first (its checksum, and that it names the key its file is named after); nothing is copied when an entry is corrupt or swapped, a file is not a cache entry, or two sound entries for one key differ. DEST's sound entries are never replaced. DEST is created when missing."
    )

    @Argument(help: "The cache folder to merge into (created when missing).")
    var destination: String

    @Argument(help: "The cache folders to merge (each shard's --cache).")
    var sources: [String]

    func run() throws {
        do {
            let outcome = try CacheMerge.merge(into: destination, from: sources)
            print(
                "merged \(sources.count) caches into \(destination): \(outcome.copied) entries copied "
                    + "(\(outcome.replaced) over damaged ones), \(outcome.alreadyPresent) already there; "
                    + "skipped \(outcome.earlierFormat) of earlier formats and \(outcome.temporaryFiles) temporary files"
            )
        } catch let failure as CacheMerge.Failure {
            for problem in failure.problems { Diagnostics.report(line: "error: \(problem)") }
            Diagnostics.report(line: "error: nothing was merged into \(destination)")
            throw ExitCode.failure
        } catch let failure as OutputFailure {
            Diagnostics.report(line: "error: \(failure)")
            throw ExitCode.failure
        }
    }
}
