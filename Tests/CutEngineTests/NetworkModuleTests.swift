import CutEngine
import Testing

/// The network modules on their own.
struct NetworkModuleTests {
    @Test func linearHasHaikusShapesAndNames() throws {
        let layer = try Linear(name: "mlp/linear_0", inputs: 3, outputs: 4)
        var tree = ParameterTree()
        var random = RandomState(seed: 1)
        try layer.addInitialParameters(to: &tree, random: &random)
        #expect(tree.paths == ["mlp/linear_0/w", "mlp/linear_0/b"])
        #expect(try tree.entry("mlp/linear_0/w").shape == [3, 4])
        #expect(try tree.array("mlp/linear_0/b") == [0, 0, 0, 0])
        #expect(layer.parameterCount == 16)
    }

    @Test func sizesMustBePositive() {
        #expect(throws: EngineError.self) { try Linear(name: "l", inputs: 0, outputs: 1) }
        #expect(throws: EngineError.self) { try Linear(name: "l", inputs: 1, outputs: -2) }
        #expect(throws: EngineError.self) { try MLP(inputs: 2, outputSizes: []) }
    }

    @Test func mlpOfTheStudies() throws {
        let network = try MLP(inputs: 2, outputSizes: [2, 15, 30, 15, 1])
        #expect(network.parameterCount == 1012)
        #expect(network.layers.map(\.name) == (0..<5).map { "mlp/linear_\($0)" })
    }

    @Test func truncatedNormalStaysWithinTwoSigma() {
        var random = RandomState(seed: 9)
        let draws = (0..<20_000).map { _ in TruncatedNormal.draw(&random) }
        #expect(draws.allSatisfy { abs($0) <= 2 })
        let mean = draws.reduce(0, +) / Double(draws.count)
        let variance = draws.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(draws.count)
        #expect(abs(mean) < 0.02)
        // The variance of a standard normal truncated at ±2 is 0.7737.
        #expect(abs(variance - 0.7737) < 0.02)
    }
}
