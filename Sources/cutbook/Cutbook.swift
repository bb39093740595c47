import ArgumentParser
import CutBook
import CutEngine

/// The `cutbook` command-line tool.
@main
struct Cutbook: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cutbook",
        abstract: "Reproducible studies of differentiable selection cuts and neural networks.",
        version: CutEngine.version,
        subcommands: [GalleryCommand.self]
    )
}
