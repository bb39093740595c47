/// The verbs of the directive language: what a report writes after `<<`.
///
/// Every verb-specific decision in CutBook is a trait read from the verb's `DirectiveKind`
/// (its folder under `Directives/`), so adding a verb is one case here, its folder and one
/// line in `Verb.kind` (see `Directives/README.md`).
///
/// ```swift
/// Verb(rawValue: "train")?.showsProgress  // true
/// ```
enum Verb: String, CaseIterable, Sendable, Hashable, CustomStringConvertible {
    case data, train, scan, plot, table, value, log, assert, export, include, sweep

    /// The verb as written.
    var description: String { rawValue }

    /// Its declaration: words, options, defaults and help.
    var spec: DirectiveSpec { kind.spec }

    /// Whether a build reports its start and end (and the reporter its progress): the verbs
    /// that compute rather than read results.
    var showsProgress: Bool { kind.showsProgress }

    /// Whether its result appears on the page (it has a presenter); the others only make
    /// results for later directives.
    var isShown: Bool { kind.presenter != nil }

    /// Whether its results are kept in the result cache (a data set is drawn again instead).
    var isCached: Bool { kind.isCached }

    /// Whether a report may write it (`sweep` is the node the validator adds for a sweep).
    var isWritten: Bool { kind.isWritten }

    /// Whether it is a training (counted in build summaries, its data named in provenance).
    var isTraining: Bool { self == .train }

    /// The prefix of its labels in cross-references (`fig`, `tab`), when it is numbered.
    var labelPrefix: String? { kind.labelPrefix }

    /// A rough cost of running `item`, for scheduling the longest chains first.
    func schedulingCost(of item: ResolvedDirective) -> Int { kind.schedulingCost(of: item) }

    /// Whether running `item` keeps every core of the thread pool busy.
    func usesThreadPool(_ item: ResolvedDirective) -> Bool { kind.usesThreadPool(item) }

    /// The presenter of the verb's results; nil for verbs whose results are not shown.
    var presenter: (any DirectivePresenter.Type)? { kind.presenter }
}
