/// `<<plot KIND of=…>>`: a numbered figure drawn with CutPlot.
///
/// Its declaration (words, options, defaults and help: the reference is generated from it)
/// and which options each of its forms reads.
enum PlotDirective: DirectiveKind {
    static let showsProgress = true
    static let labelPrefix: String? = "fig"
    static var presenter: (any DirectivePresenter.Type)? { PlotPresentation.self }
    static var executor: (any DirectiveExecutor)? { PlotExecutor() }

    /// The figure kinds `plot` draws.
    static let kinds = [
        "hist", "line", "twin", "surface", "contour", "heatmap", "scatter", "output",
        "relaxation", "cuts",
    ]

    /// The declaration.
    static let spec = DirectiveSpec(
        summary:
            "Draws a figure of one or more results with CutPlot: a numbered figure with PNG, SVG and PDF files.",
        placement: .block, produces: "figure",
        words: [
            WordSpec(
                "kind", .choice(kinds),
                help:
                    "hist: histograms of a data set; line: a scan or training curve (a sweep's: a band, band=); twin: loss and cut against iteration; surface: 3D loss surface; contour: 2D histogram contours with cuts; heatmap: a grid scan of two cuts as coloured cells, with the paths of trainings (of=grid,training…, track=true) over it; scatter: events classified right or wrong; output: network output histograms; relaxation: weight against x; cuts: cut values against epoch (of= one or more trainings with track=true). hist, contour and output sum event weights when the data set has them."
            )
        ],
        options: [
            .of(
                "The result(s) to draw, comma-separated; scatter and output take a model training and its data set (of=fit,d4)."
            ),
            .caption("figure"), .label("fig"),
            OptionSpec("bins", .integer(1...10_000), default: "100", help: "Histogram bins."),
            OptionSpec(
                "style", .choice(["filled", "step"]), default: "filled",
                help:
                    "hist and output: filled areas, or step outlines that leave the other class visible."
            ),
            OptionSpec(
                "alpha", .number(0...1), default: "1",
                help:
                    "hist and output: the opacity of each class's fill (filled) or outline (step), from 0 (invisible) to 1."
            ),
            OptionSpec(
                "density", .flag, default: "false",
                help:
                    "hist and output: normalise each class to unit area (its weighted counts divided by its total times the bin width), to compare shapes."
            ),
            OptionSpec(
                "range", .numbers(count: 2...2), help: "The x range lo,hi (default: from the data)."
            ),
            OptionSpec("logy", .flag, default: "false", help: "A logarithmic y axis."),
            OptionSpec(
                "mark", .choice(["none", "max", "min"]), default: "none",
                help:
                    "line and twin: a vertical line at the maximum or minimum of the first curve (twin: of the loss), labelled with its value; heatmap: a cross on the grid's largest or smallest cell."
            ),
            OptionSpec(
                "vline", .numbersOrFields(count: 1...16),
                help:
                    "Vertical reference lines at these x: numbers or fields of results (vline=erf_ssb.argmax)."
            ),
            OptionSpec(
                "hline", .numbersOrFields(count: 1...16),
                help: "Horizontal reference lines at these y: numbers or fields of results."),
            OptionSpec(
                "y", .text,
                help:
                    "Which column of a scan to draw (e.g. signal); gradient2 draws the gradient squared."
            ),
            .column("The data column (hist) to draw."),
            OptionSpec(
                "labels", .text, role: .presentation,
                help:
                    "Legend labels for the curves of of=, comma-separated (default: the result names)."
            ),
            OptionSpec(
                "levels", .numbers(count: 1...32),
                help:
                    "contour: levels in counts per bin (default: 1, 5, 10, 25, 50, 70, 80 and 100 % of the highest bin)."
            ),
            OptionSpec(
                "at", .number(-1e12...1e12), default: "0", help: "relaxation: the cut value."),
            OptionSpec(
                "relaxations", .choices(DirectiveRegistry.relaxations), default: "hard,erf,sigmoid",
                help: "relaxation: which relaxations to draw."),
            OptionSpec(
                "derivative", .flag, default: "false", help: "relaxation: draw ∂w/∂c instead of w."),
            OptionSpec(
                "rule", .choice(["sigmoid", "output"]), default: "sigmoid",
                help:
                    "scatter: the decision rule, signal when sigmoid(o) > threshold (sigmoid) or when the raw output o > threshold (output, for a model whose output is already squashed)."
            ),
            OptionSpec(
                "threshold", .number(-1e12...1e12), default: "0.5",
                help: "scatter: the threshold of the decision rule."),
            OptionSpec(
                "class", .choice(["both", "signal", "background"]), default: "both",
                help:
                    "scatter: which true class to draw: both (two panels), or only signal or background events (one panel)."
            ),
            OptionSpec(
                "band", .choice(["std", "range", "none"]),
                help:
                    "line of a sweep (of=s): its members' loss curves as their mean with a band of ± one sample standard deviation (std, n−1, the default), their mean with a band from the smallest to the largest (range), or every member's curve (none)."
            ),
            OptionSpec("xlabel", .text, help: "The x axis label (TeX math in $…$ allowed)."),
            OptionSpec("ylabel", .text, help: "The y axis label (TeX math in $…$ allowed)."),
            OptionSpec(
                "width", .number(2...30), default: "6.4", help: "The figure width in inches."),
            OptionSpec(
                "height", .number(2...30), default: "4.8", help: "The figure height in inches."),
        ],
        examples: [
            "<<plot line of=brute mark=max caption=\"S/√B for a hard cut\" label=brute>>",
            "<<plot hist of=d1 bins=100 range=-10,10>>",
            "<<plot hist of=ev column=2 bins=40 style=step density=true>>",
            "<<plot relaxation at=0 range=-5,5 relaxations=hard,erf,sigmoid>>",
            "<<plot scatter of=fit,d4 caption=\"Classified right (green) or wrong (red)\">>",
            "<<plot line of=s band=range caption=\"Ten seeds: mean and min–max\">>",
        ])

    /// The options every plot with ordinary axes reads.
    static let axesOptions: Set<String> = [
        "of", "xlabel", "ylabel", "logy", "range", "vline", "hline",
    ]

    /// The options of a histogram's look (hist and output).
    static let histogramOptions: Set<String> = ["bins", "style", "alpha", "density"]

    /// Which options each form reads.
    static let optionUse: OptionUse.Table? = OptionUse.Table(
        shared: ["caption", "label", "width", "height"],
        forms: [
            OptionUse.Form(
                name: "plot hist", matches: OptionUse.kind("hist"),
                options: axesOptions.union(histogramOptions).union(["column"])),
            OptionUse.Form(
                name: "plot line", matches: OptionUse.kind("line"),
                options: axesOptions.union(["mark", "y", "labels", "band"])),
            OptionUse.Form(
                name: "plot twin", matches: OptionUse.kind("twin"),
                options: axesOptions.union(["mark"])),
            OptionUse.Form(
                name: "plot cuts", matches: OptionUse.kind("cuts"),
                options: axesOptions.union(["labels"])),
            OptionUse.Form(
                name: "plot surface", matches: OptionUse.kind("surface"),
                options: ["of", "xlabel", "ylabel"]),
            OptionUse.Form(
                name: "plot contour", matches: OptionUse.kind("contour"),
                options: axesOptions.union(["bins", "levels"])),
            OptionUse.Form(
                name: "plot heatmap", matches: OptionUse.kind("heatmap"),
                options: ["of", "xlabel", "ylabel", "mark", "labels"]),
            OptionUse.Form(
                name: "plot relaxation", matches: OptionUse.kind("relaxation"),
                options: axesOptions.subtracting(["of"]).union(["at", "relaxations", "derivative"])),
            OptionUse.Form(
                name: "plot scatter", matches: OptionUse.kind("scatter"),
                options: axesOptions.union(["rule", "threshold", "class"])),
            OptionUse.Form(
                name: "plot output", matches: OptionUse.kind("output"),
                options: axesOptions.union(histogramOptions)),
        ])
}
