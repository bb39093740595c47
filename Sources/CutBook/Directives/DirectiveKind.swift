/// Everything particular to one verb, kept in its folder `Directives/<Verb>/`: its declaration,
/// which options each of its forms reads, its typed arguments and its executor.
protocol DirectiveKind {
    /// The words, options, defaults and help (the reference is generated from it).
    static var spec: DirectiveSpec { get }
    /// Which options each form reads; nil (the default) when every form reads all the verb
    /// takes.
    static var optionUse: OptionUse.Table? { get }
    /// The executor of the standard build; nil for `include`, which the loader expands before
    /// anything is validated.
    static var executor: (any DirectiveExecutor)? { get }
    /// How its results are shown; nil (the default) when they only feed later directives.
    static var presenter: (any DirectivePresenter.Type)? { get }
    /// Whether a build reports its start, end and progress (default: no).
    static var showsProgress: Bool { get }
    /// Whether its results are kept in the result cache (default: yes). A data set is not: it
    /// is cheap to draw again, so it is drawn (or read) only when something not cached reads it.
    static var isCached: Bool { get }
    /// The prefix of its labels in cross-references (`fig`, `tab`); nil when not numbered.
    static var labelPrefix: String? { get }
    /// Whether a report may write it (default: yes); the reference lists only these.
    static var isWritten: Bool { get }
    /// A rough cost of running `item`, for scheduling the longest chains first (default 0).
    static func schedulingCost(of item: ResolvedDirective) -> Int
    /// Whether running `item` itself keeps every core of CutEngine's thread pool busy (a
    /// network's training; default: no). The runner never runs two such directives at once,
    /// nor one beside other work; see `Runner`.
    static func usesThreadPool(_ item: ResolvedDirective) -> Bool
    /// A mark of a change in what the verb computes for `item` from the same written form,
    /// hashed into the cache key so that entries written before the change are not trusted
    /// (default nil: the key is the written form's alone). `upstream` gives every directive
    /// whose result `item` reads, directly or through others.
    static func resultRevision(
        of item: ResolvedDirective, upstream: () -> [ResolvedDirective]
    ) -> String?
}

extension DirectiveKind {
    static var optionUse: OptionUse.Table? { nil }
    static var presenter: (any DirectivePresenter.Type)? { nil }
    static var showsProgress: Bool { false }
    static var isCached: Bool { true }
    static var labelPrefix: String? { nil }
    static var isWritten: Bool { true }
    static func schedulingCost(of item: ResolvedDirective) -> Int { 0 }
    static func usesThreadPool(_ item: ResolvedDirective) -> Bool { false }
    static func resultRevision(
        of item: ResolvedDirective, upstream: () -> [ResolvedDirective]
    ) -> String? { nil }

    /// The decoded words and options: the `Arguments` of the verb's `ArgumentsExecutor`; nil
    /// for `include`.
    static var argumentsType: (any DirectiveArguments.Type)? {
        guard let executor = executor as? any ArgumentsExecutor else { return nil }
        return argumentsType(of: executor)
    }

    private static func argumentsType<Executor: ArgumentsExecutor>(of _: Executor)
        -> any DirectiveArguments.Type
    {
        Executor.Arguments.self
    }
}

extension Verb {
    /// The verb's directive kind: the one list from a verb to its folder.
    var kind: any DirectiveKind.Type {
        switch self {
        case .data: return DataDirective.self
        case .train: return TrainDirective.self
        case .scan: return ScanDirective.self
        case .plot: return PlotDirective.self
        case .table: return TableDirective.self
        case .value: return ValueDirective.self
        case .log: return LogDirective.self
        case .assert: return AssertDirective.self
        case .export: return ExportDirective.self
        case .include: return IncludeDirective.self
        case .sweep: return SweepDirective.self
        }
    }
}
