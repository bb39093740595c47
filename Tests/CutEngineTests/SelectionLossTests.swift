import CutEngine
import Foundation
import Testing

/// Z_A, the selection losses and the comparison objective: values against hand-computed and
/// Float64 references, gradients against finite differences.
struct SelectionLossTests {
    @Test func asimovMatchesHandComputedValues() throws {
        // s = 10, b = 100: 2(110 ln 1.1 − 10) = 0.968239…, Z = 0.983992.
        let plain = try AsimovSignificance.value(signal: 10, background: 100)
        #expect(abs(plain - 0.983992) < 1e-6)
        // σ_b = 0.1 b = 10: 2[110 ln(22000/21000) − 100 ln 1.05] = 0.476372…, Z = 0.690197.
        let uncertain = try AsimovSignificance.value(
            signal: 10, background: 100, relativeUncertainty: 0.1)
        #expect(abs(uncertain - 0.690197) < 1e-5)
        // (Where s ≪ b the printed formula cancels; the log1p form keeps its digits.)
        for (s, b, r) in [(3.0, 7.0, 0.0), (3.0, 7.0, 0.3), (250.0, 4000.0, 0.05), (40, 50, 0.2)] {
            let z = try AsimovSignificance.value(signal: s, background: b, relativeUncertainty: r)
            #expect(
                GradientReference.agrees(
                    z, SelectionReference.asimov(s: s, b: b, relative: r), relative: 1e-9,
                    absolute: 1e-12), "s \(s) b \(b) r \(r)")
        }
    }

    @Test(arguments: [0.0, 0.1, 0.5])
    func asimovGradientMatchesFiniteDifferences(relative: Double) throws {
        for (s, b) in [(10.0, 100.0), (3.0, 2.0), (5, 400.0)] {
            let z = try AsimovSignificance.valueAndGradient(
                signal: s, background: b, relativeUncertainty: relative)
            // Steps relative to the value: the printed formula cancels for s ≪ b, so a tiny step
            // would measure its rounding.
            let dS = GradientReference.derivative(
                { SelectionReference.asimov(s: $0, b: b, relative: relative) }, at: s,
                step: 1e-3 * s)
            let dB = GradientReference.derivative(
                { SelectionReference.asimov(s: s, b: $0, relative: relative) }, at: b,
                step: 1e-3 * b)
            #expect(GradientReference.agrees(z.signal, dS, relative: 1e-5, absolute: 1e-10))
            #expect(GradientReference.agrees(z.background, dB, relative: 1e-5, absolute: 1e-10))
        }
    }

    @Test func asimovEdgesAreDefinedOrRefused() throws {
        let zero = try AsimovSignificance.valueAndGradient(
            signal: 0, background: 25, relativeUncertainty: 0.2)
        #expect(zero.value == 0)
        #expect(abs(zero.signal - 1 / (25 * (1 + 0.04 * 25)).squareRoot()) < 1e-12)
        let tiny = try AsimovSignificance.valueAndGradient(signal: 1e-9, background: 25)
        #expect(tiny.value.isFinite && tiny.signal.isFinite && tiny.background.isFinite)
        #expect(abs(tiny.value - 1e-9 / 5) < 1e-15)
        #expect(throws: SelectionError.self) {
            try AsimovSignificance.value(signal: 5, background: 0)
        }
        #expect(throws: SelectionError.self) {
            try AsimovSignificance.value(signal: 5, background: .nan)
        }
    }

    static let losses: [SelectionLoss] = [
        .significance, .asimov(relativeUncertainty: 0), .asimov(relativeUncertainty: 0.1),
        .perEvent(.sumOfSquares), .perEvent(.meanBinaryCrossEntropy),
    ]
    static let cases: [(SelectionLoss, Bool, String)] = losses.flatMap { loss in
        [false, true].flatMap { weighted in
            ["sigmoid", "erf"].map { (loss, weighted, $0) }
        }
    }

    @Test(arguments: cases)
    func comparisonGradientMatchesFiniteDifferences(
        loss: SelectionLoss, weighted: Bool, relaxationName: String
    ) throws {
        let relaxation = Relaxation.named(relaxationName)!
        let data = try SelectionReference.dataset(weighted: weighted)
        let selection = try CutSpec(
            parsing: "x > 0.2 ~ 0.5, abs(y) < 1.5 ~ 0.4, -2 < x < 2.5 ~ 0.6, y > -1 ~ 0.7")
        let values: [Double] = [0.2, 1.5, -2, 2.5, -1]
        var objective = try ComparisonObjective(
            selection: selection, relaxation: relaxation, loss: loss, data: data)
        var gradient = ParameterTree()
        let value = try objective.lossAndGradient(
            at: objective.initialParameters, gradient: &gradient)
        let reference = SelectionReference.loss(
            loss, relaxation, selection, data: data, values: values)
        #expect(GradientReference.agrees(Double(value), reference, relative: 1e-5, absolute: 1e-6))
        Self.expectGradient(gradient.values, at: values) {
            SelectionReference.loss(loss, relaxation, selection, data: data, values: $0)
        }
    }

    /// Each of `got` against the central difference of `reference` at `values`.
    static func expectGradient(
        _ got: [Float], at values: [Double], reference: ([Double]) -> Double
    ) {
        for p in values.indices {
            let slope = GradientReference.derivative(
                { shifted in
                    var moved = values
                    moved[p] = shifted
                    return reference(moved)
                }, at: values[p])
            #expect(
                GradientReference.agrees(Double(got[p]), slope, relative: 2e-3, absolute: 1e-4),
                "parameter \(p): \(got[p]) vs \(slope)")
        }
    }

    @Test func kernelSelectionGradientMatchesFiniteDifferences() throws {
        let data = try SelectionReference.dataset(weighted: true)
        let selection = try CutSpec(parsing: "x > 0.2 ~ 0.5, -1.5 < y < 1 ~ 0.4, abs(x) < 2 ~ 0.3")
        let model = try Model(.select(.sigmoid(), selection), columnNames: data.columnNames)
        let values: [Double] = [0.2, -1.5, 1, 2]
        for loss in [EventLoss.sumOfSquares, .meanBinaryCrossEntropy] {
            let evaluator = try ModelEvaluator(model: model, data: data, loss: loss)
            let (value, gradient) = try evaluator.lossAndGradient(model.initialParameters(seed: 0))
            let reference = SelectionReference.loss(
                .perEvent(loss), .sigmoid(), selection, data: data, values: values)
            #expect(GradientReference.agrees(value, reference, relative: 1e-5, absolute: 1e-6))
            Self.expectGradient(gradient.values, at: values) {
                SelectionReference.loss(
                    .perEvent(loss), .sigmoid(), selection, data: data, values: $0)
            }
        }
    }

    @Test func unitWeightsGiveTheUnweightedLoss() throws {
        let outputs: [Float] = [0.1, 0.8, 0.45, 0.99, 0.02]
        let truth: [Float] = [0, 1, 1, 1, 0]
        let ones = [Float](repeating: 1, count: 5)
        for loss in [EventLoss.sumOfSquares, .meanBinaryCrossEntropy] {
            let plain = try loss.valueAndGradient(outputs: outputs, truth: truth)
            var gradient = [Float](repeating: 0, count: 5)
            let weighted = try outputs.withUnsafeBufferPointer { o in
                try truth.withUnsafeBufferPointer { t in
                    try ones.withUnsafeBufferPointer { w in
                        try gradient.withUnsafeMutableBufferPointer { g in
                            try loss.evaluate(outputs: o, truth: t, weights: w, outputGradient: g)
                        }
                    }
                }
            }
            #expect(abs(weighted - plain.value) <= 1e-6 * abs(plain.value))
            for index in 0..<5 { #expect(abs(gradient[index] - plain.gradient[index]) < 1e-6) }
        }
    }

    @Test func theSeedLossRefusesWeights() throws {
        let data = try SelectionReference.dataset(weighted: true)
        #expect(throws: SelectionError.self) {
            try ComparisonObjective(
                selection: CutSpec(parsing: "x > 0 ~ 1"), relaxation: .sigmoid(),
                loss: .perEvent(.seed), data: data)
        }
    }

    @Test func adamMaximisesZA() throws {
        let data = try SelectionReference.dataset(weighted: true)
        let selection = try CutSpec(parsing: "x > -1 ~ 0.3, abs(y) < 3 ~ 0.3")
        let model = try Model(.select(.sigmoid(), selection), columnNames: data.columnNames)
        let training = try ModelTraining(
            model: model, loss: .asimov, optimizer: .adam, epochs: 60, learningRate: 0.05,
            relativeUncertainty: 0.1)
        let (train, test) = try data.split(fraction: 0.7, seed: 5)
        let result = try training.run(on: train, validation: test)
        let losses = result.training.lossHistory
        #expect(losses.last! > losses.first!, "Z_A rose: \(losses.first!) → \(losses.last!)")
        #expect(result.validationLosses.count == result.training.log.count)
        #expect(result.validationLosses.filter { !$0.isFinite }.isEmpty)
    }
}
