import CutEngine
import Testing

/// Inference on a case small enough to check by hand: one hard cut on one column, where the
/// output is 1 above the cut and 0 below, and `sigmoid(out) > 0.5` means "above the cut".
struct ModelInferenceTests {
    // x:     −2   −1    1    2    3
    // truth:  0    1    1    0    1
    static func data() throws -> Dataset {
        try Dataset(columns: [("x", [-2, -1, 1, 2, 3])], truth: [0, 1, 1, 0, 1])
    }

    static func evaluator(loss: EventLoss = .sumOfSquares) throws -> ModelEvaluator {
        let model = try Model(parsing: "cuts(hard, init=0)", inputColumns: 1)
        return try ModelEvaluator(model: model, data: data(), loss: loss)
    }

    @Test func outputsKeepTheDataOrder() throws {
        let evaluator = try Self.evaluator()
        let parameters = evaluator.model.initialParameters(seed: 0)
        #expect(try evaluator.outputs(parameters) == [0, 0, 1, 1, 1])
    }

    @Test func confusionCounts() throws {
        let evaluator = try Self.evaluator()
        let result = try evaluator.classify(evaluator.model.initialParameters(seed: 0))
        #expect(result.isSignal == [false, false, true, true, true])
        #expect(result.counts.signalAsSignal == 2)
        #expect(result.counts.signalAsBackground == 1)
        #expect(result.counts.backgroundAsBackground == 1)
        #expect(result.counts.backgroundAsSignal == 1)
        #expect(result.counts.accuracy == 0.6)
    }

    @Test func passingSignalAgainstTheCut() throws {
        let evaluator = try Self.evaluator()
        let passing = try evaluator.passingSignalScan(
            evaluator.model.initialParameters(seed: 0), path: "SelectionCut/cuts", index: 0,
            values: [-3, 0.5, 1.5, 5])
        #expect(passing == [3, 2, 1, 0])
    }

    @Test func passingSignalIsWeightedOnWeightedData() throws {
        let model = try Model(parsing: "cuts(hard, init=0)", inputColumns: 1)
        let data = try Self.data().withWeights([0.5, 2, 0.25, 4, 0.125])
        let evaluator = try ModelEvaluator(model: model, data: data, loss: .sumOfSquares)
        // Signal events −1 (weight 2), 1 (0.25) and 3 (0.125); each cut passes those above it.
        let passing = try evaluator.passingSignalScan(
            evaluator.model.initialParameters(seed: 0), path: "SelectionCut/cuts", index: 0,
            values: [-3, 0.5, 1.5, 5])
        #expect(passing == [2.375, 0.375, 0.125, 0])
    }

    @Test func squaresLossAgainstTheCut() throws {
        let evaluator = try Self.evaluator()
        // Cut −3: all pass, wrong on the 2 background events. Cut 0.5: (−1 signal missed) +
        // (2 background kept) = 2. Cut 2.5: signal 1 missed, signal −1 missed = 2. Cut 5: 3.
        let losses = try evaluator.lossScan(
            evaluator.model.initialParameters(seed: 0), path: "SelectionCut/cuts", index: 0,
            values: [-3, 0.5, 2.5, 5])
        #expect(losses == [2, 2, 2, 3])
    }

    @Test func scanRejectsAnIndexOutsideTheArray() throws {
        let evaluator = try Self.evaluator()
        #expect(
            throws: ModelError.parameterIndexOutOfRange(
                path: "SelectionCut/cuts", index: 1, count: 1)
        ) {
            try evaluator.lossScan(
                evaluator.model.initialParameters(seed: 0), path: "SelectionCut/cuts", index: 1,
                values: [0])
        }
    }

    @Test func decisionBoundaryIsStrict() {
        #expect(!ModelEvaluator.isSignal(output: 0))
        #expect(ModelEvaluator.isSignal(output: 0.01))
        #expect(!ModelEvaluator.isSignal(output: -0.01))
    }
}
