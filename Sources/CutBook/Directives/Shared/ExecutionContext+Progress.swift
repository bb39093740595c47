import CutEngine

extension ExecutionContext {
    /// Reports that `done` of `total` steps of this directive's work are finished (throttled by
    /// the reporter, cheap to call often).
    func progress(_ done: Int, of total: Int, unit: String) {
        progress.progress(id: id, done: done, of: total, unit: unit)
    }

    /// A `ScanProgress` for CutEngine's loops that reports as this directive's progress.
    func scanProgress(unit: String) -> ScanProgress {
        let reporter = progress
        let id = id
        return { done, total in reporter.progress(id: id, done: done, of: total, unit: unit) }
    }

    /// The result of a training: fails the build where the loss became NaN, unless
    /// `on_nan=keep`, which keeps the last good parameters and prints the warning.
    func checkNaN(
        _ result: TrainingResult, _ arguments: TrainDirective.Arguments,
        _ directive: ResolvedDirective
    ) throws {
        guard let stop = result.nanStop else { return }
        guard arguments.keepsLastGoodOnNaN else {
            throw ExecutionError(
                Messages.trainingNaN(
                    epoch: stop.epoch, lastLoss: stop.lastFiniteLoss.map(Double.init),
                    learningRate: arguments.learningRate))
        }
        for warning in result.warnings {
            progress.note("\(directive.directive.location): train warning: \(warning)")
        }
    }
}
