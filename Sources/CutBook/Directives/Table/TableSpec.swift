/// `<<table [result|softmax] …>>`: a result shown as a numbered table, or a softmax comparison.
///
/// Its declaration (words, options, defaults and help: the reference is generated from it)
/// and which options each of its forms reads.
enum TableDirective: DirectiveKind {
    static let labelPrefix: String? = "tab"
    static var presenter: (any DirectivePresenter.Type)? { TablePresentation.self }
    static var executor: (any DirectiveExecutor)? { TableExecutor() }

    /// The declaration.
    static let spec = DirectiveSpec(
        verb: .table,
        summary: "Shows a result as a numbered table, or computes a softmax comparison table.",
        placement: .block, produces: "table",
        words: [
            WordSpec(
                "kind", .choice(["result", "softmax", "selection"]), default: "result",
                help:
                    "result shows of=; softmax compares softmax(a) with softmax(b): columns i, a, softmax(a), b, softmax(b) and softmax(a) − softmax(b), the last also readable as the field difference (shift.difference[0]); selection evaluates the training of= on the data set on=: "
                    + SelectionTable.help
            )
        ],
        options: [
            .of("The result to show (kind result)."),
            OptionSpec(
                "rows", .choice(["all", "ends"]), default: "all",
                help: "all rows, or ends: the first and last five."),
            .fmt(".4g", "How numbers are shown."),
            .on("selection: the data set to evaluate on (the training's columns, in order)."),
            OptionSpec(
                "sigma_b", .number(0...100),
                help:
                    "selection: the relative background uncertainty of Z_A (Cowan–Cranmer–Gross–Vitells); none by default."
            ),
            OptionSpec("a", .numbers(count: 1...64), help: "softmax: the first vector."),
            OptionSpec(
                "b", .numbers(count: 1...64), help: "softmax: the second vector, same length."),
            .caption("table"), .label("tab"),
            .name,
        ],
        examples: [
            "<<table of=grad rows=ends fmt=.4e caption=\"Gradient at the ends\">>",
            "<<table softmax a=1,2,3,4 b=0,2,3,4 as=shift>>",
            "<<table selection of=sig2d on=d3 sigma_b=0.1 as=seltab>>",
        ])

    /// Which options each form reads.
    static let optionUse: OptionUse.Table? = OptionUse.Table(
        shared: ["fmt", "caption", "label", "as"],
        forms: [
            OptionUse.Form(
                name: "table softmax", matches: OptionUse.kind("softmax"), options: ["a", "b"]),
            OptionUse.Form(
                name: "table selection", matches: OptionUse.kind("selection"),
                options: ["of", "on", "sigma_b"]),
            OptionUse.Form(name: "table result", matches: { _ in true }, options: ["of", "rows"]),
        ])
}
