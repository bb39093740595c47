import CutEngine
import Testing

/// Building models: names, parameter layout, initialisation, summary and errors.
struct ModelTests {
    @Test func parameterTreeFollowsTheExpression() throws {
        let model = try Model(
            parsing: "cuts(sigmoid, init=(1,2)) * sigmoid(mlp(2,15,30,15,1)) * cuts(erf)",
            inputColumns: 2)
        #expect(
            model.structure.paths == [
                "SelectionCut/cuts", "mlp/linear_0/w", "mlp/linear_0/b", "mlp/linear_1/w",
                "mlp/linear_1/b", "mlp/linear_2/w", "mlp/linear_2/b", "mlp/linear_3/w",
                "mlp/linear_3/b", "mlp/linear_4/w", "mlp/linear_4/b", "SelectionCut_1/cuts",
            ])
        #expect(model.parameterCount == 2 + 1012 + 2)
        #expect(try model.structure.entry("mlp/linear_2/w").shape == [15, 30])
        #expect(try model.initialParameters(seed: 0).array("SelectionCut/cuts") == [1, 2])
    }

    @Test func initialisationIsTruncatedNormalFromTheSeed() throws {
        let model = try Model(parsing: "mlp(2,15,30,15,1)", inputColumns: 2)
        let first = model.initialParameters(seed: 42)
        #expect(first == model.initialParameters(seed: 42))
        #expect(first != model.initialParameters(seed: 43))
        for entry in first.entries {
            let values = Array(first.values[entry.range])
            if entry.path.hasSuffix("/b") {
                #expect(values.allSatisfy { $0 == 0 })
            } else {
                let sigma = 1 / Float(entry.shape[0]).squareRoot()
                #expect(values.allSatisfy { abs($0) <= 2 * sigma * 1.000001 })
                #expect(values.contains { $0 != 0 })
            }
        }
        // The first weight is RandomState(42)'s first standard normal within ±2, scaled by 1/√2.
        var random = RandomState(seed: 42)
        let z = TruncatedNormal.draw(&random)
        #expect(first.values[0] == Float(z / 2.0.squareRoot()))
    }

    @Test func summaryListsModulesAndCounts() throws {
        let model = try Model(
            parsing: "cuts(sigmoid, init=-4) * sigmoid(mlp(2,15,30,15,1))", inputColumns: 2)
        let summary = model.summary
        #expect(summary.contains("cuts(sigmoid, init=-4) * sigmoid(mlp(2,15,30,15,1))"))
        #expect(summary.contains("SelectionCut"))
        #expect(summary.contains("MLP 2 → 2 → 15 → 30 → 15 → 1"))
        #expect(summary.contains("mlp/linear_2"))
        #expect(summary.contains("Linear 15 → 30, ReLU"))
        #expect(summary.contains("1012"))
        #expect(summary.hasSuffix("1014"))
    }

    @Test func networkMustEndInOneOutput() {
        #expect(throws: ModelError.networkOutputNotScalar(outputSizes: [2, 3])) {
            try Model(parsing: "mlp(2,3)", inputColumns: 2)
        }
    }

    @Test func cutStartsMustMatchTheColumns() {
        #expect(throws: ModelError.cutCountMismatch(given: 3, columns: 2)) {
            try Model(parsing: "cuts(erf, init=(1,1,1))", inputColumns: 2)
        }
    }

    @Test func dataMustHaveTheModelsColumns() throws {
        let model = try Model(parsing: "mlp(1)", inputColumns: 3)
        let data = try ModelReference.smallData(count: 10)
        #expect(throws: ModelError.columnCountMismatch(model: 3, data: 2)) {
            try ModelEvaluator(model: model, data: data)
        }
        #expect(throws: ModelError.noInputColumns) { try Model(parsing: "mlp(1)", inputColumns: 0) }
    }

    @Test func parametersOfAnotherModelAreRejected() throws {
        let data = try ModelReference.smallData(count: 10)
        let model = try Model(parsing: "mlp(2,1)", inputColumns: 2)
        let other = try Model(parsing: "cuts(erf)", inputColumns: 2)
        let evaluator = try ModelEvaluator(model: model, data: data)
        #expect(throws: ModelError.self) { try evaluator.outputs(other.initialParameters(seed: 0)) }
    }

    @Test func softmaxTableOfStudySeven() {
        let a = Softmax.softmax([1, 2, 3, 4])
        let b = Softmax.softmax([0, 2, 3, 4])
        let differences = zip(a, b).map { $0 - $1 }
        let expected = [0.0200, -0.0018, -0.0049, -0.0133]
        for (found, wanted) in zip(differences, expected) { #expect(abs(found - wanted) < 6e-4) }
        #expect(abs(a.reduce(0, +) - 1) < 1e-12)
        let log = Softmax.logSoftmax([1000, 1001])
        #expect(abs(log[1] - -0.31326168751822286) < 1e-12)
        #expect(Softmax.softmax([]).isEmpty)
        #expect(Softmax.logSoftmax([1, .nan]).allSatisfy { $0.isNaN })
    }
}
