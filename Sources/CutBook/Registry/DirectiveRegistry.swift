import CutEngine

/// The single source of the directive reference: every verb with its words and options.
///
/// `cutbook directives` prints it and `docs/directives.md` is generated from it, so the
/// documentation cannot drift from what the validator accepts.
enum DirectiveRegistry {
    /// Every directive a report may write, in the order the reference lists them (the order
    /// of `Verb`).
    static let all: [DirectiveSpec] = Verb.allCases.filter(\.isWritten).map { $0.kind.spec }

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
}
