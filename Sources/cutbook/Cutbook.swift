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
            BuildCommand.self, ListCommand.self, DirectivesCommand.self, CleanCommand.self,
            BenchCommand.self, GalleryCommand.self,
        ]
    )
}
