/// Trains any model — cuts alone, networks, products — against a named loss with a named
/// optimizer (by default the seed's: Adam, optax defaults, then zero-NaNs), with the engine's
/// training loop: logs at epoch 1 and every `epochs/10`, stops on a NaN loss keeping the last
/// good parameters, and can record chosen parameters every epoch.
///
/// The one entry point of trainings: the objective is picked from the model and the loss by
/// `ModelTrainingObjective` (S/√B of one cut, the selection objective of cuts alone, or the
/// kernels), so `cuts(sigmoid, init=(1,1))` trains the same however a report writes it.
public struct ModelTraining: Sendable {
    /// The model to train.
    public let model: Model
    /// The loss: minimised, or maximised for S/√B (`LossName.isMaximised`).
    public let loss: LossName
    /// The optimizer stepping the parameters.
    public let optimizer: OptimizerName
    /// The number of epochs.
    public let epochs: Int
    /// The optimizer's learning rate (step size).
    public let learningRate: Float
    /// The parameter paths to record after every epoch, like `SelectionCut/cuts`.
    public let recordedPaths: [String]
    /// The relative background uncertainty of `asimov` (σ_b = r·B); 0 for none.
    public let relativeUncertainty: Double
    /// Annealing, a restoring term or a stochastic gradient (`TrainingAdjustments`).
    public let adjustments: TrainingAdjustments
    /// The parameter paths held fixed (`Trainer.frozenPaths`), like every path of a role
    /// (`ParameterRole.paths(in:)`).
    public let frozenPaths: [String]

    /// A training of `model` for `epochs` epochs.
    /// - Throws: `EngineError` for non-positive epochs, a bad learning rate or Adam with a
    ///   maximised loss; `EngineError.unknownParameter` for a recorded path the model does not
    ///   have; `ModelError.lossDoesNotFitModel` for `ssb` or `asimov` on anything but cuts
    ///   alone; `EngineError.invalidHyperparameter` for a negative or non-finite uncertainty;
    ///   `EngineError.unsupportedAdjustment` for adjustments the model does not take
    ///   (`ModelTrainingObjective.check(_:fits:)`), and for frozen paths that leave nothing to
    ///   train; `EngineError.unknownParameter` for a frozen path the model does not have.
    public init(
        model: Model, loss: LossName = .seed, optimizer: OptimizerName = .adam, epochs: Int,
        learningRate: Float = 0.002, recordedPaths: [String] = [], relativeUncertainty: Double = 0,
        adjustments: TrainingAdjustments = .none, frozenPaths: [String] = []
    ) throws {
        guard relativeUncertainty.isFinite, relativeUncertainty >= 0 else {
            throw EngineError.invalidHyperparameter(
                name: "relative background uncertainty", value: relativeUncertainty,
                expected: "finite and ≥ 0, like 0.1")
        }
        _ = try Trainer(
            optimizer: try optimizer.optimizer(
                learningRate: learningRate, maximising: loss.isMaximised),
            epochs: epochs)
        try ModelTrainingObjective.check(loss, fits: model)
        try ModelTrainingObjective.check(adjustments, fits: model)
        for path in recordedPaths { _ = try model.structure.entry(path) }
        let frozenCount = try Set(frozenPaths).reduce(0) {
            $0 + (try model.structure.entry($1).count)
        }
        if !frozenPaths.isEmpty, frozenCount == model.parameterCount {
            throw EngineError.unsupportedAdjustment(
                what: "freezing \(frozenPaths.joined(separator: ", "))",
                model: "model \(model.expression)", fix: "that leaves nothing to train")
        }
        self.model = model
        self.loss = loss
        self.optimizer = optimizer
        self.epochs = epochs
        self.learningRate = learningRate
        self.recordedPaths = recordedPaths
        self.relativeUncertainty = relativeUncertainty
        self.adjustments = adjustments
        self.frozenPaths = frozenPaths
    }

    /// Trains on `data` from `initial` (by default `model.initialParameters(seed: seed)`).
    /// - Parameter validation: events the training does not see; the loss on them is computed
    ///   at every logged epoch's parameters (`ModelTrainingResult.validationLosses`).
    /// - Parameter onEpoch: called after every epoch's update.
    /// - Throws: the errors of the objective (`ModelEvaluator.init` and the like) and of the
    ///   training loop.
    public func run(
        on data: Dataset, validation: Dataset? = nil, seed: UInt32 = 0,
        initial: ParameterTree? = nil, executor: BlockExecutor = .shared,
        onEpoch: ((EpochReport) -> Void)? = nil
    ) throws -> ModelTrainingResult {
        let start = initial ?? model.initialParameters(seed: seed)
        try model.check(start)
        let trainer = try Trainer(
            optimizer: try optimizer.optimizer(
                learningRate: learningRate, maximising: loss.isMaximised),
            epochs: epochs, frozenPaths: frozenPaths)
        var records: [String: [[Float]]] = [:]
        let entries = try recordedPaths.map { try start.entry($0) }
        let hook: (EpochReport) -> Void = { report in
            for entry in entries {
                records[entry.path, default: []].append(
                    Array(report.parameters.values[entry.range]))
            }
            onEpoch?(report)
        }
        let objective = try ModelTrainingObjective(
            model: model, data: data, loss: loss, relativeUncertainty: relativeUncertainty,
            executor: executor)
        var validating = try validation.map {
            try ModelTrainingObjective(
                model: model, data: $0, loss: loss, relativeUncertainty: relativeUncertainty,
                executor: executor)
        }
        let restoring = try adjustments.restoringStrength.map {
            try RestoringTerm(strength: $0, columns: data.columns)
        }
        let (result, variance) = try objective.train(
            trainer, from: start, adjustments: adjustments, restoring: restoring,
            maximised: loss.isMaximised, onEpoch: hook)
        var validationLosses: [Float] = []
        if validating != nil {
            for entry in result.log {
                validationLosses.append(try validating!.loss(at: entry.parameters))
            }
        }
        return ModelTrainingResult(
            training: result, initial: start, recorded: records,
            validationLosses: validationLosses, estimatorVariance: variance)
    }

    /// The engine's fused one-pass objective when the model is exactly two relaxed cuts on two
    /// columns trained with the seed loss (study 4's setting), else nil. It computes the same
    /// loss and gradient as the general kernels, to `Float` rounding, several times faster; the
    /// benchmarks time it. Trainings use `SelectionObjective` instead (see
    /// `ModelTrainingObjective`), whose values the published two-cut results were made with.
    /// `threads` (1 or 2) is passed on; two help only when the second core is idle.
    /// - Throws: `ModelError.columnCountMismatch` for data with other columns.
    public static func fusedObjective(
        model: Model, data: Dataset, loss: EventLoss, threads: Int = 1
    ) throws -> TwoCutSeedObjective? {
        guard data.columnCount == model.inputColumns else {
            throw ModelError.columnCountMismatch(model: model.inputColumns, data: data.columnCount)
        }
        guard loss == .seed, model.inputColumns == 2,
            case .cuts(let relaxation, _) = model.expression
        else { return nil }
        return try TwoCutSeedObjective(
            relaxation: relaxation, columnX: data.columns[0], columnY: data.columns[1],
            truth: data.truth, threads: min(2, max(1, threads)))
    }
}

/// The outcome of `ModelTraining.run`.
public struct ModelTrainingResult: Sendable {
    /// The engine's training result: final parameters, loss history, log, warnings, time.
    public let training: TrainingResult
    /// The parameters the training started from.
    public let initial: ParameterTree
    /// For each recorded path, its values after every epoch (index 0 is after epoch 1).
    public let recorded: [String: [[Float]]]
    /// With validation data: the loss on it at each entry of `training.log`, else empty.
    public let validationLosses: [Float]
    /// With a stochastic gradient: how much its estimates scattered; else nil.
    public var estimatorVariance: EstimatorVariance? = nil

    /// The final parameters (after a NaN loss, the last good ones).
    public var parameters: ParameterTree { training.parameters }
}

/// The training objective of a model on a data set, evaluated by the kernels.
public struct ModelObjective: TrainingObjective {
    /// The evaluator that computes the loss and gradient.
    public let evaluator: ModelEvaluator

    /// The objective of `evaluator`'s model, data and loss.
    public init(evaluator: ModelEvaluator) { self.evaluator = evaluator }

    public mutating func lossAndGradient(
        at parameters: ParameterTree, gradient: inout ParameterTree
    ) throws -> Float {
        Float(try evaluator.lossAndGradient(parameters, gradient: &gradient))
    }
}
