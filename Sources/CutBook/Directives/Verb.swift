/// The verbs of the directive language: what a report writes after `<<`.
///
/// Every verb-specific decision in CutBook is a switch over this enum or one of its traits
/// below, so adding a verb is one case here, its folder under `Directives/` and one line in
/// `Verb.kind` (see `Directives/README.md`).
///
/// ```swift
/// Verb(rawValue: "train")?.showsProgress  // true
/// ```
enum Verb: String, CaseIterable, Sendable, Hashable, CustomStringConvertible {
    case data, train, scan, plot, table, value, log, assert, include

    /// The verb as written.
    var description: String { rawValue }

    /// Whether a build reports its start and end (and the reporter its progress): the verbs
    /// that compute rather than read results.
    var showsProgress: Bool {
        switch self {
        case .data, .train, .scan, .plot: return true
        case .table, .value, .log, .assert, .include: return false
        }
    }

    /// Whether its result appears on the page; the others only make results for later
    /// directives.
    var isShown: Bool {
        switch self {
        case .data, .train, .scan, .include: return false
        case .plot, .table, .value, .log, .assert: return true
        }
    }

    /// Whether its results are kept in the result cache. A data set is not: it is cheap to
    /// draw again, so it is drawn (or read) only when something not cached reads it, and a
    /// study's count of cached results leaves it out.
    var isCached: Bool {
        switch self {
        case .data: return false
        case .train, .scan, .plot, .table, .value, .log, .assert, .include: return true
        }
    }

    /// Whether it is a training (counted in build summaries, its data named in provenance).
    var isTraining: Bool { self == .train }

    /// The prefix of the labels it numbers (`label=` cited as `@fig:label`), if it numbers
    /// its results.
    var labelPrefix: String? {
        switch self {
        case .plot: return "fig"
        case .table: return "tab"
        case .data, .train, .scan, .value, .log, .assert, .include: return nil
        }
    }

    /// The rough cost the runner schedules `item` by, so that the longest chains of work start
    /// first: a training's epochs; the other verbs cost nothing.
    func schedulingCost(of item: ResolvedDirective) -> Int {
        switch self {
        case .train: return item.integer("epochs") ?? 0
        case .data, .scan, .plot, .table, .value, .log, .assert, .include: return 0
        }
    }
}
