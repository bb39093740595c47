import ArgumentParser
import CutBook

/// `cutbook directives`: the directive reference, from the registry; with `--models` the model
/// grammar and with `--fields` the result fields, each from the table the code uses.
struct DirectivesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "directives",
        abstract:
            "Print the directive reference (docs/directives.md), the model grammar (--models, docs/model-grammar.md) or the result fields (--fields, docs/result-fields.md)."
    )

    @Flag(help: "Print Markdown, as in the docs/ files.")
    var markdown = false

    @Flag(help: "Print the model-expression and selection grammar instead.")
    var models = false

    @Flag(help: "Print every result kind's fields instead.")
    var fields = false

    func validate() throws {
        if models && fields { throw ValidationError("give --models or --fields, not both") }
    }

    func run() {
        let text: String
        switch (models, fields) {
        case (true, _): text = markdown ? GrammarReference.markdown() : GrammarReference.text()
        case (_, true): text = markdown ? FieldReference.markdown() : FieldReference.text()
        default: text = markdown ? ReferenceWriter.markdown() : ReferenceWriter.text()
        }
        print(text, terminator: markdown ? "" : "\n")
    }
}
