/// The objective a training of a model minimises (or, for S/√B, maximises), picked in one place
/// from the model's expression and the loss, so that cuts written as `<<train cuts …>>` and as
/// the model expression `cuts(…)` train the same way.
///
/// | model             | loss                   | objective                                |
/// |-------------------|------------------------|------------------------------------------|
/// | `cuts(…)` alone   | `ssb` (one column)     | `CutLossObjective`: S/√B of the weights  |
/// | `cuts(…)` alone   | `seed`, `squares`, `bce` | `SelectionObjective`: the product weight |
/// | anything else     | `seed`, `squares`, `bce` | `ModelObjective`: the kernels            |
///
/// Cuts alone take the general `SelectionObjective`, not the fused `TwoCutSeedObjective` (which
/// agrees to `Float` rounding, not bit for bit), so that the published two-cut trainings keep
/// their values; `ModelTraining.fusedObjective` stays available to the benchmarks.
enum ModelTrainingObjective {
    case cutLoss(CutLossObjective)
    case selection(SelectionObjective)
    case kernels(ModelObjective)

    /// The objective of `model` on `data` against the loss `loss`.
    /// - Throws: `ModelError.columnCountMismatch` for data with other columns than the model;
    ///   `ModelError.lossDoesNotFitModel` for `ssb` on anything but one cut; the objectives'
    ///   own errors for empty or mismatched data.
    init(model: Model, data: Dataset, loss: LossName, executor: BlockExecutor) throws {
        guard data.columnCount == model.inputColumns else {
            throw ModelError.columnCountMismatch(model: model.inputColumns, data: data.columnCount)
        }
        try Self.check(loss, fits: model)
        switch (model.expression, loss.eventLoss, loss.cutLoss) {
        case (.cuts(let relaxation, _), nil, let cutLoss?):
            self = .cutLoss(
                try CutLossObjective(
                    loss: cutLoss, relaxation: relaxation, dataset: data,
                    column: data.columnNames[0]))
        case (.cuts(let relaxation, _), let eventLoss?, _):
            self = .selection(
                try SelectionObjective(
                    selection: SelectionCut(relaxation: relaxation, cutCount: model.inputColumns),
                    loss: eventLoss, columns: data.columns, truth: data.truth))
        case (_, let eventLoss?, _):
            self = .kernels(
                ModelObjective(
                    evaluator: try ModelEvaluator(
                        model: model, data: data, loss: eventLoss, executor: executor)))
        default:
            throw ModelError.lossDoesNotFitModel(loss: loss.rawValue, model: "\(model.expression)")
        }
    }

    /// Throws unless `loss` can train `model`: a loss without a per-event form (`ssb`) only
    /// trains one cut, `cuts(…)` alone on one column.
    /// - Throws: `ModelError.lossDoesNotFitModel`.
    static func check(_ loss: LossName, fits model: Model) throws {
        guard loss.eventLoss == nil else { return }
        guard case .cuts = model.expression, model.inputColumns == 1 else {
            throw ModelError.lossDoesNotFitModel(loss: loss.rawValue, model: "\(model.expression)")
        }
    }

    /// Trains with `trainer` from `start`, calling `onEpoch` after every epoch.
    func train(
        _ trainer: Trainer, from start: ParameterTree, onEpoch: @escaping (EpochReport) -> Void
    ) throws -> TrainingResult {
        switch self {
        case .cutLoss(var objective):
            return try trainer.train(&objective, from: start, onEpoch: onEpoch)
        case .selection(var objective):
            return try trainer.train(&objective, from: start, onEpoch: onEpoch)
        case .kernels(var objective):
            return try trainer.train(&objective, from: start, onEpoch: onEpoch)
        }
    }
}
