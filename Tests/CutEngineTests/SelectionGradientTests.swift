import CutEngine
import Foundation
import Testing

/// A small labelled 2D sample with a number of events that is not a multiple of 16 or of the
/// block size, so that padded tails are exercised.
private func sample(count: Int = 1_037) -> (columns: [[Float]], truth: [Float]) {
    let signalCount = count / 3
    let x =
        GradientReference.sample(seed: 21, mu: 1.5, sigma: 0.8, count: signalCount)
        + GradientReference.sample(seed: 22, mu: 0, sigma: 3, count: count - signalCount)
    let y =
        GradientReference.sample(seed: 23, mu: 2, sigma: 0.8, count: signalCount)
        + GradientReference.sample(seed: 24, mu: 0, sigma: 3, count: count - signalCount)
    let truth = (0..<count).map { Float($0 < signalCount ? 1 : 0) }
    return ([x, y], truth)
}

private let smooth: [Relaxation] = [.erf, .sigmoid(), .sigmoid(slope: 2), .balancedSigmoid]
private let selectionCases: [(Relaxation, EventLoss)] = smooth.flatMap { relaxation in
    EventLoss.allCases.map { (relaxation, $0) }
}

@Test(arguments: selectionCases)
func selectionGradientMatchesFiniteDifferences(relaxation: Relaxation, loss: EventLoss) throws {
    let (columns, truth) = sample()
    let selection = try SelectionCut(relaxation: relaxation, cutCount: 2)
    let objective = try SelectionObjective(
        selection: selection, loss: loss, columns: columns, truth: truth)
    let cuts: [Float] = [0.4, -0.7]
    let (value, gradient) = try objective.lossAndGradient(at: try selection.parameters(cuts: cuts))
    let doubles = cuts.map(Double.init)
    let referenceValue = GradientReference.selectionLoss(
        loss, relaxation, columns: columns, truth: truth, cuts: doubles)
    guard !referenceValue.isNaN else {
        #expect(value.isNaN)  // balanced weights below 0 make the BCE NaN, as in the seed
        return
    }
    // BCE's log(w + 1e-6) magnifies Float's absolute error of small weights.
    let tolerance = loss == .meanBinaryCrossEntropy ? 1e-3 : 1e-5
    #expect(
        GradientReference.agrees(Double(value), referenceValue, relative: tolerance, absolute: 1e-5)
    )
    for k in 0..<2 {
        let reference = GradientReference.derivative(
            { shifted in
                var moved = doubles
                moved[k] = shifted
                return GradientReference.selectionLoss(
                    loss, relaxation, columns: columns, truth: truth, cuts: moved)
            }, at: doubles[k])
        let got = Double(try gradient.array(SelectionCut.parameterPath)[k])
        #expect(GradientReference.agrees(got, reference, relative: 1e-3, absolute: 1e-4))
    }
}

@Test func threeCutSelectionGradientMatchesFiniteDifferences() throws {
    let (columns, truth) = sample(count: 301)
    let third = GradientReference.sample(seed: 25, mu: 0.5, sigma: 1, count: 301)
    let selection = try SelectionCut(relaxation: .sigmoid(), cutCount: 3)
    let objective = try SelectionObjective(
        selection: selection, loss: .sumOfSquares, columns: columns + [third], truth: truth)
    let cuts: [Double] = [0.2, -0.3, 0.1]
    let (_, gradient) = try objective.lossAndGradient(
        at: try selection.parameters(cuts: cuts.map(Float.init)))
    for k in 0..<3 {
        let reference = GradientReference.derivative(
            { shifted in
                var moved = cuts
                moved[k] = shifted
                return GradientReference.selectionLoss(
                    .sumOfSquares, .sigmoid(), columns: columns + [third], truth: truth, cuts: moved
                )
            }, at: cuts[k])
        #expect(
            GradientReference.agrees(
                Double(gradient.values[k]), reference, relative: 1e-3, absolute: 1e-4))
    }
}

private let fusedRelaxations: [Relaxation] = [
    .erf, .sigmoid(), .sigmoid(slope: 3), .balancedSigmoid, .hard,
]

@Test(arguments: fusedRelaxations)
func fusedTwoCutObjectiveAgreesWithTheGeneralPath(relaxation: Relaxation) throws {
    for count in [1, 15, 16, 255, 256, 257, 1_037] {
        let (columns, truth) = sample(count: max(count, 3))
        let fused = try TwoCutSeedObjective(
            relaxation: relaxation, columnX: columns[0], columnY: columns[1], truth: truth)
        let general = try SelectionObjective(
            selection: SelectionCut(relaxation: relaxation, cutCount: 2), loss: .seed,
            columns: columns, truth: truth)
        for cuts: [Float] in [[0.4, -0.7], [-2, 1.5], [50, -45]] {
            let parameters = try SelectionCut(relaxation: relaxation, cutCount: 2)
                .parameters(cuts: cuts)
            let (fastLoss, fastGradient) = try fused.lossAndGradient(at: parameters)
            let (loss, gradient) = try general.lossAndGradient(at: parameters)
            #expect(
                GradientReference.agrees(
                    Double(fastLoss), Double(loss), relative: 1e-6, absolute: 1e-5))
            for k in 0..<2 {
                #expect(
                    GradientReference.agrees(
                        Double(fastGradient.values[k]), Double(gradient.values[k]),
                        relative: 1e-4, absolute: 1e-4))
            }
        }
    }
}

@Test(arguments: [Relaxation.erf, .sigmoid(), .sigmoid(slope: 60), .balancedSigmoid])
func fusedObjectiveIsBitIdenticalForOneAndTwoThreads(relaxation: Relaxation) throws {
    let (columns, truth) = sample(count: 5_003)
    let one = try TwoCutSeedObjective(
        relaxation: relaxation, columnX: columns[0], columnY: columns[1], truth: truth, threads: 1)
    let two = try TwoCutSeedObjective(
        relaxation: relaxation, columnX: columns[0], columnY: columns[1], truth: truth, threads: 2)
    #expect(one.threadCount == 1)
    #expect(two.threadCount == 2)
    for cuts: [Float] in [[0.4, -0.7], [1, 1], [60, 60]] {
        let parameters = try SelectionCut(relaxation: relaxation, cutCount: 2).parameters(
            cuts: cuts)
        let (lossOne, gradientOne) = try one.lossAndGradient(at: parameters)
        let (lossTwo, gradientTwo) = try two.lossAndGradient(at: parameters)
        #expect(lossOne.bitPattern == lossTwo.bitPattern)
        #expect(gradientOne.values.map(\.bitPattern) == gradientTwo.values.map(\.bitPattern))
    }
}

@Test func fusedObjectiveReturnsNaNForNonFiniteCuts() throws {
    let (columns, truth) = sample(count: 40)
    let objective = try TwoCutSeedObjective(
        relaxation: .erf, columnX: columns[0], columnY: columns[1], truth: truth)
    let (loss, gradient) = try objective.lossAndGradient(
        at: try SelectionCut(relaxation: .erf, cutCount: 2).parameters(cuts: [.nan, 0]))
    #expect(loss.isNaN)
    #expect(gradient.values[0].isNaN)
}

@Test func selectionRejectsBadShapes() throws {
    #expect(throws: EngineError.self) { try SelectionCut(relaxation: .erf, cutCount: 0) }
    #expect(throws: EngineError.self) { try SelectionCut(relaxation: .erf, cutCount: -1) }
    let selection = try SelectionCut(relaxation: .erf, cutCount: 2)
    #expect(throws: EngineError.self) { try selection.parameters(cuts: [1]) }
    #expect(throws: EngineError.self) {
        try SelectionObjective(
            selection: selection, loss: .seed, columns: [[1, 2]], truth: [1, 0])
    }
    #expect(throws: EngineError.self) {
        try SelectionObjective(
            selection: selection, loss: .seed, columns: [[1, 2], [1]], truth: [1, 0])
    }
    #expect(throws: EngineError.self) {
        try SelectionObjective(
            selection: selection, loss: .seed, columns: [[1, 2], [3, 4]], truth: [1])
    }
}

@Test func fusedObjectiveRejectsBadData() {
    #expect(throws: EngineError.self) {
        try TwoCutSeedObjective(relaxation: .erf, columnX: [], columnY: [], truth: [])
    }
    #expect(throws: EngineError.self) {
        try TwoCutSeedObjective(relaxation: .erf, columnX: [1, 2], columnY: [1], truth: [0, 1])
    }
    #expect(throws: EngineError.nonFiniteData(what: "column y", index: 1, value: .infinity)) {
        try TwoCutSeedObjective(
            relaxation: .erf, columnX: [1, 2], columnY: [1, .infinity], truth: [0, 1])
    }
    #expect(throws: EngineError.self) {
        try TwoCutSeedObjective(
            relaxation: .erf, columnX: [1, 2], columnY: [1, 2], truth: [0, 1], threads: 3)
    }
    #expect(throws: EngineError.self) {
        try TwoCutSeedObjective(
            relaxation: .sigmoid(slope: -1), columnX: [1], columnY: [1], truth: [1])
    }
}

@Test func fusedObjectiveRejectsAParameterTreeWithoutTwoCuts() throws {
    let objective = try TwoCutSeedObjective(
        relaxation: .erf, columnX: [1, 2], columnY: [1, 2], truth: [0, 1])
    #expect(throws: EngineError.self) {
        try objective.lossAndGradient(
            at: try ParameterTree([("SelectionCut/cuts", [3], [0, 0, 0])]))
    }
    #expect(throws: EngineError.self) {
        try objective.lossAndGradient(at: try ParameterTree([("cuts", [2], [0, 0])]))
    }
}
