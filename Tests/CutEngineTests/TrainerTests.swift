import CutEngine
import Testing

private func line(loss: @escaping (Float) -> Float) -> ClosureObjective {
    ClosureObjective { parameters in
        var gradient = parameters.zeros()
        gradient.values[0] = 1
        return (loss(parameters.values[0]), gradient)
    }
}

@Test func trainerLogsEpochOneAndEveryTenth() throws {
    var objective = line { $0 }
    let trainer = try Trainer(optimizer: .gradientStep(learningRate: 0.1), epochs: 50)
    let result = try trainer.train(&objective, from: try ParameterTree([("p", [1], [0])]))
    #expect(result.log.map(\.epoch) == [1, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50])
    #expect(result.lossHistory.count == 50)
    #expect(result.epochsRun == 50)
    #expect(result.warnings.isEmpty)
    #expect(result.log[0].description == "epoch 1: loss 0.0")
}

@Test func trainerLogsEveryEpochWhenThereAreFewerThanTen() throws {
    var objective = line { $0 }
    let trainer = try Trainer(optimizer: .gradientStep(learningRate: 0.1), epochs: 3)
    let result = try trainer.train(&objective, from: try ParameterTree([("p", [1], [0])]))
    #expect(result.log.map(\.epoch) == [1, 2, 3])
}

@Test func trainerCallsTheHookAfterEveryUpdate() throws {
    var objective = line { $0 }
    let trainer = try Trainer(optimizer: .gradientStep(learningRate: 1), epochs: 4)
    var seen: [(Int, Float, Float)] = []
    _ = try trainer.train(&objective, from: try ParameterTree([("p", [1], [0])])) { report in
        seen.append((report.epoch, report.loss, report.parameters.values[0]))
    }
    #expect(seen.map(\.0) == [1, 2, 3, 4])
    #expect(seen.map(\.1) == [0, -1, -2, -3])
    #expect(seen.map(\.2) == [-1, -2, -3, -4])
}

@Test func trainerStopsOnNaNLossAndKeepsTheLastGoodParameters() throws {
    // The loss is finite for p > -2.5: descending by 1 per epoch from 0 reaches -3 at epoch 4.
    var objective = line { $0 > -2.5 ? $0 : .nan }
    let trainer = try Trainer(optimizer: .gradientStep(learningRate: 1), epochs: 10)
    let result = try trainer.train(&objective, from: try ParameterTree([("p", [1], [0])]))
    #expect(result.epochsRun == 3)
    #expect(result.parameters.values == [-2])
    #expect(result.lossHistory == [0, -1, -2])
    #expect(result.warnings.count == 1)
    #expect(result.warnings[0].contains("epoch 4"))
}

@Test func trainerRejectsNonPositiveEpochs() throws {
    let optimizer = try Optimizer.gradientStep(learningRate: 0.1)
    #expect(throws: EngineError.nonPositiveSize(what: "epochs", value: 0)) {
        try Trainer(optimizer: optimizer, epochs: 0)
    }
    #expect(throws: EngineError.nonPositiveSize(what: "epochs", value: -5)) {
        try Trainer(optimizer: optimizer, epochs: -5)
    }
}

@Test func objectiveGradientOfTheWrongStructureIsRejected() throws {
    var objective = ClosureObjective { _ in (0, try ParameterTree([("other", [1], [0])])) }
    let trainer = try Trainer(optimizer: .gradientStep(learningRate: 0.1), epochs: 2)
    #expect(throws: EngineError.self) {
        try trainer.train(&objective, from: try ParameterTree([("p", [1], [0])]))
    }
}
