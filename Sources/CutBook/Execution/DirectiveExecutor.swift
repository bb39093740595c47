import Foundation

/// Runs one verb: turns a resolved directive and its inputs' results into a result.
///
/// Executors for the computing verbs (`data`, `train`, `scan`, `plot`) call CutEngine and
/// CutPlot; the others (`value`, `table`, `assert`, `log`) only read their inputs.
protocol DirectiveExecutor: Sendable {
    /// Computes the directive's result.
    func execute(_ directive: ResolvedDirective, inputs: ExecutionInputs, context: ExecutionContext)
        throws
        -> ResultValue
}

/// What an executor may use besides its inputs.
struct ExecutionContext: Sendable {
    /// The files the report may read: data files are found only through it.
    var files: ReportFiles
    /// The report folder.
    var reportDirectory: URL { files.directory }
    /// Where to report a training's progress.
    var progress: ProgressReporter
    /// The id of the directive being run.
    var id: String

    /// Reports one epoch of a training (thread-safe; throttled by the reporter).
    func epoch(_ epoch: Int, of total: Int, loss: Double) {
        progress.epoch(id: id, epoch: epoch, of: total, loss: loss)
    }
}

/// A failure while running a directive; the runner adds the directive's location.
struct ExecutionError: Error, Sendable {
    /// What went wrong.
    var message: String
    /// A more precise location than the directive's, when known.
    var location: SourceLocation?
    /// How to fix it.
    var hint: String?

    /// Creates an error.
    init(_ message: String, location: SourceLocation? = nil, hint: String? = nil) {
        self.message = message
        self.location = location
        self.hint = hint
    }
}

/// The executors by verb.
struct ExecutorSet: Sendable {
    /// The executors by verb.
    var executors: [Verb: any DirectiveExecutor]

    /// Creates a set.
    init(_ executors: [Verb: any DirectiveExecutor]) {
        self.executors = executors
    }

    /// The executors this build has: each verb's own (`Directives/<Verb>/`).
    static var standard: ExecutorSet {
        ExecutorSet(
            Dictionary(
                uniqueKeysWithValues: Verb.allCases.compactMap { verb in
                    verb.kind.executor.map { (verb, $0) }
                }))
    }
}
