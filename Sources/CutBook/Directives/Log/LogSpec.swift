/// `<<log of=training>>`: a training's log.
///
/// Its declaration: words, options, defaults and help (the reference is generated from it).
enum LogDirective: DirectiveKind {
    static var presenter: (any DirectivePresenter.Type)? { LogPresentation.self }
    static var executor: (any DirectiveExecutor)? { LogExecutor() }

    /// The declaration.
    static let spec = DirectiveSpec(
        summary:
            "Shows a training's log: the loss at the logged epochs, the final parameters and the time taken; a sweep's: each member's final loss, then each field's mean ± std (n−1), min, max and n.",
        placement: .block, produces: "log block",
        words: [],
        options: [
            .of(required: true, "The training (or sweep)."),
            .fmt(".6g", "How losses are shown."),
        ],
        examples: ["<<log of=sig2d>>"])
}
