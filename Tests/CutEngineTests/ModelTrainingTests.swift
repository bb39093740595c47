import CutEngine
import Testing

/// Training any model through the public API.
struct ModelTrainingTests {
    @Test func trainingLowersTheLossAndRecordsParameters() throws {
        let data = try ModelReference.smallData(count: 2_000)
        let model = try Model(
            parsing: "cuts(sigmoid, init=(1,1)) * sigmoid(mlp(2,8,1))", inputColumns: 2)
        let training = try ModelTraining(
            model: model, loss: .squares, epochs: 200, learningRate: 0.01,
            recordedPaths: ["SelectionCut/cuts"])
        let result = try training.run(on: data, seed: 5)
        let history = result.training.lossHistory
        #expect(history.count == 200)
        #expect(history.last! < 0.8 * history.first!)
        #expect(result.recorded["SelectionCut/cuts"]?.count == 200)
        let finalCuts = try result.parameters.array("SelectionCut/cuts")
        #expect(result.recorded["SelectionCut/cuts"]?.last == finalCuts)
        #expect(
            result.training.log.map(\.epoch) == [1, 20, 40, 60, 80, 100, 120, 140, 160, 180, 200])
        #expect(result.initial == model.initialParameters(seed: 5))
    }

    @Test func trainingIsDeterministic() throws {
        let data = try ModelReference.smallData(count: 3_000)
        let model = try Model(parsing: "mlp(2,15,30,15,1)", inputColumns: 2)
        let training = try ModelTraining(model: model, epochs: 20)
        let first = try training.run(on: data, seed: 1, executor: BlockExecutor(threadCount: 1))
        let second = try training.run(on: data, seed: 1, executor: BlockExecutor(threadCount: 2))
        #expect(first.parameters == second.parameters)
        #expect(first.training.lossHistory == second.training.lossHistory)
    }

    @Test func recordingAnUnknownPathIsAnError() throws {
        let model = try Model(parsing: "mlp(2,1)", inputColumns: 2)
        #expect(throws: EngineError.self) {
            try ModelTraining(model: model, epochs: 1, recordedPaths: ["SelectionCut/cuts"])
        }
        #expect(throws: EngineError.self) { try ModelTraining(model: model, epochs: 0) }
        #expect(throws: EngineError.self) {
            try ModelTraining(model: model, epochs: 1, learningRate: .nan)
        }
    }
}

/// The engine's fused objective for two cuts with the seed loss (the benchmarks' path) must
/// agree with the general kernels.
struct ModelFusedObjectiveTests {
    @Test(arguments: ["cuts(sigmoid, init=(1,1))", "cuts(erf, init=(0.5,1.5))"])
    func fusedAndGeneralAgree(text: String) throws {
        let data = try ModelReference.smallData(count: 3_001)
        let model = try Model(parsing: text, inputColumns: 2)
        let parameters = model.initialParameters(seed: 0)
        var fused = try #require(
            try ModelTraining.fusedObjective(model: model, data: data, loss: .seed))
        var fusedGradient = parameters.zeros()
        let fusedLoss = try fused.lossAndGradient(at: parameters, gradient: &fusedGradient)
        let general = try ModelEvaluator(model: model, data: data, loss: .seed)
        let (loss, gradient) = try general.lossAndGradient(parameters)
        #expect(abs(Double(fusedLoss) - loss) <= 1e-5 * abs(loss))
        for (a, b) in zip(fusedGradient.values, gradient.values) {
            #expect(abs(a - b) <= 1e-3 * max(1, abs(b)))
        }
    }

    @Test func otherModelsAndLossesUseTheGeneralKernels() throws {
        let data = try ModelReference.smallData(count: 100)
        let cuts = try Model(parsing: "cuts(erf)", inputColumns: 2)
        let network = try Model(parsing: "mlp(2,1)", inputColumns: 2)
        #expect(
            try ModelTraining.fusedObjective(model: cuts, data: data, loss: .sumOfSquares) == nil)
        #expect(try ModelTraining.fusedObjective(model: network, data: data, loss: .seed) == nil)
    }
}

/// A loss that becomes NaN stops the training with the last good parameters.
struct ModelTrainingNaNTests {
    @Test func nanLossKeepsTheLastGoodParameters() throws {
        // A raw network output below 0 makes the cross-entropy's log(out + ε) NaN.
        let data = try ModelReference.smallData(count: 200)
        let model = try Model(parsing: "mlp(2,1)", inputColumns: 2)
        var start = model.initialParameters(seed: 0)
        try start.set("mlp/linear_1/b", to: [-100])
        let training = try ModelTraining(model: model, loss: .bce, epochs: 5)
        let result = try training.run(on: data, initial: start)
        #expect(result.training.epochsRun == 0)
        #expect(result.parameters == start)
        #expect(result.training.warnings.count == 1)
    }
}
