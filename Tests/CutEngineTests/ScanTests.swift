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

@Test func scanWithUnitEventWeightsIsTheUnweightedScanExactly() throws {
    let signal = GradientReference.sample(seed: 41, mu: 5, sigma: 1, count: 300)
    let background = GradientReference.sample(seed: 42, mu: 0, sigma: 4, count: 900)
    let ones = EventWeights(
        signal: [Float](repeating: 1, count: 300), background: [Float](repeating: 1, count: 900))
    let cuts = try linspace(-4, 8, count: 25)
    for loss in CutLoss.allCases {
        for relaxation in [Relaxation.hard, .erf, .sigmoid(slope: 2)] {
            let plain = try CutScan.scan(
                loss: loss, relaxation: relaxation, signal: signal, background: background,
                cuts: cuts)
            let weighted = try CutScan.scan(
                loss: loss, relaxation: relaxation, signal: signal, background: background,
                cuts: cuts, events: ones)
            #expect(plain == weighted, "\(loss) \(relaxation)")
        }
    }
}

@Test func scanWeighsEachEventByItsWeight() throws {
    // Hard cut at 0.5: signal 1, 2 pass (weights 2, 3), background 0.7 passes (weight 4).
    let events = EventWeights(signal: [1, 2, 3], background: [4, 5])
    let scan = try CutScan.scan(
        loss: .significance, relaxation: .hard, signal: [0.2, 1, 2], background: [0.7, -1],
        cuts: [0.5], events: events)
    #expect(scan.values == [5 / 2])
    #expect(scan.meanSignalWeights == [5.0 / 6])
    #expect(scan.meanBackgroundWeights == [4.0 / 9])
    let squares = try CutScan.scan(
        loss: .sumOfSquares, relaxation: .hard, signal: [0.2, 1, 2], background: [0.7, -1],
        cuts: [0.5], events: events)
    #expect(squares.values == [1 + 4])
    #expect(throws: EngineError.self) {
        try CutScan.scan(
            loss: .significance, relaxation: .hard, signal: [1], background: [0], cuts: [0],
            events: EventWeights(signal: [1, 2], background: [1]))
    }
    #expect(throws: EngineError.self) {
        try MaskedWindowGradient.gradient(
            relaxation: .erf, column: [1, 2], truth: [1, 0], events: [1], cut: 0, halfWidth: 1)
    }
}

@Test func maskedWindowGradientWeighsEachEvent() throws {
    let column: [Float] = [-1, 0.2, 0.6, 2]
    let truth: [Float] = [0, 1, 0, 1]
    let events: [Float] = [0.5, 2, 3, 0.25]
    let (weights, derivatives) = Relaxation.erf.weightsAndDerivatives(of: column, cut: 0.3)
    var expected = 0.0
    for index in column.indices where abs(column[index] - 0.3) < 1 {
        expected +=
            Double(2 * (weights[index] - truth[index]) * derivatives[index])
            * Double(events[index])
    }
    let found = try MaskedWindowGradient.gradient(
        relaxation: .erf, column: column, truth: truth, events: events, cut: 0.3, halfWidth: 1)
    #expect(found == expected)
    let plain = try MaskedWindowGradient.gradient(
        relaxation: .erf, column: column, truth: truth, cut: 0.3, halfWidth: 1)
    #expect(abs(found - plain) > 0.1 * abs(plain))
}
