import CutEngine
import Testing

/// The name tables of relaxations, losses and optimizers: every name maps to its value and back.
struct NameTableTests {
    @Test func relaxationNamesAreInReferenceOrder() {
        #expect(Relaxation.names == ["hard", "erf", "sigmoid", "balanced"])
    }

    @Test(arguments: Relaxation.all)
    func everyRelaxationIsFoundByItsName(relaxation: Relaxation) {
        #expect(Relaxation.named(relaxation.name) == relaxation)
        #expect(relaxation.description == relaxation.name)
    }

    @Test func onlyTheSigmoidTakesASlope() {
        #expect(Relaxation.named("sigmoid", slope: 2.5) == .sigmoid(slope: 2.5))
        #expect(Relaxation.named("sigmoid", slope: 2.5)?.description == "sigmoid(k=2.5)")
        #expect(Relaxation.named("erf", slope: 2) == nil)
        #expect(Relaxation.named("hard", slope: 1) == .hard)
        #expect(Relaxation.all.filter(\.hasSlope) == [.sigmoid(slope: 1)])
    }

    @Test func unknownRelaxationNameIsNil() {
        #expect(Relaxation.named("Sigmoid") == nil)
        #expect(Relaxation.named("") == nil)
    }

    @Test func lossNamesMapToTheirCutAndEventLosses() {
        #expect(LossName.names == ["ssb", "bce", "squares", "seed", "asimov"])
        #expect(LossName.asimov.cutLoss == nil && LossName.asimov.eventLoss == nil)
        #expect(LossName.ssb.cutLoss == .significance && LossName.ssb.eventLoss == nil)
        #expect(LossName.bce.cutLoss == .binaryCrossEntropy)
        #expect(LossName.bce.eventLoss == .meanBinaryCrossEntropy)
        #expect(LossName.squares.cutLoss == .sumOfSquares)
        #expect(LossName.squares.eventLoss == .sumOfSquares)
        #expect(LossName.seed.cutLoss == nil && LossName.seed.eventLoss == .seed)
        #expect(LossName.allCases.filter(\.isMaximised) == [.ssb, .asimov])
    }

    @Test func everyLossIsFoundByItsName() {
        for loss in CutLoss.allCases { #expect(CutLoss.named(loss.description) == loss) }
        for loss in EventLoss.allCases { #expect(EventLoss.named(loss.description) == loss) }
        #expect(CutLoss.named("seed") == nil)
        #expect(EventLoss.named("ssb") == nil)
    }

    @Test func optimizerNamesBuildTheirOptimizers() throws {
        #expect(OptimizerName.names == ["adam", "gradient"])
        #expect(OptimizerName.allCases.filter(\.canMaximise) == OptimizerName.allCases)
        // Adam's first ascent step on −p² from p = 1 moves p by lr against the descent: 0.9.
        let adam = try OptimizerName.adam.optimizer(learningRate: 0.1, maximising: true)
        var climbed = try ParameterTree([("p", [1], [1])])
        var adamState = adam.initialState(for: climbed)
        var adamScratch: [Float] = [0]
        try adam.step(
            &climbed, gradient: try ParameterTree([("p", [1], [-2])]), state: &adamState,
            scratch: &adamScratch)
        #expect(abs(climbed.values[0] - 0.9) < 1e-6)
        // One ascent step on the parabola −p² from p = 1: p + lr · (−2p) = 0.8.
        let optimizer = try OptimizerName.gradient.optimizer(learningRate: 0.1, maximising: true)
        var parameters = try ParameterTree([("p", [1], [1])])
        var state = optimizer.initialState(for: parameters)
        var scratch: [Float] = [0]
        let gradient = try ParameterTree([("p", [1], [-2])])
        try optimizer.step(&parameters, gradient: gradient, state: &state, scratch: &scratch)
        #expect(parameters.values == [0.8])
    }
}

/// `ModelTraining` picks the objective from the model and the loss.
struct ModelTrainingObjectiveTests {
    @Test func significanceTrainsCutsAloneWithAnyOptimizer() throws {
        let two = try Model(parsing: "cuts(erf, init=(1,1))", inputColumns: 2)
        _ = try ModelTraining(model: two, loss: .ssb, optimizer: .gradient, epochs: 1)
        _ = try ModelTraining(model: two, loss: .asimov, optimizer: .adam, epochs: 1)
        let network = try Model(parsing: "mlp(1,1)", inputColumns: 1)
        for loss in [LossName.ssb, .asimov] {
            #expect(throws: ModelError.self) {
                try ModelTraining(model: network, loss: loss, optimizer: .gradient, epochs: 1)
            }
        }
        let one = try Model(parsing: "cuts(erf, init=5.45)", inputColumns: 1)
        _ = try ModelTraining(model: one, loss: .ssb, optimizer: .adam, epochs: 1)
    }

    @Test func significanceOfOneCutClimbsLikeTheCutLossObjective() throws {
        let data = try ModelReference.smallData(count: 2_000)
        let column = try Dataset(
            columns: [(name: "x", values: data.columns[0])], truth: data.truth)
        let model = try Model(parsing: "cuts(erf, init=0.5)", inputColumns: 1)
        let training = try ModelTraining(
            model: model, loss: .ssb, optimizer: .gradient, epochs: 20, learningRate: 0.05)
        let result = try training.run(on: column)
        var objective = try CutLossObjective(
            loss: .significance, relaxation: .erf, dataset: column, column: "x")
        let trainer = try Trainer(
            optimizer: .gradientStep(learningRate: 0.05, ascent: true), epochs: 20)
        let direct = try trainer.train(&objective, from: CutLossObjective.parameters(cut: 0.5))
        #expect(result.parameters == direct.parameters)
        #expect(result.training.lossHistory == direct.lossHistory)
        #expect(direct.lossHistory.last! > direct.lossHistory.first!)
    }
}
