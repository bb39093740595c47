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
        summary: "Shows a result as a numbered table, or computes a softmax comparison table.",
        placement: .block, produces: "table",
        words: [
            WordSpec(
                "kind", .choice(["result", "softmax", "selection", "compare"]), default: "result",
                help:
                    "result shows of= (a sweep: one row per member, then the mean, std (n−1), min and max of each field); compare places each reference= number among a sweep's members: columns field, reference, mean, std (n−1), n, z = (reference − mean)/std and percentile (the members below it, ties counting half), readable as cmp.z[0]; softmax compares softmax(a) with softmax(b): columns i, a, softmax(a), b, softmax(b) and softmax(a) − softmax(b), the last also readable as the field difference (shift.difference[0]); selection evaluates the training of= on the data set on=: "
                    + SelectionTable.help
            )
        ],
        options: [
            .of("The result to show (kind result)."),
            OptionSpec(
                "rows", .choice(["all", "ends", "summary"]), default: "all",
                help:
                    "all rows, or ends: the first and last five; summary (of a sweep): one row per field with its mean, std (n−1), min, max, n and mean ± std."
            ),
            OptionSpec(
                "fields", .text,
                help:
                    "compare: the members' fields to compare, comma-separated (loss,cuts[0])."),
            OptionSpec(
                "reference", .numbers(count: 1...64),
                help: "compare: one number per field, placed among the members' values."),
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
            "<<table of=s rows=summary fmt=,.2f>>",
            "<<table compare of=s fields=loss reference=439072.69 as=cmp>>",
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
            OptionUse.Form(
                name: "table compare", matches: OptionUse.kind("compare"),
                options: ["of", "fields", "reference"]),
            OptionUse.Form(name: "table result", matches: { _ in true }, options: ["of", "rows"]),
        ])
}
