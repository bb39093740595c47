import CutEngine

/// The single source of the directive reference: every verb with its words and options.
///
/// `cutbook directives` prints it and `docs/directives.md` is generated from it, so the
/// documentation cannot drift from what the validator accepts.
enum DirectiveRegistry {
    /// Every directive, in the order the reference lists them (the order of `Verb`).
    static let all: [DirectiveSpec] = Verb.allCases.map { $0.kind.spec }

    /// The specification of `verb`, if there is one.
    static func spec(for verb: String) -> DirectiveSpec? {
        all.first { $0.verb.rawValue == verb }
    }

    /// Every verb, in reference order.
    static var verbs: [String] { all.map(\.verb.rawValue) }

    /// The relaxations of a hard cut the engine offers (CutEngine's `Relaxation.names`).
    static let relaxations = Relaxation.names
    /// The losses the engine offers (CutEngine's `LossName.names`; `seed` is the batch-softmax
    /// loss the seed used).
    static let losses = LossName.names

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

    static func caption(_ what: String) -> OptionSpec {
        OptionSpec(
            "caption", .text, role: .presentation,
            help: "The \(what)'s caption (Markdown and $math$ allowed).")
    }

    static func label(_ prefix: String) -> OptionSpec {
        OptionSpec(
            "label", .newName, role: .presentation,
            help: "A label to cite it in prose as @\(prefix):label; numbers it.")
    }
}
