import ArgumentParser
import CutBook
import Foundation

/// The options `build` and `serve` share: what to build, where it goes, with which layout and
/// parameters.
struct BuildSettings: ParsableArguments {
    @Option(help: "Comma-separated output formats (html, pdf); default from report.yml.")
    var format: String?

    @Option(help: "The output folder (default: _build/ in the report folder).")
    var out: String?

    @Option(help: "The result cache folder (default: .cutbook-cache/ in the report folder).")
    var cache: String?

    @Option(help: "At most this many directives run at once.")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(
        help:
            "The templates folder (default: templates/ found from the report folder upwards, else the built-in layout)."
    )
    var templates: String?

    @Option(
        name: [.customShort("P"), .customLong("param")],
        help: ArgumentHelp(
            "Replace the default of a parameter under params: in report.yml (repeatable).",
            valueName: "NAME=VALUE"))
    var parameters: [String] = []

    @Option(help: "The PDF book's paper size: a4 (the default) or letter.")
    var paper: String?

    func validate() throws {
        guard (try? BookOptions.Paper(named: paper ?? "a4")) != nil else {
            throw ValidationError("--paper must be a4 or letter, found '\(paper ?? "")'")
        }
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1, found \(jobs)") }
        for parameter in parameters {
            do {
                _ = try ParameterOverride(parsing: parameter)
            } catch let error as ParameterOverride.SyntaxError {
                throw ValidationError(error.description)
            }
        }
    }

    /// The options given that only a build writing a site reads (`--out`, `--format`,
    /// `--templates`, `--paper`), as written on the command line.
    var siteOptionsGiven: [String] {
        [("--out", out), ("--format", format), ("--templates", templates), ("--paper", paper)]
            .compactMap { $0.1 == nil ? nil : $0.0 }
    }

    /// Build options for the report in `reportDirectory` with these settings.
    func options(reportDirectory: String) throws -> BuildOptions {
        var options = BuildOptions(reportDirectory: reportDirectory)
        options.formats = format.map { $0.split(separator: ",").map(String.init) }
        options.outDirectory = out
        options.cacheDirectory = cache
        options.jobs = jobs
        options.templatesDirectory = templates
        options.paper = try BookOptions.Paper(named: paper ?? "a4")
        options.parameters = try parameters.map(ParameterOverride.init(parsing:))
        return options
    }
}
