import ArgumentParser
import CutBook

/// `cutbook directives`: the directive reference, from the registry.
struct DirectivesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "directives",
        abstract: "Print the directive reference (the source of docs/directives.md).")

    @Flag(help: "Print Markdown, as in docs/directives.md.")
    var markdown = false

    func run() {
        print(
            markdown ? ReferenceWriter.markdown() : ReferenceWriter.text(),
            terminator: markdown ? "" : "\n")
    }
}
