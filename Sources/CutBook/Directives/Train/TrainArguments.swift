import CutEngine

extension TrainDirective {
    /// `<<train …>>` decoded.
    struct Arguments: DirectiveArguments {
        /// The directive as written, for locations.
        let written: Directive
        /// `model` trains `model=`; otherwise one cut per column.
        let trainsModel: Bool
        /// The relaxation word of `train cuts`, as written (or its default).
        let relaxationName: String
        /// The relaxation of `train cuts`, with `slope=`.
        let relaxation: Relaxation
        /// The data sets of `on=` (validation asks for exactly one).
        let data: [String]
        /// `model=`, the expression of `train model`.
        let model: String?
        /// `loss=`.
        let loss: LossName
        /// `optimizer=`.
        let optimizer: OptimizerName
        /// `lr=`.
        let learningRate: Double
        /// `epochs=`.
        let epochs: Int
        /// `init=`, the initial cuts (nil for the default, or for `init=scan`).
        let initial: [Double]?
        /// `init=scan`: the starting cuts are the best point of a coarse hard-cut scan.
        let scansInitialCuts: Bool
        /// `init_steps=`: the values per column of that scan.
        let initSteps: Int
        /// `slope=START..END` (with `schedule=`): the relaxation's sharpness per epoch.
        let slopeSchedule: Schedule?
        /// `restore=`: λ of the restoring term, when given.
        let restoringStrength: Double?
        /// `estimator=score`: the hard cuts' gradient estimated from perturbations.
        let stochastic: StochasticGradient?
        /// `seed=` of the network's initial weights (0 when neither it nor report.yml gives one).
        let seed: UInt32
        /// `track=`: record the cuts after every epoch.
        let track: Bool
        /// `on_nan=keep`: keep the last good parameters when the loss becomes NaN.
        let keepsLastGoodOnNaN: Bool
        /// `select=`, the selection of `train cuts`, as written.
        let selection: String?
        /// `sigma_b=`: Z_A's relative background uncertainty (0 when not given).
        let sigmaB: Double
        /// `balance=`: classes or none as written; nil: the default (`balancesClasses(of:)`).
        let balance: String?
        /// `validation=`: the data set whose loss is recorded beside the training's (at most
        /// one; `validate()` checks).
        let validation: [String]
        /// `from=`: the trainings whose final parameters start this one (at most one;
        /// `validate()` checks).
        let from: [String]
        /// `freeze=`: the role held fixed.
        let freeze: ParameterRole?
        /// `as=`.
        let resultName: String?

        /// What the training does beyond its loss: annealing, a restoring term, the estimator.
        var adjustments: TrainingAdjustments {
            TrainingAdjustments(
                sharpness: slopeSchedule, restoringStrength: restoringStrength,
                stochastic: stochastic)
        }

        init(_ item: ResolvedDirective) throws {
            written = item.directive
            trainsModel = try item.requiredText("what") == "model"
            relaxationName = try item.requiredText("relaxation")
            let slope = item.numbers("slope") ?? [1]
            let kind = Schedule.Kind(rawValue: try item.requiredText("schedule")) ?? .geometric
            // A range anneals the relaxation at slope 1 by the sharpness k = START → END.
            relaxation = try EngineNames.relaxation(
                relaxationName, slope: slope.count == 2 ? 1 : slope[0],
                location: item.directive.verbLocation)
            slopeSchedule =
                slope.count == 2 ? try Schedule(from: slope[0], to: slope[1], kind: kind) : nil
            scansInitialCuts = item.text("init") == "scan"
            initSteps = try item.requiredInteger("init_steps")
            restoringStrength = item.number("restore")
            seed = try Limits.seed(item)
            if try item.requiredText("estimator") == "score", let noise = item.numbers("noise") {
                stochastic = try StochasticGradient(
                    noise: noise.count == 2
                        ? try Schedule(from: noise[0], to: noise[1], kind: kind)
                        : try .constant(noise[0]),
                    pairs: try item.requiredInteger("pairs"), seed: seed)
            } else {
                stochastic = nil
            }
            data = item.names("on")
            model = item.text("model")
            loss = try EngineNames.named("loss", of: item, as: LossName.self)
            optimizer = try EngineNames.named("optimizer", of: item, as: OptimizerName.self)
            learningRate = try item.requiredNumber("lr")
            epochs = try item.requiredInteger("epochs")
            initial = item.numbers("init")
            track = item.flag("track")
            keepsLastGoodOnNaN = try item.requiredText("on_nan") == "keep"
            selection = item.text("select")
            sigmaB = item.number("sigma_b") ?? 0
            validation = item.names("validation")
            balance = item.text("balance")
            from = item.names("from")
            freeze = item.text("freeze").flatMap(ParameterRole.init(rawValue:))
            resultName = item.resultName
        }

        func validate() -> [Diagnostic] {
            var check = RuleCheck(written)
            check.require(!trainsModel || model != nil, "model needs model=\"…\"")
            check.require(data.count == 1, "on= names exactly one data set")
            check.require(resultName != nil, "needs as= to name the training")
            check.require(
                written.option("select") == nil || written.option("init") == nil,
                "select= gives the start values; remove init=")
            check.require(
                written.option("select") == nil || written.option("slope") == nil,
                "select= sets each cut's width after '~' (or derives it); remove slope=")
            check.require(
                written.option("sigma_b") == nil || loss == .asimov,
                "sigma_b= is the background uncertainty of loss=asimov")
            check.require(validation.count <= 1, "validation= names exactly one data set")
            if let written = written.option("balance"), written.value == "classes",
                !loss.isClassification
            {
                check.fail(
                    loss == .seed
                        ? "balance=classes reweights a classifier's loss, and loss=seed takes no weights; use loss=bce or squares, or remove balance="
                        : "balance=classes would change the yields that loss=\(loss) maximises; S/√B and Z_A use the raw weights: remove balance=",
                    at: written.valueLocation)
            }
            if from.count > 1, let option = written.option("from") {
                check.fail(
                    "from= names exactly one training, found \(from.count); start from one of \(from.joined(separator: ", "))",
                    at: option.valueLocation)
            }
            return check.problems + adjustmentProblems() + LossFit.check(self)
        }

        /// Whether the training balances the classes' weights of `dataset`: as `balance=` says,
        /// by default for bce and squares on a weighted data set.
        func balancesClasses(of dataset: Dataset) -> Bool {
            guard let balance else {
                return dataset.isWeighted && loss.isClassification
            }
            return balance == "classes"
        }

        /// The rules of annealing, the restoring term and the score estimator.
        private func adjustmentProblems() -> [Diagnostic] {
            var check = RuleCheck(written)
            let estimator = written.option("estimator")
            let score = estimator?.value == "score"
            if slopeSchedule != nil, let slope = written.option("slope") {
                check.require(
                    selection == nil, "select= cuts cannot be annealed; anneal one cut per column")
                if relaxationName == Relaxation.hard.name {
                    check.fail(
                        "slope=\(slope.value) anneals a relaxation, and a hard cut has none; use erf or sigmoid cuts, or estimator=score for hard ones",
                        at: slope.valueLocation)
                } else if score {
                    check.fail(
                        "estimator=score estimates hard cuts' gradient and anneals noise=, not a slope; remove slope=",
                        at: slope.valueLocation)
                }
            }
            if let estimator, score {
                if relaxationName != Relaxation.hard.name {
                    check.fail(
                        "estimator=score estimates the gradient of hard cuts; write <<train cuts hard …>> (the \(relaxationName) cut has an exact gradient)",
                        at: estimator.valueLocation)
                }
                check.require(
                    written.option("noise") != nil,
                    "estimator=score needs noise=, the perturbations' width in the cuts' units (e.g. noise=1..0.05)"
                )
                check.require(
                    selection == nil,
                    "estimator=score trains one hard cut per column; remove select=")
            }
            if let restore = written.option("restore"), selection != nil {
                check.fail(
                    "restore= pulls one cut per column back into its column's range; remove select=",
                    at: restore.keyLocation)
            }
            return check.problems
        }
    }
}
