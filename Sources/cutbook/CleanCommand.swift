import ArgumentParser
import CutBook
import Foundation

/// `cutbook clean`: removes a report's result cache (and with `--outputs` its site), only what
/// CutBook marked as its own.
struct CleanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clean",
        abstract:
            "Remove a report's result cache .cutbook-cache/ (and its site _build/ with --outputs).",
        discussion:
            "Only folders CutBook marked as its own are removed: a cache with CACHEDIR.TAG and sites with .cutbook-site. Other folders are listed as skipped. --cache and --out name the folders a build was given instead of the report's own."
    )

    @OptionGroup var report: ReportFolder

    @Option(help: "The result cache folder (default: .cutbook-cache/ in the report folder).")
    var cache: String?

    @Flag(help: "Also remove the site (the report's _build/, or --out).")
    var outputs = false

    @Option(
        help:
            "With --outputs: the site folder, or a folder of sites, to remove (default: _build/ in the report folder)."
    )
    var out: String?

    func validate() throws {
        if out != nil && !outputs { throw ValidationError("--out is used with --outputs") }
    }

    func run() throws {
        let folder = report.reportDirectory
        let outcome = OutputCleaner.clean(
            cache: ReportPaths.cache(report: folder, given: cache),
            outputs: outputs ? ReportPaths.output(report: folder, given: out) : nil)
        for path in outcome.removed { print("removed \(path)/") }
        for skip in outcome.skipped {
            FileHandle.standardError.write(Data("\(skip)\n".utf8))
        }
    }
}
