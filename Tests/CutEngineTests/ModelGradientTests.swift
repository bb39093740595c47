import CutEngine
import Testing

/// The kernels' gradients against central finite differences of a Float64 reference, for every
/// model-expression form and loss, on 301 events (not a multiple of the SIMD width, so the
/// padded tail is exercised).
struct ModelGradientTests {
    static let cases: [(String, EventLoss)] = [
        ("cuts(sigmoid, init=(0.5,0.2))", .seed),
        ("cuts(erf, init=(1,1))", .seed),
        ("cuts(balanced, init=(-1,0.5))", .sumOfSquares),
        ("cuts(sigmoid, slope=2, init=0.3)", .meanBinaryCrossEntropy),
        ("mlp(2,15,30,15,1)", .seed),
        ("mlp(3,4,1)", .sumOfSquares),
        ("sigmoid(mlp(4,3,1))", .meanBinaryCrossEntropy),
        ("cuts(sigmoid, init=(0.5,0.5)) * mlp(2,5,1)", .seed),
        ("cuts(erf, init=(0.5,0.5)) * sigmoid(mlp(3,4,1))", .sumOfSquares),
        ("sigmoid(mlp(3,1)) * sigmoid(mlp(2,1))", .meanBinaryCrossEntropy),
    ]

    @Test(arguments: 0..<cases.count)
    func gradientMatchesFiniteDifferences(caseIndex: Int) throws {
        let (text, loss) = Self.cases[caseIndex]
        let data = try ModelReference.smallData(count: 301)
        let model = try Model(parsing: text, inputColumns: 2)
        var parameters = model.initialParameters(seed: 3)
        // Non-zero biases, so every ReLU boundary moves off the origin.
        for entry in parameters.entries where entry.path.hasSuffix("/b") {
            for index in entry.range { parameters.values[index] = 0.1 * Float(index % 5) - 0.15 }
        }
        let evaluator = try ModelEvaluator(model: model, data: data, loss: loss)
        let (value, gradient) = try evaluator.lossAndGradient(parameters)
        let values = parameters.values.map(Double.init)
        let reference = ModelReference.loss(model, values: values, data: data, loss: loss)
        #expect(abs(value - reference) <= 1e-4 * max(1, abs(reference)), "\(text): loss")
        let expected = ModelReference.gradient(model, values: values, data: data, loss: loss)
        let scale = max(1e-3, expected.map(abs).max() ?? 0)
        for (index, (found, wanted)) in zip(gradient.values, expected).enumerated() {
            #expect(
                abs(Double(found) - wanted) <= 2e-3 * scale,
                "\(text) \(loss): parameter \(index) gradient \(found) vs \(wanted)")
        }
    }

    @Test func hardCutsHaveZeroGradient() throws {
        let data = try ModelReference.smallData(count: 100)
        let model = try Model(parsing: "cuts(hard, init=(0,0))", inputColumns: 2)
        let evaluator = try ModelEvaluator(model: model, data: data, loss: .seed)
        let (_, gradient) = try evaluator.lossAndGradient(model.initialParameters(seed: 0))
        #expect(gradient.values == [0, 0])
    }
}
