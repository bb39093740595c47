import CutEngine

/// `<<train cuts|model …>>`: a training of cuts or of a model expression on a data set.
///
/// Its declaration (words, options, defaults and help: the reference is generated from it)
/// and which options each of its forms reads.
enum TrainDirective: DirectiveKind {
    static let showsProgress = true

    /// A training costs its epochs.
    static func schedulingCost(of item: ResolvedDirective) -> Int {
        item.integer("epochs") ?? 0
    }

    /// A model with anything but cuts in it trains on CutEngine's kernels, which split every
    /// pass over the pool's threads; cuts alone train on one thread.
    static func usesThreadPool(_ item: ResolvedDirective) -> Bool {
        guard item.text("what") == "model", let text = item.text("model") else { return false }
        guard let expression = try? ModelExpression(parsing: text) else { return false }
        switch expression {
        case .cuts, .select: return false
        default: return true
        }
    }

    static var executor: (any DirectiveExecutor)? { TrainExecutor() }

    /// The declaration.
    static let spec = DirectiveSpec(
        verb: .train,
        summary:
            "Trains cuts or any model expression on a data set and records the training history.",
        placement: .block, produces: "training",
        words: [
            WordSpec(
                "what", .choice(["cuts", "model"]),
                help: "cuts trains one cut per column; model trains model=."),
            WordSpec(
                "relaxation", .choice(DirectiveRegistry.relaxations),
                default: Relaxation.sigmoid().name,
                help: "For cuts: how the hard cut is relaxed."),
        ],
        options: [
            .name,
            .on(required: true, "The data set to train on."),
            OptionSpec(
                "model", .text,
                help: "A model expression, e.g. \"cuts(sigmoid) * sigmoid(mlp(2,15,30,15,1))\"."),
            OptionSpec(
                "loss", .choice(DirectiveRegistry.losses), default: LossName.seed.rawValue,
                help:
                    "seed: the seed's batch softmax loss; squares: Σ(w − truth)²; bce: mean binary cross-entropy; ssb: S/√B; asimov: the Asimov discovery significance Z_A (with sigma_b=). ssb and asimov are maximised and train cuts alone; all but seed take event weights."
            ),
            OptionSpec(
                "optimizer", .choice(OptimizerName.names), default: OptimizerName.adam.rawValue,
                help: "adam (optax defaults, zero-NaNs) or plain gradient steps."),
            OptionSpec(
                "lr", .number(1e-12...1e6), default: "0.002", help: "The learning rate (step size)."
            ),
            OptionSpec(
                "epochs", .integer(1...10_000_000), required: true,
                help: "How many epochs (iterations)."),
            OptionSpec(
                "init", .numbers(count: 1...64),
                help: "The initial cut values, one per column (default 0 for each)."),
            .slope,
            .seed("Seed of the network's initial weights; defaults to report.yml's defaults.seed."),
            OptionSpec(
                "track", .flag, default: "false", help: "Record the cut values after every epoch."),
            OptionSpec(
                "select", .text,
                help:
                    "For cuts: the selection as comparisons whose numbers are the start values, e.g. \"pt > 40, abs(eta) < 2.0, 100 < mass < 150\"; '~ w' after a cut sets its relaxation width in the column's units (default: a tenth of the column's standard deviation)."
            ),
            OptionSpec(
                "sigma_b", .number(0...1e6),
                help:
                    "For loss=asimov: the background's relative uncertainty (σ_b = sigma_b·B, the Cowan–Cranmer–Gross–Vitells formula); default 0."
            ),
            OptionSpec(
                "validation", .resultNames,
                help:
                    "A data set the training does not see; its loss is recorded at every logged epoch and drawn by <<plot line>> beside the training loss."
            ),
            OptionSpec(
                "on_nan", .choice(["fail", "keep"]), default: "fail",
                help:
                    "When the loss becomes NaN the training stops; fail: the build fails there; keep: keep the last good parameters and show a warning in the log."
            ),
        ],
        examples: [
            "<<train cuts sigmoid on=d3 epochs=5000 init=1,1 as=sig2d>>",
            "<<train cuts erf on=d1 loss=ssb optimizer=gradient lr=0.06 init=5.45 epochs=50 track=true as=ascent>>",
            "<<train model model=\"cuts(sigmoid) * sigmoid(mlp(2,15,30,15,1))\" on=d4 epochs=2000 as=together>>",
            "<<train cuts sigmoid on=ev_train select=\"pt > 40, abs(eta) < 2.0, 100 < mass < 150\" loss=asimov sigma_b=0.1 epochs=400 lr=0.05 validation=ev_test as=sel>>",
        ])

    /// Which options each form reads.
    static let optionUse: OptionUse.Table? = OptionUse.Table(
        shared: ["as", "on", "loss", "lr", "epochs", "on_nan", "validation", "sigma_b"],
        forms: [
            OptionUse.Form(
                name: "train model", matches: OptionUse.word("what", in: ["model"]),
                options: ["model", "optimizer", "init", "seed", "track"],
                values: [
                    "optimizer": (
                        [OptimizerName.adam.rawValue], "model trainings use Adam; remove optimizer="
                    )
                ]),
            OptionUse.Form(
                name: "train cuts", matches: { _ in true },
                options: ["optimizer", "init", "slope", "track", "select"], words: ["relaxation"]),
        ],
        conditions: [
            OptionUse.Condition(
                key: "slope", holds: { OptionUse.hasSlope($0.text("relaxation")) },
                text: {
                    "is the slope of the sigmoid relaxation; it has no effect on \($0.text("relaxation") ?? "") cuts"
                })
        ])
}
