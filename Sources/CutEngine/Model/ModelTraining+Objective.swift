/// The objective a training of a model minimises (or, for S/√B and Z_A, maximises), picked in
/// one place from the model's expression, the loss and the data, so that cuts written as
/// `<<train cuts …>>` and as the model expression `cuts(…)` train the same way.
///
/// | model                 | loss, data                          | objective                         |
/// |-----------------------|-------------------------------------|-----------------------------------|
/// | `cuts(…)` alone       | `ssb` on one column, unweighted     | `CutLossObjective`: S/√B          |
/// | `cuts(…)` alone       | `seed`, `squares`, `bce`, unweighted | `SelectionObjective`             |
/// | `cuts(…)` alone       | otherwise (Z_A, several cuts, weights) | `ComparisonObjective` of `x > c` per column |
/// | `cuts(…, '…')` alone  | any                                 | `ComparisonObjective`             |
/// | anything else         | `seed`, `squares`, `bce`            | `ModelObjective`: the kernels     |
///
/// Cuts alone take the general `SelectionObjective`, not the fused `TwoCutSeedObjective` (which
/// agrees to `Float` rounding, not bit for bit), so that the published two-cut trainings keep
/// their values; `ModelTraining.fusedObjective` stays available to the benchmarks. A
/// `cuts(relaxation, init=…)` term read as comparisons is `column > start` per column with
/// width 1/slope (1 for other relaxations): the same relaxed weights, to `Float` rounding.
enum ModelTrainingObjective {
    case cutLoss(CutLossObjective)
    case selection(SelectionObjective)
    case comparisons(ComparisonObjective)
    case kernels(ModelObjective)

    /// The objective of `model` on `data` against the loss `loss`.
    /// - Parameter relativeUncertainty: Z_A's relative background uncertainty (`asimov`).
    /// - Throws: `ModelError.columnCountMismatch` for data with other columns than the model;
    ///   `ModelError.lossDoesNotFitModel` for `ssb` or `asimov` on anything but cuts alone; the
    ///   objectives' own errors for empty or mismatched data.
    init(
        model: Model, data: Dataset, loss: LossName, relativeUncertainty: Double = 0,
        executor: BlockExecutor
    ) throws {
        guard data.columnCount == model.inputColumns else {
            throw ModelError.columnCountMismatch(model: model.inputColumns, data: data.columnCount)
        }
        try Self.check(loss, fits: model)
        let selectionLoss = SelectionLoss.named(loss, relativeUncertainty: relativeUncertainty)
        switch (model.expression, loss.eventLoss, loss.cutLoss) {
        case (.select(let relaxation, let selection), _, _):
            self = .comparisons(
                try ComparisonObjective(
                    selection: selection, relaxation: relaxation, loss: selectionLoss!, data: data))
        case (.cuts(let relaxation, _), nil, let cutLoss?)
        where data.columnCount == 1 && !data.isWeighted:
            self = .cutLoss(
                try CutLossObjective(
                    loss: cutLoss, relaxation: relaxation, dataset: data,
                    column: data.columnNames[0]))
        case (.cuts(let relaxation, _), let eventLoss?, _) where !data.isWeighted:
            self = .selection(
                try SelectionObjective(
                    selection: SelectionCut(relaxation: relaxation, cutCount: model.inputColumns),
                    loss: eventLoss, columns: data.columns, truth: data.truth))
        case (.cuts(let relaxation, let start), _, _):
            let (base, selection) = try Self.comparisons(
                relaxation, start: start, columns: data.columnNames)
            self = .comparisons(
                try ComparisonObjective(
                    selection: selection, relaxation: base, loss: selectionLoss!, data: data))
        case (_, let eventLoss?, _):
            self = .kernels(
                ModelObjective(
                    evaluator: try ModelEvaluator(
                        model: model, data: data, loss: eventLoss, executor: executor)))
        default:
            throw ModelError.lossDoesNotFitModel(loss: loss.rawValue, model: "\(model.expression)")
        }
    }

    /// `cuts(relaxation, init=…)` as comparisons `column > start ~ 1/slope`, with the
    /// relaxation at slope 1.
    static func comparisons(_ relaxation: Relaxation, start: CutStart, columns: [String]) throws
        -> (Relaxation, CutSpec)
    {
        let values = try start.values(columns: columns.count)
        var base = relaxation
        var width: Float = 1
        if case .sigmoid(let slope) = relaxation {
            base = .sigmoid()
            width = 1 / slope
        }
        let selection = try CutSpec(
            zip(columns, values).map {
                Comparison(column: $0.0, op: .greater, values: [$0.1], width: width)
            })
        return (base, selection)
    }

    /// Throws unless `loss` can train `model`: a loss without a per-event form (`ssb`,
    /// `asimov`) trains cuts alone.
    /// - Throws: `ModelError.lossDoesNotFitModel`.
    static func check(_ loss: LossName, fits model: Model) throws {
        guard loss.eventLoss == nil else { return }
        switch model.expression {
        case .cuts, .select: return
        default:
            throw ModelError.lossDoesNotFitModel(loss: loss.rawValue, model: "\(model.expression)")
        }
    }

    /// The loss at `parameters` (the gradient is computed and dropped): a validation loss.
    mutating func loss(at parameters: ParameterTree) throws -> Float {
        var gradient = parameters.zeros()
        switch self {
        case .cutLoss(var objective):
            defer { self = .cutLoss(objective) }
            return try objective.lossAndGradient(at: parameters, gradient: &gradient)
        case .selection(var objective):
            defer { self = .selection(objective) }
            return try objective.lossAndGradient(at: parameters, gradient: &gradient)
        case .comparisons(var objective):
            defer { self = .comparisons(objective) }
            return try objective.lossAndGradient(at: parameters, gradient: &gradient)
        case .kernels(let objective):
            return Float(try objective.evaluator.lossValue(parameters))
        }
    }

    /// Throws unless `adjustments` apply to `model`: each needs cuts alone, one per column
    /// (`cuts(…)`, not a selection of comparisons); annealing a relaxed one, the stochastic
    /// gradient hard ones.
    /// - Throws: `EngineError.unsupportedAdjustment`.
    static func check(_ adjustments: TrainingAdjustments, fits model: Model) throws {
        guard adjustments != .none else { return }
        let text = "model \(model.expression)"
        guard case .cuts(let relaxation, _) = model.expression else {
            throw EngineError.unsupportedAdjustment(
                what: "annealing, a restoring term or a stochastic gradient", model: text,
                fix: "they train cuts alone, one per column (cuts(…))")
        }
        if adjustments.sharpness != nil, relaxation == .hard {
            throw EngineError.unsupportedAdjustment(
                what: "a slope schedule", model: text,
                fix: "a hard cut has no slope; anneal erf, sigmoid or balanced cuts")
        }
        if adjustments.stochastic != nil, relaxation != .hard {
            throw EngineError.unsupportedAdjustment(
                what: "a stochastic gradient", model: text,
                fix: "it estimates the gradient of hard cuts; use cuts(hard)")
        }
        if adjustments.stochastic != nil, adjustments.sharpness != nil {
            throw EngineError.unsupportedAdjustment(
                what: "a slope schedule", model: text,
                fix: "a stochastic gradient anneals its noise width, not a slope")
        }
    }

    /// Trains with `trainer` from `start`, calling `onEpoch` after every epoch, with the
    /// adjustments applied; returns the estimator's variances for a stochastic gradient.
    /// - Throws: `EngineError.unsupportedAdjustment` for a slope schedule on an objective
    ///   without a sharpness (comparisons), and the objective's and loop's errors.
    func train(
        _ trainer: Trainer, from start: ParameterTree, adjustments: TrainingAdjustments = .none,
        restoring: RestoringTerm? = nil, maximised: Bool = false,
        onEpoch: @escaping (EpochReport) -> Void
    ) throws -> (TrainingResult, EstimatorVariance?) {
        let run = Run(
            trainer: trainer, start: start, adjustments: adjustments, restoring: restoring,
            maximised: maximised, onEpoch: onEpoch)
        switch self {
        case .cutLoss(let objective):
            return try run.train(objective, sharpen: { $0.sharpness = $1 })
        case .selection(let objective):
            return try run.train(objective, sharpen: { $0.sharpness = $1 })
        case .comparisons(let objective): return try run.train(objective, sharpen: nil)
        case .kernels(let objective): return try run.train(objective, sharpen: nil)
        }
    }

    /// One training's loop and adjustments, for any objective type.
    private struct Run {
        let trainer: Trainer
        let start: ParameterTree
        let adjustments: TrainingAdjustments
        let restoring: RestoringTerm?
        let maximised: Bool
        let onEpoch: (EpochReport) -> Void

        func train<Base: TrainingObjective>(_ base: Base, sharpen: ((inout Base, Float) -> Void)?)
            throws -> (TrainingResult, EstimatorVariance?)
        {
            if let estimator = adjustments.stochastic {
                let cutCount = try start.entry(SelectionCut.parameterPath).count
                var objective = AdjustedObjective(
                    base: StochasticHardObjective(
                        base: base, estimator: estimator, cutCount: cutCount),
                    sharpen: nil, sharpness: nil, restoring: restoring, maximised: maximised)
                let result = try trainer.train(&objective, from: start, onEpoch: onEpoch)
                return (result, objective.base.variance)
            }
            if adjustments.sharpness != nil, sharpen == nil {
                throw EngineError.unsupportedAdjustment(
                    what: "a slope schedule", model: "a selection of comparisons",
                    fix: "anneal cuts(…) trained with one cut per column on unweighted data")
            }
            var objective = AdjustedObjective(
                base: base, sharpen: sharpen, sharpness: adjustments.sharpness,
                restoring: restoring, maximised: maximised)
            return (try trainer.train(&objective, from: start, onEpoch: onEpoch), nil)
        }
    }
}
