import CutEngine

/// Which options (and words) each form of a verb actually reads: the one table that makes an
/// option without an effect an error instead of being silently ignored.
///
/// A verb's forms are tried in order and the first that matches the directive decides. Only
/// what the user wrote is checked (defaults are filled in by the validator and never count).
/// Options a form does not read are refused at their key, naming the forms that do read them;
/// options a form reads only in some settings (`slope=` with a sigmoid relaxation) or only
/// with some values (`optimizer=adam` for models) are refused with the reason.
enum OptionUse {
    /// One form of a verb, like `scan passing` or `plot hist`.
    struct Form: Sendable {
        /// How messages name it.
        let name: String
        /// Whether a directive is of this form.
        let matches: @Sendable (ResolvedDirective) -> Bool
        /// The options it reads, beyond the verb's shared ones.
        let options: Set<String>
        /// The words it reads beyond the first (the form-deciding) one.
        var words: Set<String> = []
        /// Options that take only some values in this form: the values and why.
        var values: [String: (allowed: [String], reason: String)] = [:]
    }

    /// An option read only when a condition holds (in every form that reads it).
    struct Condition: Sendable {
        /// The option.
        let key: String
        /// True when the option has an effect.
        let holds: @Sendable (ResolvedDirective) -> Bool
        /// The message when it does not, after `<<verb>> key=`.
        let text: @Sendable (ResolvedDirective) -> String
    }

    /// A verb's forms, its options every form reads, and its conditions.
    struct Table: Sendable {
        let shared: Set<String>
        let forms: [Form]
        var conditions: [Condition] = []
    }

    /// The problems of `item`: options and words it was given that its form does not read.
    static func check(_ item: ResolvedDirective) -> [Diagnostic] {
        guard let table = tables[item.verb],
            let form = table.forms.first(where: { $0.matches(item) })
        else { return [] }
        let directive = item.directive
        var problems: [Diagnostic] = []
        for (index, word) in directive.words.enumerated().dropFirst()
        where index < item.spec.words.count {
            let name = item.spec.words[index].name
            guard !form.words.contains(name) else { continue }
            let readers = table.forms.filter { $0.words.contains(name) }.map(\.name)
            problems.append(
                Messages.unusedWord(
                    name, value: word.text, form: form.name, readers: readers,
                    at: word.location, in: directive))
        }
        for option in directive.options {
            let key = option.key
            if table.shared.contains(key) { continue }
            guard form.options.contains(key) else {
                let readers = table.forms.filter { $0.options.contains(key) }.map(\.name)
                problems.append(
                    Messages.unusedOption(
                        key, form: form.name, readers: readers, at: option.keyLocation,
                        in: directive))
                continue
            }
            if let restriction = form.values[key], !restriction.allowed.contains(option.value) {
                problems.append(
                    Messages.restrictedValue(
                        key, value: option.value, form: form.name, allowed: restriction.allowed,
                        reason: restriction.reason, at: option.valueLocation, in: directive))
                continue
            }
            for condition in table.conditions where condition.key == key && !condition.holds(item) {
                problems.append(
                    Messages.requirement(
                        "\(key)= \(condition.text(item))", at: option.keyLocation, in: directive))
            }
        }
        return problems
    }

    static func quantity(_ name: String, frozen: Bool? = nil)
        -> @Sendable (ResolvedDirective) ->
        Bool
    {
        { item in
            item.text("quantity") == name
                && (frozen.map { $0 == !item.names("of").isEmpty } ?? true)
        }
    }

    /// Whether the relaxation called `name` has a slope (CutEngine's name table decides).
    static func hasSlope(_ name: String?) -> Bool {
        name.flatMap { Relaxation.named($0) }?.hasSlope ?? false
    }

    static func kind(_ name: String) -> @Sendable (ResolvedDirective) -> Bool {
        { $0.text("kind") == name }
    }

    static func word(_ key: String, in names: Set<String>) -> @Sendable (ResolvedDirective) -> Bool
    {
        { names.contains($0.text(key) ?? "") }
    }

    /// Every verb's table; verbs without one (value, log, assert, include) read all they take.
    static let tables: [Verb: Table] = [
        .data: dataTable, .train: trainTable, .scan: scanTable, .plot: plotTable,
        .table: tableTable,
    ]

    static let dataTable = Table(
        shared: ["as"],
        forms: [
            Form(
                name: "data sample", matches: word("source", in: ["sample"]),
                options: ["draws", "seed", "order"]),
            Form(
                name: "data csv", matches: word("source", in: ["csv"]),
                options: ["file", "columns", "truth"]),
            Form(
                name: "data npy", matches: word("source", in: ["npy"]),
                options: ["file", "columns"]),
            Form(name: "catalogue data (d1…d4, d1-ml)", matches: { _ in true }, options: ["seed"]),
        ])

    static let trainTable = Table(
        shared: ["as", "on", "loss", "lr", "epochs", "on_nan"],
        forms: [
            Form(
                name: "train model", matches: word("what", in: ["model"]),
                options: ["model", "optimizer", "init", "seed", "track"],
                values: [
                    "optimizer": (
                        [OptimizerName.adam.rawValue], "model trainings use Adam; remove optimizer="
                    )
                ]),
            Form(
                name: "train cuts", matches: { _ in true },
                options: ["optimizer", "init", "slope", "track"], words: ["relaxation"]),
        ],
        conditions: [
            Condition(
                key: "slope", holds: { hasSlope($0.text("relaxation")) },
                text: {
                    "is the slope of the sigmoid relaxation; it has no effect on \($0.text("relaxation") ?? "") cuts"
                })
        ])

    static let scanTable = Table(
        shared: ["as", "on", "from", "to", "steps"],
        forms: [
            Form(
                name: "scan loss with of=", matches: quantity("loss", frozen: true),
                options: ["of", "loss", "column"],
                values: [
                    "loss": (
                        EventLoss.allCases.map(\.name.rawValue),
                        "a frozen model's loss is one of the training losses; S/√B (ssb) is defined for a single cut's weights, so scan the cut without of= for it"
                    )
                ]),
            Form(
                name: "scan loss", matches: quantity("loss"),
                options: ["cut", "loss", "column", "slope"]),
            Form(
                name: "scan gradient", matches: quantity("gradient"),
                options: ["cut", "loss", "column", "slope"]),
            Form(
                name: "scan weight", matches: quantity("weight"),
                options: ["cut", "column", "slope"]),
            Form(name: "scan passing", matches: quantity("passing"), options: ["of", "column"]),
            Form(
                name: "scan window", matches: quantity("window"),
                options: ["cut", "loss", "column", "at", "slope"],
                values: [
                    "loss": (
                        [CutLoss.sumOfSquares.name.rawValue],
                        "the window scan computes the sum-of-squares gradient"
                    )
                ]),
            Form(
                name: "scan surface", matches: quantity("surface"),
                options: ["cut", "loss", "slope"]),
        ],
        conditions: [
            Condition(
                key: "slope", holds: { hasSlope($0.text("cut")) },
                text: {
                    "is the slope of the sigmoid relaxation; it needs cut=sigmoid, not cut=\($0.text("cut") ?? "")"
                })
        ])

    /// The options every plot with ordinary axes reads.
    static let axesOptions: Set<String> = [
        "of", "xlabel", "ylabel", "logy", "range", "vline", "hline",
    ]

    static let plotTable = Table(
        shared: ["caption", "label", "width", "height"],
        forms: [
            Form(
                name: "plot hist", matches: kind("hist"),
                options: axesOptions.union(["bins", "column"])),
            Form(
                name: "plot line", matches: kind("line"),
                options: axesOptions.union(["mark", "y", "labels"])),
            Form(name: "plot twin", matches: kind("twin"), options: axesOptions),
            Form(name: "plot cuts", matches: kind("cuts"), options: axesOptions),
            Form(
                name: "plot surface", matches: kind("surface"), options: ["of", "xlabel", "ylabel"]),
            Form(
                name: "plot contour", matches: kind("contour"),
                options: axesOptions.union(["bins", "levels"])),
            Form(
                name: "plot relaxation", matches: kind("relaxation"),
                options: axesOptions.subtracting(["of"]).union(["at", "relaxations", "derivative"])),
            Form(
                name: "plot scatter", matches: kind("scatter"),
                options: axesOptions.union(["rule", "threshold", "class"])),
            Form(
                name: "plot output", matches: kind("output"), options: axesOptions.union(["bins"])),
        ])

    static let tableTable = Table(
        shared: ["fmt", "caption", "label", "as"],
        forms: [
            Form(name: "table softmax", matches: kind("softmax"), options: ["a", "b"]),
            Form(name: "table result", matches: { _ in true }, options: ["of", "rows"]),
        ])
}
