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

    /// bce and squares trainings on weighted data without `balance=` balance the classes since
    /// revision 1 of that default; their older cache entries trained on the raw weights.
    static func resultRevision(
        of item: ResolvedDirective, upstream: () -> [ResolvedDirective]
    ) -> String? {
        guard LossName(rawValue: item.text("loss") ?? "")?.isClassification == true,
            item.directive.option("balance") == nil,
            upstream().contains(where: { $0.verb == .data && $0.text("weight") != nil })
        else { return nil }
        return "balance-default 1"
    }

    /// The declaration.
    static let spec = DirectiveSpec(
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
                "init", .wordOrNumbers("scan", count: 1...64),
                help:
                    "The initial cut values, one per column (default 0 for each); scan: the best point of a coarse brute-force scan of the training loss with hard cuts on the training data, init_steps= values per column over its range."
            ),
            OptionSpec(
                "init_steps", .integer(2...1000), default: "11",
                help:
                    "For init=scan: the values per column, evenly spaced from the column's smallest to its largest value (init_steps^columns points, at most \(CutGridScan.pointLimit))."
            ),
            OptionSpec(
                "slope", .numberOrRange(1e-9...1e9), default: "1",
                help:
                    "The relaxation's slope k (a number: sigmoid cuts only); a range START..END anneals any relaxation, multiplying its argument by k from START at the first epoch to END at the last (schedule=), e.g. slope=1..64."
            ),
            OptionSpec(
                "schedule", .choice(Schedule.kindNames), default: Schedule.Kind.geometric.rawValue,
                help:
                    "How a range slope=START..END or noise=START..END moves over the epochs: geometric (the same factor each epoch) or linear (the same step)."
            ),
            OptionSpec(
                "restore", .number(1e-12...1e12),
                help:
                    "Adds a restoring term λ Σ d_k², d_k the distance of cut k outside its column's range in the training data (exactly 0 inside), subtracted from a maximised loss: a gradient back toward the data for cuts that left it. The value is λ."
            ),
            OptionSpec(
                "estimator", .choice(["relaxation", "score"]), default: "relaxation",
                help:
                    "relaxation: the relaxed cut's exact gradient; score: for hard cuts, the gradient of the loss smoothed by Gaussian perturbations of the cuts (width noise=), estimated each epoch from pairs= antithetic pairs, the score-function estimator with the baseline L(c) (which cancels within a pair). The forward pass is the true step."
            ),
            OptionSpec(
                "noise", .numberOrRange(1e-9...1e9),
                help:
                    "For estimator=score: the perturbations' width σ in the cuts' units, a number or a range START..END annealed by schedule= (e.g. noise=1..0.05)."
            ),
            OptionSpec(
                "pairs", .integer(2...100_000), default: "8",
                help: "For estimator=score: the antithetic pairs of perturbations drawn per epoch."
            ),
            .seed(
                "Seed of the network's initial weights (train model) or of the perturbations of estimator=score (train cuts); defaults to report.yml's defaults.seed."
            ),
            .seeds(
                "the training of this directive with that seed= (on a data sweep, member k trains on its k-th data set); the sweep as=NAME has the members' statistics (NAME.loss.mean, NAME.loss.std)"
            ),
            OptionSpec(
                "sweep", .text,
                help:
                    "A sweep over another option: \"OPTION=v1,v2,…\", values separated by ';' when they hold commas (sweep=\"lr=0.001,0.002,0.005\", sweep=\"init=(1,1);(2,2)\", a whole-number option also A..B); each member is the training with that value, cached as such, named NAME[1], NAME[2], …; not with seeds=."
            ),
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
                "balance", .choice(["classes", "none"]),
                help:
                    "For loss=bce or squares: classes scales each class's event weights so that signal and background weigh the same in total (as TMVA does), so that a light, rare signal is not learnt away; none trains on the raw weights. Default: classes on a weighted data set, none on an unweighted one (the seed's studies). Yields, tables and S/√B or Z_A always use the raw weights."
            ),
            OptionSpec(
                "from", .resultNames,
                help:
                    "For model: an earlier training whose final parameters start this one, matched by role — its network weights and/or its cut values, whichever both models have (the i-th network array takes the other's i-th, of the same shape); the roles it lacks start as usual. Changing that training recomputes this one."
            ),
            OptionSpec(
                "freeze", .choice(ParameterRole.names),
                help:
                    "For model: hold the network's parameters (network) or the cut values (cuts) fixed; they receive no update, and the optimizer keeps no state for them, so they end bit for bit as they started (with from=, as the earlier training left them)."
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
            "<<train model model=\"cuts(sigmoid, init=(-4,-4)) * sigmoid(mlp(2,15,30,15,1))\" on=d4 loss=bce from=net freeze=network epochs=500 lr=0.01 as=tightened>>",
            "<<train cuts erf on=d1 loss=bce slope=1..64 schedule=geometric epochs=1000 lr=0.01 as=annealed>>",
            "<<train cuts sigmoid on=d3 init=scan restore=1 epochs=2000 as=restored>>",
            "<<train cuts hard on=d1 loss=ssb estimator=score noise=1..0.05 pairs=8 init=0 epochs=300 lr=0.05 as=stoch>>",
            "<<train cuts sigmoid on=ev_train select=\"pt > 40, abs(eta) < 2.0, 100 < mass < 150\" loss=asimov sigma_b=0.1 epochs=400 lr=0.05 validation=ev_test as=sel>>",
        ])

    /// Which options each form reads.
    static let optionUse: OptionUse.Table? = OptionUse.Table(
        shared: [
            "as", "on", "loss", "lr", "epochs", "on_nan", "validation", "sigma_b", "balance",
            "sweep",
        ],
        forms: [
            OptionUse.Form(
                name: "train model", matches: OptionUse.word("what", in: ["model"]),
                options: [
                    "model", "optimizer", "init", "seed", "seeds", "track", "from", "freeze",
                ],
                values: [
                    "optimizer": (
                        [OptimizerName.adam.rawValue], "model trainings use Adam; remove optimizer="
                    )
                ]),
            OptionUse.Form(
                name: "train cuts", matches: { _ in true },
                options: [
                    "optimizer", "init", "init_steps", "slope", "schedule", "track", "select",
                    "restore", "estimator", "noise", "pairs", "seed", "seeds",
                ], words: ["relaxation"]),
        ],
        conditions: [
            OptionUse.Condition(
                key: "slope",
                holds: { OptionUse.hasSlope($0.text("relaxation")) || isRange($0, "slope") },
                text: {
                    "is the slope of the sigmoid relaxation; it has no effect on \($0.text("relaxation") ?? "") cuts (a range slope=START..END anneals them)"
                }),
            OptionUse.Condition(
                key: "schedule", holds: { isRange($0, "slope") || isRange($0, "noise") },
                text: { _ in
                    "sets how a range slope=START..END or noise=START..END moves; give one, or remove schedule="
                }),
            OptionUse.Condition(
                key: "init_steps", holds: { $0.text("init") == "scan" },
                text: { _ in "is the number of scanned values per column of init=scan" }),
            OptionUse.Condition(
                key: "noise", holds: scoreEstimator,
                text: { _ in "is the perturbations' width of estimator=score" }),
            OptionUse.Condition(
                key: "pairs", holds: scoreEstimator,
                text: { _ in "is the perturbations drawn per epoch by estimator=score" }),
            OptionUse.Condition(
                key: "seed", holds: { $0.text("what") == "model" || scoreEstimator($0) },
                text: { _ in
                    "seeds a network's weights or the perturbations of estimator=score; cuts trained on their exact gradient draw nothing"
                }),
            OptionUse.Condition(
                key: "seeds", holds: { $0.text("what") == "model" || scoreEstimator($0) },
                text: { _ in
                    "sweeps the seed of a network's weights or of the perturbations of estimator=score; cuts trained on their exact gradient draw nothing (sweep the data set's seed instead: <<data … seeds=…>>)"
                }),
        ])

    /// Whether `key=` is a range START..END.
    static func isRange(_ item: ResolvedDirective, _ key: String) -> Bool {
        item.numbers(key)?.count == 2
    }

    /// Whether the training estimates a hard cut's gradient (`estimator=score`).
    static let scoreEstimator: @Sendable (ResolvedDirective) -> Bool = {
        $0.text("estimator") == "score"
    }
}
