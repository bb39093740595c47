extension DirectiveRegistry {
    /// The figure kinds `plot` draws.
    public static let figureKinds = [
        "hist", "line", "twin", "surface", "contour", "scatter", "output", "relaxation", "cuts",
    ]

    static let plotSpec = DirectiveSpec(
        verb: .plot,
        summary:
            "Draws a figure of one or more results with CutPlot: a numbered figure with PNG, SVG and PDF files.",
        placement: .block, produces: "figure",
        words: [
            WordSpec(
                "kind", .choice(figureKinds),
                help:
                    "hist: histograms of a data set; line: a scan or training curve; twin: loss and cut against iteration; surface: 3D loss surface; contour: 2D histogram contours with cuts; scatter: events classified right or wrong; output: network output histograms; relaxation: weight against x; cuts: cut values against epoch."
            )
        ],
        options: [
            OptionSpec(
                "of", .resultNames,
                help:
                    "The result(s) to draw, comma-separated; scatter and output take a model training and its data set (of=fit,d4)."
            ),
            caption("figure"), label("fig"),
            OptionSpec("bins", .integer(1...10_000), default: "100", help: "Histogram bins."),
            OptionSpec(
                "range", .numbers(count: 2...2), help: "The x range lo,hi (default: from the data)."
            ),
            OptionSpec("logy", .flag, default: "false", help: "A logarithmic y axis."),
            OptionSpec(
                "mark", .choice(["none", "max", "min"]), default: "none",
                help: "A vertical line at the curve's maximum or minimum, labelled with its value."),
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
            OptionSpec(
                "column", .integer(0...63), default: "0", help: "The data column (hist) to draw."),
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
                "relaxations", .choices(relaxations), default: "hard,erf,sigmoid",
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
            "<<plot relaxation at=0 range=-5,5 relaxations=hard,erf,sigmoid>>",
            "<<plot scatter of=fit,d4 caption=\"Classified right (green) or wrong (red)\">>",
        ])

    static let tableSpec = DirectiveSpec(
        verb: .table,
        summary: "Shows a result as a numbered table, or computes a softmax comparison table.",
        placement: .block, produces: "table",
        words: [
            WordSpec(
                "kind", .choice(["result", "softmax"]), default: "result",
                help:
                    "result shows of=; softmax compares softmax(a) with softmax(b): columns i, a, softmax(a), b, softmax(b) and softmax(a) − softmax(b), the last also readable as the field difference (shift.difference[0])."
            )
        ],
        options: [
            OptionSpec("of", .resultNames, help: "The result to show (kind result)."),
            OptionSpec(
                "rows", .choice(["all", "ends"]), default: "all",
                help: "all rows, or ends: the first and last five."),
            OptionSpec(
                "fmt", .format, default: ".4g", role: .presentation, help: "How numbers are shown."),
            OptionSpec("a", .numbers(count: 1...64), help: "softmax: the first vector."),
            OptionSpec(
                "b", .numbers(count: 1...64), help: "softmax: the second vector, same length."),
            caption("table"), label("tab"), name,
        ],
        examples: [
            "<<table of=grad rows=ends fmt=.4e caption=\"Gradient at the ends\">>",
            "<<table softmax a=1,2,3,4 b=0,2,3,4 as=shift>>",
        ])

    static let valueSpec = DirectiveSpec(
        verb: .value,
        summary: "Writes one number of a result into the prose.",
        placement: .inline, produces: "text",
        words: [
            WordSpec(
                "field", .field, help: "The result and field, e.g. brute.argmax or fit.cuts[1].")
        ],
        options: [
            OptionSpec(
                "fmt", .format, default: ".4g", role: .presentation,
                help: "How the number is shown.")
        ],
        examples: ["The best cut is <<value brute.argmax fmt=.3f>>."])

    static let logSpec = DirectiveSpec(
        verb: .log,
        summary:
            "Shows a training's log: the loss at the logged epochs, the final parameters and the time taken.",
        placement: .block, produces: "log block",
        words: [],
        options: [
            OptionSpec("of", .resultNames, required: true, help: "The training."),
            OptionSpec(
                "fmt", .format, default: ".6g", role: .presentation, help: "How losses are shown."),
        ],
        examples: ["<<log of=sig2d>>"])

    static let assertSpec = DirectiveSpec(
        verb: .assert,
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
            OptionSpec(
                "fmt", .format, default: ".6g", role: .presentation,
                help: "How the values are shown."),
        ],
        examples: ["<<assert brute.argmax expect=3.737 tol=0.001>>"])
}
