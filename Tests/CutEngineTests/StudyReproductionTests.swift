import CutEngine
import Foundation
import Testing

/// The published numbers of the catalogue's studies 1, 3 and 4, reproduced through the public
/// API and compared at their printed precision.
private func printed(_ value: Double, _ decimals: Int) -> String {
    String(format: "%.\(decimals)f", value)
}

/// `value` rounded to `digits` significant digits.
private func significant(_ value: Double, _ digits: Int) -> Double {
    guard value != 0 else { return 0 }
    let scale = pow(10, Double(digits) - 1 - floor(log10(abs(value))))
    return (value * scale).rounded() / scale
}

private func simpleProblem() throws -> (signal: [Float], background: [Float]) {
    let data = StudySamples.simpleProblem()
    let x = try data.column(named: "x")
    return (
        x.indices.filter { data.truth[$0] == 1 }.map { x[$0] },
        x.indices.filter { data.truth[$0] == 0 }.map { x[$0] }
    )
}

@Test func study1HardCutScanPeaksAt3737With2244() throws {
    let (signal, background) = try simpleProblem()
    let scan = try CutScan.scan(
        loss: .significance, relaxation: .hard, signal: signal, background: background,
        cuts: try linspace(-10, 10, count: 100))
    let best = scan.indexOfMaximum
    #expect(printed(Double(scan.cuts[best]), 3) == "3.737")
    #expect(printed(scan.values[best], 2) == "22.44")
    #expect(scan.gradients.allSatisfy { $0 == 0 })
}

@Test func study1ErfScanPeaksAt3535With2088() throws {
    let (signal, background) = try simpleProblem()
    let scan = try CutScan.scan(
        loss: .significance, relaxation: .erf, signal: signal, background: background,
        cuts: try linspace(-10, 10, count: 100))
    let best = scan.indexOfMaximum
    #expect(printed(Double(scan.cuts[best]), 3) == "3.535")
    #expect(printed(scan.values[best], 2) == "20.88")
}

@Test func study3GradientAscentReaches36245With20896() throws {
    let (signal, background) = try simpleProblem()
    var objective = try CutLossObjective(
        loss: .significance, relaxation: .erf, signal: signal, background: background)
    let trainer = try Trainer(
        optimizer: .gradientStep(learningRate: 0.06, ascent: true), epochs: 50)
    let result = try trainer.train(&objective, from: CutLossObjective.parameters(cut: 5.45))
    var gradient = result.parameters.zeros()
    let final = try objective.lossAndGradient(at: result.parameters, gradient: &gradient)
    #expect(printed(Double(result.parameters.values[0]), 4) == "3.6245")
    #expect(printed(Double(final), 3) == "20.896")
}

@Test func study3GradientDescentReaches326With2082857() throws {
    let data = StudySamples.mlLoss()
    let selection = try SelectionCut(relaxation: .erf, cutCount: 1)
    var objective = try SelectionObjective(
        selection: selection, loss: .sumOfSquares, dataset: data, columns: ["x"])
    let trainer = try Trainer(optimizer: .gradientStep(learningRate: 0.0005), epochs: 50)
    var cuts: [Float] = []
    let result = try trainer.train(&objective, from: try selection.parameters(cuts: [0])) {
        cuts.append($0.parameters.values[0])
    }
    let (final, _) = try objective.lossAndGradient(at: result.parameters)
    #expect(printed(Double(result.parameters.values[0]), 2) == "3.26")
    #expect(printed(Double(final), 3) == "2082.857")
    #expect(cuts.count == 50)
}

/// Study 4's trained cuts from JAX + optax (scripts/reference/study4_jax.py), which the seed's
/// published values are checked against, to four significant digits.
private let jaxStudy4: [(Relaxation, [Double])] = [
    (.sigmoid(), [-1.077374, -0.374433]),
    (.erf, [-0.346971, 0.235417]),
]

@Test(arguments: jaxStudy4)
func study4TwoCutTrainingMatchesJAXToFourSignificantDigits(
    relaxation: Relaxation, expected: [Double]
) throws {
    var objective = try TwoCutSeedObjective(
        relaxation: relaxation, dataset: StudySamples.twoDimensional())
    let trainer = try Trainer(optimizer: .adam(learningRate: 0.002), epochs: 5000)
    let start = try SelectionCut(relaxation: relaxation, cutCount: 2).parameters(cuts: [1, 1])
    let result = try trainer.train(&objective, from: start)
    let cuts = try result.parameters.array(SelectionCut.parameterPath)
    for k in 0..<2 {
        #expect(significant(Double(cuts[k]), 4) == significant(expected[k], 4))
    }
    #expect(result.warnings.isEmpty)
    #expect(result.log.map(\.epoch) == [1] + stride(from: 500, through: 5000, by: 500).map { $0 })
    #expect(result.lossHistory.last! < result.lossHistory.first!)
}

@Test(arguments: [Relaxation.sigmoid(), .erf])
func study4CutsStartedAt60NeverMove(relaxation: Relaxation) throws {
    var objective = try TwoCutSeedObjective(
        relaxation: relaxation, dataset: StudySamples.twoDimensional())
    let trainer = try Trainer(optimizer: .adam(learningRate: 0.002), epochs: 5000)
    let start = try SelectionCut(relaxation: relaxation, cutCount: 2).parameters(cuts: [60, 60])
    let result = try trainer.train(&objective, from: start)
    #expect(try result.parameters.array(SelectionCut.parameterPath) == [60, 60])
    #expect(Set(result.lossHistory).count == 1)
}

@Test func study4GeneralPathFollowsTheFusedPath() throws {
    let data = StudySamples.twoDimensional()
    let selection = try SelectionCut(relaxation: .sigmoid(), cutCount: 2)
    var general = try SelectionObjective(
        selection: selection, loss: .seed, dataset: data, columns: ["x", "y"])
    var fused = try TwoCutSeedObjective(relaxation: .sigmoid(), dataset: data)
    let trainer = try Trainer(optimizer: .adam(learningRate: 0.002), epochs: 300)
    let start = try selection.parameters(cuts: [1, 1])
    let a = try trainer.train(&general, from: start)
    let b = try trainer.train(&fused, from: start)
    for k in 0..<2 { #expect(abs(a.parameters.values[k] - b.parameters.values[k]) < 1e-4) }
}
