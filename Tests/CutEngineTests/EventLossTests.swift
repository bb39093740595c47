import CutEngine
import Foundation
import Testing

@Test(arguments: EventLoss.allCases)
func eventLossGradientMatchesFiniteDifferences(loss: EventLoss) throws {
    let count = 37
    let raw = GradientReference.sample(seed: 11, mu: 0, sigma: 1.5, count: count)
    // Probabilities for the mean BCE, raw outputs otherwise.
    let outputs = loss == .meanBinaryCrossEntropy ? raw.map { 1 / (1 + exp(-$0)) } : raw
    let truth = (0..<count).map { Float($0 % 3 == 0 ? 1 : 0) }
    let (value, gradient) = try loss.valueAndGradient(outputs: outputs, truth: truth)
    let doubles = outputs.map(Double.init)
    let referenceValue = GradientReference.eventLoss(loss, outputs: doubles, truth: truth)
    #expect(GradientReference.agrees(Double(value), referenceValue, relative: 1e-5, absolute: 1e-5))
    for index in [0, 1, 5, 18, 36] {
        let reference = GradientReference.derivative(
            { shifted in
                var moved = doubles
                moved[index] = shifted
                return GradientReference.eventLoss(loss, outputs: moved, truth: truth)
            }, at: doubles[index], step: 1e-5)
        #expect(
            GradientReference.agrees(
                Double(gradient[index]), reference, relative: 1e-4, absolute: 1e-6))
    }
}

@Test func seedLossIsShiftDependentAsTheCatalogueSays() throws {
    // Softmax over the batch: raising one output changes every event's share.
    let truth: [Float] = [1, 0]
    let (low, _) = try EventLoss.seed.valueAndGradient(outputs: [0, 0], truth: truth)
    let (high, _) = try EventLoss.seed.valueAndGradient(outputs: [0, 3], truth: truth)
    #expect(high > low)
}

@Test func seedLossPartialsAddInAnyBlockSplit() {
    let outputs = GradientReference.sample(seed: 3, mu: 0, sigma: 1, count: 1000)
    let truth = (0..<1000).map { Float($0 % 2) }
    let whole = outputs.withUnsafeBufferPointer { o in
        truth.withUnsafeBufferPointer { t in SeedLoss.partials(outputs: o, truth: t) }
    }
    var split = SeedLoss.Partials()
    for start in stride(from: 0, to: 1000, by: SeedLoss.blockSize) {
        let end = min(1000, start + SeedLoss.blockSize)
        let part = outputs[start..<end].withUnsafeBufferPointer { o in
            truth[start..<end].withUnsafeBufferPointer { t in
                SeedLoss.partials(outputs: o, truth: t)
            }
        }
        split.add(part)
    }
    #expect(split == whole)
}

@Test func eventLossRejectsMismatchedLengths() {
    #expect(throws: EngineError.self) {
        try EventLoss.sumOfSquares.valueAndGradient(outputs: [1, 2], truth: [1])
    }
}
