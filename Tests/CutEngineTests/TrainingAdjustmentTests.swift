import CutEngine
import Foundation
import Testing

@Test func geometricAndLinearSchedulesRunFromStartToEnd() throws {
    let geometric = try Schedule(from: 1, to: 64, kind: .geometric)
    let values = (1...7).map { geometric.value(epoch: $0, of: 7) }
    for (value, expected) in zip(values, [1.0, 2, 4, 8, 16, 32, 64]) {
        #expect(abs(value - expected) < 1e-12 * expected)
    }
    let linear = try Schedule(from: 1, to: 0.5, kind: .linear)
    #expect(linear.value(epoch: 1, of: 3) == 1)
    #expect(linear.value(epoch: 2, of: 3) == 0.75)
    #expect(linear.value(epoch: 3, of: 3) == 0.5)
    #expect(linear.value(epoch: 1, of: 1) == 1)
    #expect(throws: EngineError.self) { try Schedule(from: 0, to: 64, kind: .geometric) }
    #expect(throws: EngineError.self) { try Schedule(from: 1, to: .nan, kind: .linear) }
}

@Test func sharpenedRelaxationsMatchFiniteDifferencesAndSharpnessOneIsTheRelaxation() {
    let x = FloatVector((0..<16).map { Float($0) * 0.25 - 2 })
    for relaxation in [Relaxation.erf, .sigmoid(slope: 2), .balancedSigmoid, .hard] {
        let plain = relaxation.weightsAndDerivatives(x, cut: 0.3)
        let one = relaxation.weightsAndDerivatives(x, cut: 0.3, sharpness: 1)
        #expect(plain.weight == one.weight && plain.derivative == one.derivative)
        guard relaxation != .hard else { continue }
        for k: Float in [0.5, 4, 16] {
            let (_, derivative) = relaxation.weightsAndDerivatives(x, cut: 0.3, sharpness: k)
            for lane in 0..<16 {
                // Central difference in Double of the formula w(k (x − c)).
                let h = 1e-3 / Double(k)
                let xs = Double(x[lane])
                func weight(_ c: Double) -> Double {
                    let d = Double(k) * (xs - c)
                    switch relaxation {
                    case .erf: return (Foundation.erf(d) + 1) / 2
                    case .sigmoid(let s): return 1 / (1 + exp(-Double(s) * d))
                    default: return 2 / (1 + exp(-d)) - 1
                    }
                }
                let reference = (weight(0.3 + h) - weight(0.3 - h)) / (2 * h)
                #expect(abs(Double(derivative[lane]) - reference) < 2e-3 * max(1, abs(reference)))
            }
        }
    }
}

@Test func restoringTermIsZeroInsideAndItsGradientMatchesFiniteDifferences() throws {
    let term = try RestoringTerm(strength: 0.5, columns: [[-1, 2, 0.5], [0, 3]])
    #expect(term.ranges == [-1...2, 0...3])
    let inside = term.valueAndGradient([2, 0])
    #expect(inside.value == 0 && inside.gradient == [0, 0])
    let cuts: [Float] = [5, -2]
    let (value, gradient) = term.valueAndGradient(cuts)
    #expect(abs(value - 0.5 * (9 + 4)) < 1e-12)
    for k in 0..<2 {
        var up = cuts
        var down = cuts
        up[k] += 0.01
        down[k] -= 0.01
        let difference =
            (term.valueAndGradient(up).value - term.valueAndGradient(down).value)
            / Double(up[k] - down[k])
        #expect(abs(gradient[k] - difference) < 1e-3)
    }
    #expect(throws: EngineError.self) { try RestoringTerm(strength: 0, ranges: [0...1]) }
}

/// Study 4's two sigmoid cuts from (60, 60): the seed loss alone leaves them there; with the
/// restoring term Adam brings them back to the edge of the data.
@Test func restoringTermBringsCutsBackFromOutsideTheData() throws {
    let data = StudySamples.twoDimensional()
    let model = try Model(parsing: "cuts(sigmoid, init=(60, 60))", inputColumns: 2)
    func train(_ adjustments: TrainingAdjustments) throws -> [Float] {
        let training = try ModelTraining(
            model: model, epochs: 1000, learningRate: 0.1, adjustments: adjustments)
        return try training.run(on: data).parameters.array(SelectionCut.parameterPath)
    }
    #expect(try train(.none) == [60, 60])
    let restored = try train(TrainingAdjustments(restoringStrength: 1))
    let highest = data.columns.map { $0.max()! }
    #expect(restored[0] < highest[0] + 1 && restored[1] < highest[1] + 1)
}

/// Lesson 1 on study 2's data: the erf cut's BCE optimum at slope 1 sits far above the hard
/// cut's; annealing the slope 1 → 64 brings the cut onto the hard loss's floor.
@Test func annealedErfCutLandsOnTheHardLossFloor() throws {
    let data = StudySamples.relaxationComparison()
    let model = try Model(parsing: "cuts(erf, init=0)", inputColumns: 1)
    func train(_ adjustments: TrainingAdjustments) throws -> Float {
        let training = try ModelTraining(
            model: model, loss: .bce, epochs: 1000, learningRate: 0.01, adjustments: adjustments)
        return try training.run(on: data).parameters.array(SelectionCut.parameterPath)[0]
    }
    let fixed = try train(.none)
    let annealed = try train(
        TrainingAdjustments(sharpness: try Schedule(from: 1, to: 64, kind: .geometric)))
    let hard = try CutGridScan.scan(
        model: try Model(parsing: "cuts(hard)", inputColumns: 1), loss: .bce, data: data,
        axes: [try linspace(2, 5, count: 3001)])
    let best = hard.cuts(at: hard.bestIndex!)[0]
    #expect(abs(fixed - 3.892) < 0.01)
    #expect(abs(best - 3.067) < 0.002)
    #expect(abs(annealed - best) < 0.25 && abs(fixed - best) > 0.8)
    #expect(throws: EngineError.self) {
        try ModelTraining(
            model: try Model(parsing: "cuts(hard)", inputColumns: 1), loss: .bce, epochs: 1,
            adjustments: TrainingAdjustments(sharpness: try .constant(2)))
    }
}

@Test func gridScanOfHardCutsAgreesWithTheOneCutScan() throws {
    let data = StudySamples.simpleProblem()
    let cuts = try linspace(-10, 10, count: 100)
    let grid = try CutGridScan.scan(
        model: try Model(parsing: "cuts(hard)", inputColumns: 1), loss: .ssb, data: data,
        axes: [cuts])
    let (signal, background) = data.splitByClass(data.columns[0])
    let line = try CutScan.scan(
        loss: .significance, relaxation: .hard, signal: signal, background: background, cuts: cuts)
    for (a, b) in zip(grid.values, line.values) where !b.isNaN {
        #expect(abs(a - b) <= 1e-4 * abs(b))
    }
    #expect(abs(grid.cuts(at: grid.bestIndex!)[0] - 3.737) < 0.001)
}

/// The antithetic score-function estimate is unbiased for the gradient of the Gaussian-smoothed
/// hard loss (checked within 4 standard errors against quadrature of a fine hard scan), and the
/// baseline cuts its variance.
@Test func stochasticGradientEstimatesTheSmoothedHardGradient() throws {
    let data = StudySamples.simpleProblem()
    let hardModel = try Model(parsing: "cuts(hard, init=2)", inputColumns: 1)
    let sigma = 0.5
    let pairs = 4000
    let training = try ModelTraining(
        model: hardModel, loss: .ssb, optimizer: .gradient, epochs: 1, learningRate: 1e-3,
        adjustments: TrainingAdjustments(
            stochastic: try StochasticGradient(noise: try .constant(sigma), pairs: pairs, seed: 7)))
    let run = try training.run(on: data)
    let estimate = Double(run.parameters.values[0] - 2) / 1e-3
    let variance = try #require(run.estimatorVariance)
    #expect(variance.epochs == 1)
    #expect(variance.withBaseline < variance.withoutBaseline / 10)
    // Reference: d/dc of Σ_z L(c + σz) φ(z) Δz by a central difference, L from a hard grid.
    let grid = try CutGridScan.scan(
        model: hardModel, loss: .ssb, data: data,
        axes: [try linspace(2 - 6 * sigma - 0.1, 2 + 6 * sigma + 0.1, count: 721)])
    func smoothed(_ c: Double) -> Double {
        var total = 0.0
        let step = Double(grid.axes[0][1] - grid.axes[0][0])
        for (index, cut) in grid.axes[0].enumerated() {
            let z = (Double(cut) - c) / sigma
            total +=
                grid.values[index] * exp(-z * z / 2) / (2 * Double.pi).squareRoot() * step / sigma
        }
        return total
    }
    let reference = (smoothed(2.05) - smoothed(1.95)) / 0.1
    let standardError = (variance.antitheticPairs / Double(pairs)).squareRoot()
    #expect(abs(estimate - reference) < 4 * standardError + 0.02 * abs(reference))
}

@Test func stochasticTrainingIsDeterministicAndReachesTheHardMaximum() throws {
    let data = StudySamples.simpleProblem()
    let model = try Model(parsing: "cuts(hard, init=0)", inputColumns: 1)
    let stochastic = try StochasticGradient(
        noise: try Schedule(from: 1, to: 0.05, kind: .geometric), pairs: 8, seed: 19_680_801)
    let training = try ModelTraining(
        model: model, loss: .ssb, epochs: 300, learningRate: 0.05,
        adjustments: TrainingAdjustments(stochastic: stochastic))
    let first = try training.run(on: data)
    let second = try training.run(on: data)
    #expect(first.parameters == second.parameters)
    let grid = try CutGridScan.scan(
        model: model, loss: .ssb, data: data, axes: [try linspace(-10, 10, count: 2001)])
    let best = grid.values[grid.bestIndex!]
    // scripts/reference/remedies_numpy.py: 22.5000 at 3.840 on the same grid.
    #expect(abs(best - 22.5) < 1e-4)
    #expect(abs(grid.cuts(at: grid.bestIndex!)[0] - 3.84) < 1e-3)
    let reached = try CutGridScan.scan(
        model: model, loss: .ssb, data: data, axes: [first.parameters.values]
    ).values[0]
    #expect(reached > 0.99 * best)
    #expect(throws: EngineError.self) {
        try ModelTraining(
            model: try Model(parsing: "cuts(erf)", inputColumns: 1), loss: .ssb, epochs: 1,
            adjustments: TrainingAdjustments(stochastic: stochastic))
    }
}
