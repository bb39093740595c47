/// `<<value result.field>>`: one number of a result (or a report parameter) written into the
/// prose.
///
/// Its declaration: words, options, defaults and help (the reference is generated from it).
enum ValueDirective: DirectiveKind {
    static var presenter: (any DirectivePresenter.Type)? { ValuePresentation.self }
    static var executor: (any DirectiveExecutor)? { ValueExecutor() }

    /// The declaration.
    static let spec = DirectiveSpec(
        summary: "Writes one number of a result into the prose.",
        placement: .inline, produces: "text",
        words: [
            WordSpec(
                "field", .field,
                help:
                    "The result and field, e.g. brute.argmax or fit.cuts[1], or a report parameter, params.lr (a text parameter is shown as written)."
            )
        ],
        options: [
            .fmt(".4g", "How the number is shown.")
        ],
        examples: ["The best cut is <<value brute.argmax fmt=.3f>>."])
}
