import CutEngine
import Testing

@Test func linspaceMatchesNumpysEndpoints() throws {
    let values = try linspace(-10, 10, count: 100)
    #expect(values.count == 100)
    #expect(values.first == -10)
    #expect(values.last == 10)
    #expect(values[68] == Float(-10 + 68 * (20.0 / 99)))
    #expect(try linspace(2, 3, count: 1) == [2])
}

@Test func linspaceRejectsBadInput() {
    #expect(throws: EngineError.self) { try linspace(0, 1, count: 0) }
    #expect(throws: EngineError.self) { try linspace(0, 1, count: -3) }
    #expect(throws: EngineError.self) { try linspace(.nan, 1, count: 3) }
}

@Test func paddedRangeWidensByAFifthOfEachEnd() throws {
    let (low, high) = try paddedRange(of: [-10, 3, 5])
    #expect(low == -12)
    #expect(high == 6)
    #expect(throws: EngineError.self) { try paddedRange(of: []) }
}

@Test func scanReportsMeanWeightsAndItsExtremes() throws {
    let scan = try CutScan.scan(
        loss: .sumOfSquares, relaxation: .hard, signal: [1, 2, 3], background: [-1, 0],
        cuts: [-2, 0.5, 4])
    #expect(scan.meanSignalWeights == [1, 1, 0])
    #expect(scan.meanBackgroundWeights == [1, 0, 0])
    #expect(scan.values == [2, 0, 3])
    #expect(scan.indexOfMinimum == 1)
    #expect(scan.indexOfMaximum == 2)
    #expect(scan.gradients == [0, 0, 0])
}

@Test func scanRejectsEmptyInput() {
    #expect(throws: EngineError.self) {
        try CutScan.scan(
            loss: .significance, relaxation: .erf, signal: [], background: [1], cuts: [0])
    }
    #expect(throws: EngineError.self) {
        try CutScan.scan(
            loss: .significance, relaxation: .erf, signal: [1], background: [1], cuts: [])
    }
}

@Test func maskedWindowGradientApproachesTheFullGradient() throws {
    let column =
        GradientReference.sample(seed: 31, mu: 0, sigma: 4, count: 2000)
        + GradientReference.sample(seed: 32, mu: 5, sigma: 1, count: 2000)
    let truth = [Float](repeating: 0, count: 2000) + [Float](repeating: 1, count: 2000)
    let (gradients, full) = try MaskedWindowGradient.scan(
        relaxation: .erf, column: column, truth: truth, cut: 0, halfWidths: [0.5, 2.5, 6])
    #expect(abs(gradients[0] - full) > abs(gradients[1] - full))
    #expect(abs(gradients[1] - full) < 0.01 * abs(full))
    #expect(abs(gradients[2] - full) < 1e-9 * abs(full))
    #expect(throws: EngineError.self) {
        try MaskedWindowGradient.gradient(
            relaxation: .erf, column: [1, 2], truth: [1], cut: 0, halfWidth: 1)
    }
    #expect(throws: EngineError.self) {
        try MaskedWindowGradient.gradient(
            relaxation: .erf, column: [1], truth: [1], cut: 0, halfWidth: -1)
    }
}
