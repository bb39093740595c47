import CutEngine
import Foundation
import Testing

private let smoothRelaxations: [Relaxation] = [
    .erf, .sigmoid(), .sigmoid(slope: 2.5), .balancedSigmoid,
]

@Test(arguments: smoothRelaxations)
func relaxationDerivativeMatchesFiniteDifferences(relaxation: Relaxation) {
    for x in stride(from: -6.0, through: 6.0, by: 0.37) {
        for cut in [-1.3, 0.0, 0.8] {
            let reference = GradientReference.derivative(
                { GradientReference.weight(relaxation, x, $0) }, at: cut)
            let got = Double(relaxation.derivative(Float(x), cut: Float(cut)))
            #expect(GradientReference.agrees(got, reference, relative: 1e-4, absolute: 1e-6))
            let weight = Double(relaxation.weight(Float(x), cut: Float(cut)))
            #expect(abs(weight - GradientReference.weight(relaxation, x, cut)) < 1e-6)
        }
    }
}

@Test func hardCutHasZeroDerivativeAndStrictInequality() {
    #expect(Relaxation.hard.weight(1, cut: 1) == 0)
    #expect(Relaxation.hard.weight(1.0001, cut: 1) == 1)
    #expect(Relaxation.hard.weight(0.9999, cut: 1) == 0)
    #expect(Relaxation.hard.derivative(1, cut: 1) == 0)
}

@Test func erfIsExactlyFlatFarFromTheCut() {
    #expect(Relaxation.erf.weight(-5, cut: 60) == 0)
    #expect(Relaxation.erf.derivative(-5, cut: 60) == 0)
    // The sigmoid keeps a tiny, accurate weight: σ(−65) ≈ 5.9e-29.
    let sigmoid = Relaxation.sigmoid().weight(-5, cut: 60)
    #expect(abs(Double(sigmoid) - 1 / (1 + exp(65.0))) < 1e-6 * 5.9e-29)
}

@Test func bufferKernelMatchesScalarForAnyLength() {
    let relaxation = Relaxation.erf
    for count in [1, 15, 16, 17, 33] {
        let column = (0..<count).map { Float($0) * 0.3 - 4 }
        let (weights, derivatives) = relaxation.weightsAndDerivatives(of: column, cut: 0.5)
        for index in column.indices {
            #expect(weights[index] == relaxation.weight(column[index], cut: 0.5))
            #expect(derivatives[index] == relaxation.derivative(column[index], cut: 0.5))
        }
    }
}

@Test func invalidSigmoidSlopeIsATypedError() {
    #expect(throws: EngineError.self) { try Relaxation.sigmoid(slope: 0).validate() }
    #expect(throws: EngineError.self) { try Relaxation.sigmoid(slope: -1).validate() }
    #expect(throws: EngineError.self) { try Relaxation.sigmoid(slope: .nan).validate() }
}

private let cases: [(Relaxation, CutLoss)] = smoothRelaxations.flatMap { relaxation in
    CutLoss.allCases.map { (relaxation, $0) }
}

@Test(arguments: cases)
func cutLossGradientMatchesFiniteDifferences(relaxation: Relaxation, loss: CutLoss) {
    let signal = GradientReference.sample(seed: 7, mu: 1.5, sigma: 1, count: 300)
    let background = GradientReference.sample(seed: 8, mu: -0.5, sigma: 2, count: 500)
    for cut in [-1.0, 0.4, 1.7] {
        let (value, gradient) = loss.valueAndCutGradient(
            relaxation: relaxation, signal: signal, background: background, cut: Float(cut))
        let reference = GradientReference.derivative(
            {
                GradientReference.cutLoss(
                    loss, relaxation, signal: signal, background: background, cut: $0)
            }, at: cut)
        let referenceValue = GradientReference.cutLoss(
            loss, relaxation, signal: signal, background: background, cut: cut)
        // The balanced sigmoid's negative weights make S/√B and the BCE NaN, as in the seed.
        guard !referenceValue.isNaN else {
            #expect(value.isNaN)
            continue
        }
        // BCE's log(w + 1e-6) magnifies Float's absolute error of small weights.
        let tolerance = loss == .binaryCrossEntropy ? 1e-3 : 2e-5
        #expect(
            GradientReference.agrees(value, referenceValue, relative: tolerance, absolute: 1e-4))
        #expect(
            GradientReference.agrees(gradient, reference, relative: 10 * tolerance, absolute: 1e-3))
    }
}

@Test(arguments: CutLoss.allCases)
func hardCutLossGradientIsZero(loss: CutLoss) {
    let signal = GradientReference.sample(seed: 7, mu: 1.5, sigma: 1, count: 300)
    let background = GradientReference.sample(seed: 8, mu: -0.5, sigma: 2, count: 500)
    let (_, gradient) = loss.valueAndCutGradient(
        relaxation: .hard, signal: signal, background: background, cut: 0.3)
    #expect(gradient == 0)
}
