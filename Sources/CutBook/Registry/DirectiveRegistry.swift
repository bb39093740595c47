import CutEngine

/// The single source of the directive reference: every verb with its words and options.
///
/// `cutbook directives` prints it and `docs/directives.md` is generated from it, so the
/// documentation cannot drift from what the validator accepts.
enum DirectiveRegistry {
    /// Every verb a report may write, in the order the reference lists them (the order of
    /// `Verb`).
    static let written: [Verb] = Verb.allCases.filter(\.isWritten)

    /// The verb a report writes as `name`, if there is one.
    static func verb(named name: String) -> Verb? {
        Verb(rawValue: name).flatMap { $0.isWritten ? $0 : nil }
    }

    /// Every verb, as written, in reference order.
    static var verbs: [String] { written.map(\.rawValue) }

    /// The relaxations of a hard cut the engine offers (CutEngine's `Relaxation.names`).
    static let relaxations = Relaxation.names
    /// The losses the engine offers (CutEngine's `LossName.names`; `seed` is the batch-softmax
    /// loss the seed used).
    static let losses = LossName.names
}
