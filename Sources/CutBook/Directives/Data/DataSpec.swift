/// `<<data SOURCE …>>`: a data set drawn from a seeded stream or read from a CSV or .npy file.
///
/// Its declaration (words, options, defaults and help: the reference is generated from it)
/// and which options each of its forms reads.
enum DataDirective: DirectiveKind {
    static let showsProgress = true
    static let isCached = false
    static var executor: (any DirectiveExecutor)? { DataExecutor() }

    /// The sources `data` reads from.
    static let sources = ["d1", "d2", "d1-ml", "d3", "d4", "sample", "csv", "npy", "split"]

    /// The declaration.
    static let spec = DirectiveSpec(
        summary:
            "Makes a data set: samples drawn from a seeded numpy-compatible stream, or a CSV or .npy file.",
        placement: .block, produces: "dataset",
        words: [
            WordSpec(
                "source", .choice(sources),
                help:
                    "d1, d2, d1-ml, d3, d4: the catalogue's recipes (studies 1–7); sample: the draws= you list; csv and npy read file=; split divides of= into two data sets (as=first,second)."
            )
        ],
        options: [
            .names,
            .seed(
                "The stream's seed (for split: of the shuffle); defaults to report.yml's defaults.seed."
            ),
            .seeds(
                "member the data set drawn with that seed=; a <<train … on=NAME>> then trains one member on each"
            ),
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
            OptionSpec(
                "weight", .text,
                help:
                    "The column holding each event's weight (it does not become a feature); training losses and scans of trained models sum events with it (cut scans and histograms refuse weighted data for now). Default: every event counts 1."
            ),
            .of("For split: the data set to split."),
            OptionSpec(
                "fraction", .number(1e-9...0.999_999_999),
                help:
                    "For split: the first part's share of each class (stratified): the signal and the background events are each shuffled with seed= and the first round(fraction × n) go to the first part."
            ),
        ],
        examples: [
            "<<data d1 as=d1 seed=19680801>>",
            "<<data sample as=toy seed=1 draws=\"signal:normal(5,1)x1000; background:normal(0,4)x10000\">>",
            "<<data csv file=events.csv columns=x,y truth=label as=events>>",
            "<<data csv file=events.csv columns=pt,eta,mass truth=label weight=w as=ev>>",
            "<<data split of=ev fraction=0.7 seed=5 as=ev_train,ev_test>>",
        ])

    /// Which options each form reads.
    static let optionUse: OptionUse.Table? = OptionUse.Table(
        shared: ["as"],
        forms: [
            OptionUse.Form(
                name: "data sample", matches: OptionUse.word("source", in: ["sample"]),
                options: ["draws", "seed", "seeds", "order"]),
            OptionUse.Form(
                name: "data csv", matches: OptionUse.word("source", in: ["csv"]),
                options: ["file", "columns", "truth", "weight"]),
            OptionUse.Form(
                name: "data npy", matches: OptionUse.word("source", in: ["npy"]),
                options: ["file", "columns", "weight"]),
            OptionUse.Form(
                name: "data split", matches: OptionUse.word("source", in: ["split"]),
                options: ["of", "fraction", "seed"]),
            OptionUse.Form(
                name: "catalogue data (d1…d4, d1-ml)", matches: { _ in true },
                options: ["seed", "seeds"]),
        ])
}
