/// The options several verbs declare, each declared here once: its key, kind, default and
/// role; a verb passes only the sentence that is particular to it.
extension OptionSpec {
    /// `as=` of a directive that makes one result.
    static let name = OptionSpec(
        "as", .newName, role: .input,
        help:
            "Names the result so other directives can use it with of= or on=; names are global in a report."
    )

    /// `as=` of a directive that makes one result or several (`as=ev_train,ev_test`).
    static let names = OptionSpec(
        "as", .newNames, role: .input,
        help:
            "Names the result (or, for a directive with several results, each of them, comma-separated) so other directives can use it with of= or on=; names are global in a report."
    )

    /// `caption=` of a numbered `what` (figure, table).
    static func caption(_ what: String) -> OptionSpec {
        OptionSpec(
            "caption", .text, role: .presentation,
            help: "The \(what)'s caption (Markdown and $math$ allowed).")
    }

    /// `label=` of a numbered block cited as `@prefix:label`.
    static func label(_ prefix: String) -> OptionSpec {
        OptionSpec(
            "label", .newName, role: .presentation,
            help: "A label to cite it in prose as @\(prefix):label; numbers it.")
    }

    /// `of=`: the result(s) the directive reads.
    static func of(required: Bool = false, _ help: String) -> OptionSpec {
        OptionSpec("of", .resultNames, required: required, help: help)
    }

    /// `on=`: the data set the directive works on.
    static func on(required: Bool = false, _ help: String) -> OptionSpec {
        OptionSpec("on", .resultNames, required: required, help: help)
    }

    /// `fmt=`: how the directive shows its numbers; without it integral values are written
    /// whole (`NumberFormat.of`), which the help says.
    static func fmt(_ defaultFormat: String, _ help: String) -> OptionSpec {
        OptionSpec(
            "fmt", .format, default: defaultFormat, role: .presentation,
            help: help
                + " Without fmt=, a whole number (an event count) is written as an integer, 40000 rather than 4e+04."
        )
    }

    /// `column=`: the data column the directive reads.
    static func column(_ help: String) -> OptionSpec {
        OptionSpec("column", .integer(0...63), default: "0", help: help)
    }

    /// `seed=`: a 32-bit seed, as numpy's RandomState takes.
    static func seed(_ help: String) -> OptionSpec {
        OptionSpec("seed", .integer(0...4_294_967_295), help: help)
    }

    /// `seeds=`: one member per seed (a sweep, `Registry/SweepAxis.swift`).
    static func seeds(_ what: String) -> OptionSpec {
        OptionSpec(
            "seeds", .text,
            help:
                "A sweep: one member per seed, a range A..B or a list (seeds=1..10, seeds=1,4,9), each \(what) exactly as with seed= and cached as such, named NAME[1], NAME[2], … (at most \(Limits.sweepMembers))."
        )
    }

    /// `slope=`: the slope of the sigmoid relaxation.
    static let slope = OptionSpec(
        "slope", .number(1e-9...1e9), default: "1", help: "The relaxation's slope k.")
}
