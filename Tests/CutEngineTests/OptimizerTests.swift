import CutEngine
import Foundation
import Testing

/// f(p) = Σ (p_i − target_i)², minimised at `target`.
private func parabola(_ target: [Float]) -> ClosureObjective {
    ClosureObjective { parameters in
        var loss: Float = 0
        var gradient = parameters.zeros()
        for index in target.indices {
            let difference = parameters.values[index] - target[index]
            loss += difference * difference
            gradient.values[index] = 2 * difference
        }
        return (loss, gradient)
    }
}

/// Rosenbrock's (1 − x)² + 100 (y − x²)², minimised at (1, 1).
private func rosenbrock() -> ClosureObjective {
    ClosureObjective { parameters in
        let (x, y) = (parameters.values[0], parameters.values[1])
        var gradient = parameters.zeros()
        gradient.values[0] = -2 * (1 - x) - 400 * x * (y - x * x)
        gradient.values[1] = 200 * (y - x * x)
        return ((1 - x) * (1 - x) + 100 * (y - x * x) * (y - x * x), gradient)
    }
}

private func start(_ values: [Float]) throws -> ParameterTree {
    try ParameterTree([("p", [values.count], values)])
}

@Test func adamConvergesOnAParabola() throws {
    var objective = parabola([3, -2, 0.5])
    let trainer = try Trainer(optimizer: .adam(learningRate: 0.05), epochs: 2000)
    let result = try trainer.train(&objective, from: try start([0, 0, 0]))
    for (value, target) in zip(result.parameters.values, [Float(3), -2, 0.5]) {
        #expect(abs(value - target) < 1e-3)
    }
}

@Test func gradientDescentConvergesOnAParabola() throws {
    var objective = parabola([3, -2, 0.5])
    let trainer = try Trainer(optimizer: .gradientStep(learningRate: 0.1), epochs: 200)
    let result = try trainer.train(&objective, from: try start([0, 0, 0]))
    for (value, target) in zip(result.parameters.values, [Float(3), -2, 0.5]) {
        #expect(abs(value - target) < 1e-4)
    }
}

@Test func gradientAscentClimbsAnInvertedParabola() throws {
    var objective = ClosureObjective { parameters in
        let x = parameters.values[0]
        var gradient = parameters.zeros()
        gradient.values[0] = -2 * (x - 4)
        return (-(x - 4) * (x - 4), gradient)
    }
    let trainer = try Trainer(
        optimizer: .gradientStep(learningRate: 0.1, ascent: true), epochs: 200)
    let result = try trainer.train(&objective, from: try start([0]))
    #expect(abs(result.parameters.values[0] - 4) < 1e-4)
}

@Test func adamConvergesOnRosenbrock() throws {
    var objective = rosenbrock()
    let trainer = try Trainer(optimizer: .adam(learningRate: 0.01), epochs: 20_000)
    let result = try trainer.train(&objective, from: try start([-1.2, 1]))
    #expect(abs(result.parameters.values[0] - 1) < 0.01)
    #expect(abs(result.parameters.values[1] - 1) < 0.02)
}

@Test func gradientDescentConvergesOnRosenbrock() throws {
    var objective = rosenbrock()
    let trainer = try Trainer(optimizer: .gradientStep(learningRate: 0.001), epochs: 50_000)
    let result = try trainer.train(&objective, from: try start([-1.2, 1]))
    #expect(abs(result.parameters.values[0] - 1) < 0.01)
    #expect(abs(result.parameters.values[1] - 1) < 0.02)
}

/// optax's scale_by_adam then scale(−lr), written out in Double for two steps.
@Test func adamFollowsOptaxFormulasIncludingBiasCorrection() throws {
    let optimizer = try Optimizer.adam(learningRate: 0.002, zeroNaNs: false)
    var parameters = try start([1, -1])
    var state = optimizer.initialState(for: parameters)
    let gradients: [[Double]] = [[0.5, -3], [0.25, 1]]
    var (mu, nu, expected) = ([0.0, 0], [0.0, 0], [1.0, -1])
    for (step, gradient) in gradients.enumerated() {
        try optimizer.step(
            &parameters, gradient: try parameters.withValues(gradient.map(Float.init)),
            state: &state)
        let t = Double(step + 1)
        for i in 0..<2 {
            mu[i] = 0.1 * gradient[i] + 0.9 * mu[i]
            nu[i] = 0.001 * gradient[i] * gradient[i] + 0.999 * nu[i]
            let muHat = mu[i] / (1 - pow(0.9, t))
            let nuHat = nu[i] / (1 - pow(0.999, t))
            expected[i] -= 0.002 * muHat / (nuHat.squareRoot() + 1e-8)
        }
    }
    for i in 0..<2 { #expect(abs(Double(parameters.values[i]) - expected[i]) < 1e-6) }
    #expect(state.children[0].name == "scale_by_adam")
    #expect(state.children[0].count == 2)
    #expect(state.children[0].buffer("mu")?.count == 2)
}

@Test func zeroNaNsReplacesAndCountsNaNUpdates() throws {
    let optimizer = try Optimizer.adam(learningRate: 0.1)
    var parameters = try start([1, 2])
    var state = optimizer.initialState(for: parameters)
    try optimizer.step(
        &parameters, gradient: try parameters.withValues([.nan, 1]), state: &state)
    #expect(parameters.values[0] == 1)
    #expect(parameters.values[1] < 2)
    let zeroNaNs = state.children[2]
    #expect(zeroNaNs.name == "zero_nans")
    #expect(zeroNaNs.nanCountLatest == 1)
    #expect(zeroNaNs.nanCountTotal == 1)
    #expect(state.description.contains("NaNs latest 1"))
}

@Test func badLearningRatesAreTypedErrors() {
    for rate: Float in [.nan, -0.1, 0, .infinity] {
        #expect(throws: EngineError.self) { try Optimizer.adam(learningRate: rate) }
        #expect(throws: EngineError.self) { try Optimizer.gradientStep(learningRate: rate) }
    }
}

@Test func badAdamHyperparametersAreTypedErrors() {
    #expect(throws: EngineError.self) { try ScaleByAdam(b1: 1) }
    #expect(throws: EngineError.self) { try ScaleByAdam(b2: -0.5) }
    #expect(throws: EngineError.self) { try ScaleByAdam(eps: .nan) }
    #expect(throws: EngineError.self) { try Scale(by: .infinity) }
}

@Test func gradientOfAnotherStructureIsRejected() throws {
    let optimizer = try Optimizer.gradientStep(learningRate: 0.1)
    var parameters = try start([1, 2])
    var state = optimizer.initialState(for: parameters)
    let wrong = try ParameterTree([("q", [2], [1, 1])])
    #expect(throws: EngineError.self) {
        try optimizer.step(&parameters, gradient: wrong, state: &state)
    }
}

@Test func chainAppliesTransformsInOrder() throws {
    let chain = Chain(try Scale(by: 2), try Scale(by: -0.5))
    var updates: [Float] = [4]
    var state = chain.initialState(parameterCount: 1)
    chain.update(&updates, state: &state, parameters: [0])
    #expect(updates == [-4])
    #expect(state.children.map(\.name) == ["scale", "scale"])
}
