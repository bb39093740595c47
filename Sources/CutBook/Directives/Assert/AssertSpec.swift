/// `<<assert result.field expect=…>>`: a number of a result checked against an expected value.
///
/// Its declaration: words, options, defaults and help (the reference is generated from it).
enum AssertDirective: DirectiveKind {
    static var presenter: (any DirectivePresenter.Type)? { AssertPresentation.self }
    static var executor: (any DirectiveExecutor)? { AssertExecutor() }

    /// The declaration.
    static let spec = DirectiveSpec(
        summary:
            "Checks a number of a result against an expected value; the build fails when it is off by more than the tolerance.",
        placement: .either, produces: "check (inline: the value)",
        words: [WordSpec("field", .field, help: "The result and field, e.g. brute.max.")],
        options: [
            OptionSpec(
                "expect", .number(-1e300...1e300), required: true,
                help: "The expected value (e.g. the published number)."),
            OptionSpec(
                "tol", .number(0...1e300), default: "0", help: "The allowed absolute difference."),
            OptionSpec(
                "rtol", .number(0...1), default: "0", help: "The allowed relative difference."),
            .fmt(".6g", "How the values are shown."),
        ],
        examples: ["<<assert brute.argmax expect=3.737 tol=0.001>>"])
}
