import CutEngine

/// `<<scan QUANTITY …>>`: a quantity evaluated against evenly spaced cut values.
///
/// Its declaration (words, options, defaults and help: the reference is generated from it)
/// and which options each of its forms reads.
enum ScanDirective: DirectiveKind {
    static let showsProgress = true
    static var executor: (any DirectiveExecutor)? { ScanExecutor() }

    /// The declaration.
    static let spec = DirectiveSpec(
        summary:
            "Evaluates a quantity against cut values: a loss, its gradient, the average weight, a frozen model's loss or passing count, or a masked-window gradient.",
        placement: .block, produces: "scan",
        words: [
            WordSpec(
                "quantity",
                .choice(["loss", "gradient", "weight", "passing", "window", "surface", "grid"]),
                help:
                    "loss or gradient of loss=; weight: average weight per class; passing: events a frozen model passes; window: the sum-of-squares gradient at the cut at= using only events with |x − at| < h, for h from from= to to=; surface: loss over a grid of two cuts; grid: the training loss loss= of hard cuts on every column at once, over all steps^columns combinations (a brute-force scan: one column gives the curves loss and misclassified, two a grid)."
            )
        ],
        options: [
            .name,
            .on(required: true, "The data set."),
            .of(
                "A trained model, frozen; loss and passing then vary its cut number column= over from…to."
            ),
            OptionSpec(
                "cut", .choice(DirectiveRegistry.relaxations), default: Relaxation.hard.name,
                help: "The relaxation of the scanned cut."),
            OptionSpec(
                "loss", .choice(DirectiveRegistry.losses), default: LossName.ssb.rawValue,
                help:
                    "The loss of loss, gradient and surface scans; with of= the frozen model's loss is seed unless squares or bce is given."
            ),
            OptionSpec(
                "from", .number(-1e12...1e12),
                help: "The first cut value (default: the data's range)."),
            OptionSpec(
                "to", .number(-1e12...1e12), help: "The last cut value (default: the data's range)."
            ),
            OptionSpec(
                "steps", .integer(2...1_000_000), default: "100",
                help: "How many cut values, from and to included."),
            .column("The column whose cut is scanned."),
            OptionSpec(
                "at", .number(-1e12...1e12), default: "0", help: "The cut value of a window scan."),
            .slope,
        ],
        examples: [
            "<<scan loss cut=hard loss=ssb on=d1 from=-10 to=10 steps=100 as=brute>>",
            "<<scan passing of=fit on=d4 from=-60 to=60 steps=100 as=passing>>",
            "<<scan window cut=erf loss=squares on=ml at=0 from=1 to=4 steps=40 as=window>>",
        ])

    /// Which options each form reads.
    static let optionUse: OptionUse.Table? = OptionUse.Table(
        shared: ["as", "on", "from", "to", "steps"],
        forms: [
            OptionUse.Form(
                name: "scan loss with of=", matches: OptionUse.quantity("loss", frozen: true),
                options: ["of", "loss", "column"],
                values: [
                    "loss": (
                        EventLoss.allCases.map(\.name.rawValue),
                        "a frozen model's loss is one of the training losses; S/√B (ssb) is defined for a single cut's weights, so scan the cut without of= for it"
                    )
                ]),
            OptionUse.Form(
                name: "scan loss", matches: OptionUse.quantity("loss"),
                options: ["cut", "loss", "column", "slope"]),
            OptionUse.Form(
                name: "scan gradient", matches: OptionUse.quantity("gradient"),
                options: ["cut", "loss", "column", "slope"]),
            OptionUse.Form(
                name: "scan weight", matches: OptionUse.quantity("weight"),
                options: ["cut", "column", "slope"]),
            OptionUse.Form(
                name: "scan passing", matches: OptionUse.quantity("passing"),
                options: ["of", "column"]),
            OptionUse.Form(
                name: "scan window", matches: OptionUse.quantity("window"),
                options: ["cut", "loss", "column", "at", "slope"],
                values: [
                    "loss": (
                        [CutLoss.sumOfSquares.name.rawValue],
                        "the window scan computes the sum-of-squares gradient"
                    )
                ]),
            OptionUse.Form(
                name: "scan surface", matches: OptionUse.quantity("surface"),
                options: ["cut", "loss", "slope"]),
            OptionUse.Form(
                name: "scan grid", matches: OptionUse.quantity("grid"), options: ["loss"]),
        ],
        conditions: [
            OptionUse.Condition(
                key: "slope", holds: { OptionUse.hasSlope($0.text("cut")) },
                text: {
                    "is the slope of the sigmoid relaxation; it needs cut=sigmoid, not cut=\($0.text("cut") ?? "")"
                })
        ])
}
