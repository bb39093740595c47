import CutEngine

extension DirectiveRegistry {
    /// The sources `data` reads from.
    public static let dataSources = ["d1", "d2", "d1-ml", "d3", "d4", "sample", "csv", "npy"]

    static let dataSpec = DirectiveSpec(
        verb: .data,
        summary:
            "Makes a data set: samples drawn from a seeded numpy-compatible stream, or a CSV or .npy file.",
        placement: .block, produces: "dataset",
        words: [
            WordSpec(
                "source", .choice(dataSources),
                help:
                    "d1, d2, d1-ml, d3, d4: the catalogue's recipes (studies 1–7); sample: the draws= you list; csv and npy read file=."
            )
        ],
        options: [
            name,
            OptionSpec(
                "seed", .integer(0...4_294_967_295),
                help: "The stream's seed; defaults to report.yml's defaults.seed."),
            OptionSpec(
                "draws", .text,
                help:
                    "For sample: the draws in stream order, separated by ';', each role:dist xN with role signal, background or skip and dist normal(mu,sigma) or mvn(mx,my;cxx,cxy,cyx,cyy), e.g. \"signal:normal(5,1)x1000; background:normal(0,4)x10000\"."
            ),
            OptionSpec(
                "order", .choice(["signal-first", "background-first"]), default: "signal-first",
                help: "Which class comes first in the data set."),
            OptionSpec("file", .file, help: "The CSV or .npy file (csv and npy sources)."),
            OptionSpec(
                "columns", .text,
                help:
                    "The feature columns to read from a CSV file, comma-separated (default: all but truth)."
            ),
            OptionSpec(
                "truth", .text, default: "truth",
                help:
                    "The CSV column holding 1 for signal, 0 for background (in a .npy array the last column is the truth)."
            ),
        ],
        examples: [
            "<<data d1 as=d1 seed=19680801>>",
            "<<data sample as=toy seed=1 draws=\"signal:normal(5,1)x1000; background:normal(0,4)x10000\">>",
            "<<data csv file=events.csv columns=x,y truth=label as=events>>",
        ])

    static let trainSpec = DirectiveSpec(
        verb: .train,
        summary:
            "Trains cuts or any model expression on a data set and records the training history.",
        placement: .block, produces: "training",
        words: [
            WordSpec(
                "what", .choice(["cuts", "model"]),
                help: "cuts trains one cut per column; model trains model=."),
            WordSpec(
                "relaxation", .choice(relaxations), default: Relaxation.sigmoid().name,
                help: "For cuts: how the hard cut is relaxed."),
        ],
        options: [
            name,
            OptionSpec("on", .resultNames, required: true, help: "The data set to train on."),
            OptionSpec(
                "model", .text,
                help: "A model expression, e.g. \"cuts(sigmoid) * sigmoid(mlp(2,15,30,15,1))\"."),
            OptionSpec(
                "loss", .choice(losses), default: LossName.seed.rawValue,
                help:
                    "seed: the seed's batch softmax loss; squares: Σ(w − truth)²; bce: mean binary cross-entropy; ssb: S/√B, maximised by gradient ascent (one cut)."
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
            OptionSpec(
                "slope", .number(1e-9...1e9), default: "1", help: "The relaxation's slope k."),
            OptionSpec(
                "seed", .integer(0...4_294_967_295),
                help:
                    "Seed of the network's initial weights; defaults to report.yml's defaults.seed."
            ),
            OptionSpec(
                "track", .flag, default: "false", help: "Record the cut values after every epoch."),
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
        ])

    static let scanSpec = DirectiveSpec(
        verb: .scan,
        summary:
            "Evaluates a quantity against cut values: a loss, its gradient, the average weight, a frozen model's loss or passing count, or a masked-window gradient.",
        placement: .block, produces: "scan",
        words: [
            WordSpec(
                "quantity",
                .choice(["loss", "gradient", "weight", "passing", "window", "surface"]),
                help:
                    "loss or gradient of loss=; weight: average weight per class; passing: events a frozen model passes; window: the sum-of-squares gradient at the cut at= using only events with |x − at| < h, for h from from= to to=; surface: loss over a grid of two cuts."
            )
        ],
        options: [
            name,
            OptionSpec("on", .resultNames, required: true, help: "The data set."),
            OptionSpec(
                "of", .resultNames,
                help:
                    "A trained model, frozen; loss and passing then vary its cut number column= over from…to."
            ),
            OptionSpec(
                "cut", .choice(relaxations), default: Relaxation.hard.name,
                help: "The relaxation of the scanned cut."),
            OptionSpec(
                "loss", .choice(losses), default: LossName.ssb.rawValue,
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
            OptionSpec(
                "column", .integer(0...63), default: "0", help: "The column whose cut is scanned."),
            OptionSpec(
                "at", .number(-1e12...1e12), default: "0", help: "The cut value of a window scan."),
            OptionSpec(
                "slope", .number(1e-9...1e9), default: "1", help: "The relaxation's slope k."),
        ],
        examples: [
            "<<scan loss cut=hard loss=ssb on=d1 from=-10 to=10 steps=100 as=brute>>",
            "<<scan passing of=fit on=d4 from=-60 to=60 steps=100 as=passing>>",
            "<<scan window cut=erf loss=squares on=ml at=0 from=1 to=4 steps=40 as=window>>",
        ])
}
