import ArgumentParser
import CutBook
import CutEngine

/// The `cutbook` command-line tool.
@main
struct Cutbook: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cutbook",
        abstract: "Reproducible studies of differentiable selection cuts and neural networks.",
        version: CutEngine.version,
        subcommands: [
            InitCommand.self, BuildCommand.self, ServeCommand.self, ListCommand.self,
            DirectivesCommand.self,
            CleanCommand.self, CacheCommand.self,
            BenchCommand.self, GalleryCommand.self,
        ]
    )
}

/// The report folder argument of the commands that read a report (`build`, `serve`, `list`,
/// `clean`).
struct ReportFolder: ParsableArguments {
    @Argument(help: "The report folder (with report.yml).")
    var reportDirectory: String = "."
}
