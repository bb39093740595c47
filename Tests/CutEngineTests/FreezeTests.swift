import CutEngine
import Testing

/// Freezing a role of a model (`ModelTraining(frozenPaths:)`) and warm starts by role
/// (`ParameterTree.take(from:)`): frozen parameters end bit for bit as they started, with no
/// optimizer state; the rest still follows the loss's true gradient.
struct FreezeTests {
    static let text = "cuts(sigmoid, init=(0.2,-0.1)) * sigmoid(mlp(2,5,3,1))"

    /// Model C's small form, its start with non-zero biases, and 301 events.
    static func setUp() throws -> (Model, ParameterTree, Dataset) {
        let model = try Model(parsing: text, inputColumns: 2)
        var start = model.initialParameters(seed: 3)
        for entry in start.entries where entry.path.hasSuffix("/b") {
            for index in entry.range { start.values[index] = 0.1 * Float(index % 5) - 0.15 }
        }
        return (model, start, try ModelReference.smallData(count: 301))
    }

    @Test(arguments: ParameterRole.allCases)
    func frozenRoleIsBitIdenticalAfterAdamAndHasNoState(role: ParameterRole) throws {
        let (model, start, data) = try Self.setUp()
        let frozen = role.paths(in: start)
        #expect(!frozen.isEmpty)
        let training = try ModelTraining(
            model: model, loss: .bce, epochs: 60, learningRate: 0.05,
            frozenPaths: frozen)
        let result = try training.run(on: data, initial: start)
        let adam = try #require(result.training.optimizerState.children.first)
        let (mu, nu) = (try #require(adam.buffer("mu")), try #require(adam.buffer("nu")))
        var moved = 0
        for entry in start.entries {
            let before = Array(start.values[entry.range])
            let after = Array(result.parameters.values[entry.range])
            if frozen.contains(entry.path) {
                #expect(
                    before.map(\.bitPattern) == after.map(\.bitPattern), "\(entry.path) moved")
                #expect(entry.range.allSatisfy { mu[$0] == 0 && nu[$0] == 0 }, "\(entry.path)")
            } else if before != after {
                moved += 1
            }
        }
        // Everything not frozen trains.
        #expect(moved == start.entries.count - frozen.count)
    }

    /// One plain gradient step of size 1 moves each unfrozen parameter by minus its gradient:
    /// checked against central finite differences of the Float64 reference loss.
    @Test(arguments: ParameterRole.allCases)
    func unfrozenGradientMatchesFiniteDifferences(role: ParameterRole) throws {
        let (model, start, data) = try Self.setUp()
        let frozen = role.paths(in: start)
        let training = try ModelTraining(
            model: model, loss: .squares, optimizer: .gradient, epochs: 1,
            learningRate: 1, frozenPaths: frozen)
        let after = try training.run(on: data, initial: start).parameters
        let values = start.values.map(Double.init)
        let expected = ModelReference.gradient(
            model, values: values, data: data, loss: .sumOfSquares)
        let scale = max(1e-3, expected.map(abs).max() ?? 0)
        for entry in start.entries {
            for index in entry.range {
                let step = Double(start.values[index]) - Double(after.values[index])
                if frozen.contains(entry.path) {
                    #expect(start.values[index].bitPattern == after.values[index].bitPattern)
                } else {
                    #expect(
                        abs(step - expected[index]) <= 2e-3 * scale,
                        "\(entry.path)[\(index - entry.offset)]: \(step) vs \(expected[index])")
                }
            }
        }
    }

    @Test func freezingEveryParameterOrAnUnknownPathIsRefused() throws {
        let (model, start, _) = try Self.setUp()
        #expect(throws: EngineError.self) {
            try ModelTraining(model: model, epochs: 5, frozenPaths: start.paths)
        }
        #expect(throws: EngineError.self) {
            try ModelTraining(model: model, epochs: 5, frozenPaths: ["mlp/linear_9/w"])
        }
    }

    @Test func warmStartTakesSharedRolesInOrderAndLeavesTheRest() throws {
        let network = try Model(parsing: "sigmoid(mlp(2,5,3,1))", inputColumns: 2)
        let trained = network.initialParameters(seed: 11)
        let (_, start, _) = try Self.setUp()
        var target = start
        #expect(try target.take(from: trained) == [.network])
        #expect(try target.array("SelectionCut/cuts") == [0.2, -0.1])
        for path in ParameterRole.network.paths(in: target) {
            #expect(try target.array(path) == trained.array(path))
        }
        // Back the other way: the network role of model C starts a network alone.
        var alone = network.initialParameters(seed: 1)
        #expect(try alone.take(from: start) == [.network])
        #expect(alone.values == Array(start.values[2...]))
    }

    @Test func warmStartRefusesOtherShapesAndDisjointRoles() throws {
        let (_, start, _) = try Self.setUp()
        var wider = try Model(parsing: "sigmoid(mlp(2,6,3,1))", inputColumns: 2)
            .initialParameters(seed: 1)
        #expect(throws: WarmStartError.self) { try wider.take(from: start) }
        do {
            try wider.take(from: start)
        } catch {
            #expect(
                "\(error)"
                    == "its network parameters are mlp/linear_0/w 2×2, mlp/linear_0/b 2, mlp/linear_1/w 2×5, mlp/linear_1/b 5, mlp/linear_2/w 5×3, mlp/linear_2/b 3, mlp/linear_3/w 3×1, mlp/linear_3/b 1, this model's are mlp/linear_0/w 2×2, mlp/linear_0/b 2, mlp/linear_1/w 2×6, mlp/linear_1/b 6, mlp/linear_2/w 6×3, mlp/linear_2/b 3, mlp/linear_3/w 3×1, mlp/linear_3/b 1; give both the same network layout"
            )
        }
        var cuts = try Model(parsing: "cuts(erf)", inputColumns: 2).initialParameters(seed: 0)
        let network = try Model(parsing: "mlp(2,1)", inputColumns: 2).initialParameters(seed: 0)
        #expect(throws: WarmStartError.noCommonRole(source: [.network], target: [.cuts])) {
            try cuts.take(from: network)
        }
        var three = try Model(parsing: "cuts(erf)", inputColumns: 3).initialParameters(seed: 0)
        #expect(throws: WarmStartError.self) { try three.take(from: start) }
    }
}
