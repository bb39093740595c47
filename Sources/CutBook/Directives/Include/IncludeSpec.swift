/// `<<include FILE>>`: another Markdown file of the report folder, inserted in place.
///
/// Its declaration: words, options, defaults and help (the reference is generated from it).
enum IncludeDirective: DirectiveKind {
    static var executor: (any DirectiveExecutor)? { nil }

    /// The declaration.
    static let spec = DirectiveSpec(
        summary: "Inserts another Markdown file of the report folder here, directives included.",
        placement: .block, produces: "the included text",
        words: [WordSpec("file", .file, help: "The file, relative to the report folder.")],
        options: [],
        examples: ["<<include shared/notation.md>>"])
}
