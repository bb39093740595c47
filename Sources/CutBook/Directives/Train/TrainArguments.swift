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
        /// `init=`, the initial cuts.
        let initial: [Double]?
        /// `seed=` of the network's initial weights (0 when neither it nor report.yml gives one).
        let seed: UInt32
        /// `track=`: record the cuts after every epoch.
        let track: Bool
        /// `on_nan=keep`: keep the last good parameters when the loss becomes NaN.
        let keepsLastGoodOnNaN: Bool
        /// `as=`.
        let resultName: String?

        init(_ item: ResolvedDirective) throws {
            written = item.directive
            trainsModel = try item.requiredText("what") == "model"
            relaxationName = try item.requiredText("relaxation")
            relaxation = try EngineNames.relaxation(
                relaxationName, slope: try item.requiredNumber("slope"),
                location: item.directive.verbLocation)
            data = item.names("on")
            model = item.text("model")
            loss = try EngineNames.named("loss", of: item, as: LossName.self)
            optimizer = try EngineNames.named("optimizer", of: item, as: OptimizerName.self)
            learningRate = try item.requiredNumber("lr")
            epochs = try item.requiredInteger("epochs")
            initial = item.numbers("init")
            seed = try Limits.seed(item)
            track = item.flag("track")
            keepsLastGoodOnNaN = try item.requiredText("on_nan") == "keep"
            resultName = item.resultName
        }

        func validate() -> [Diagnostic] {
            var check = RuleCheck(written)
            check.require(!trainsModel || model != nil, "model needs model=\"…\"")
            check.require(data.count == 1, "on= names exactly one data set")
            check.require(resultName != nil, "needs as= to name the training")
            return check.problems + LossFit.check(self)
        }
    }
}
