import CutEngine
import Foundation

/// A trained model as an ONNX graph: input `x` (float32 `[N, features]`, the data set's
/// columns in order), output `y` (`[N, 1]`), the raw output of the model expression, the same
/// number CutEngine's `ModelEvaluator.outputs` gives (to float32 rounding).
///
/// The expression is walked the way CutEngine's `ModelBuilder` builds it, left factor first,
/// so its `cuts(...)` and `mlp(...)` leaves meet `Model.modules` in order:
/// - `cuts(...)`: the product of the cuts' relaxed weights (`CutTerm.addWeight`);
/// - `mlp(sizes)`: `MatMul` by `linear_k/w` (`[in, out]`), `Add` of `linear_k/b`, `Relu`
///   after every layer but the last (Haiku's MLP);
/// - `sigmoid(e)`: `Sigmoid`; `a * b`: `Mul`.
enum ONNXExport {
    /// Why a model cannot be exported.
    struct Failure: Error, CustomStringConvertible {
        /// What went wrong.
        var description: String
    }

    /// The graph of `model` at `parameters` over the data columns `columns`, named `name`;
    /// `modelText` (the expression as the report wrote it) goes into the file's metadata.
    /// - Throws: `Failure` when the columns or parameters do not fit the model.
    static func graph(
        model: Model, parameters: ParameterTree, columns: [String], name: String,
        modelText: String
    ) throws -> ONNXGraph {
        guard columns.count == model.inputColumns else {
            throw Failure(
                description:
                    "the model reads \(model.inputColumns) column(s) but \(columns.count) column name(s) were given"
            )
        }
        try model.check(parameters)
        var graph = ONNXGraph(name: name, features: columns.count)
        var modules = model.modules[...]
        let output = try add(
            model.expression, to: &graph, modules: &modules, parameters: parameters,
            columns: columns)
        graph.setOutput(output)
        graph.metadata = [
            ("cutbook.model", modelText),
            ("cutbook.columns", columns.joined(separator: ",")),
        ]
        graph.documentation =
            "CutBook model \(name): \(modelText); input x = [\(columns.joined(separator: ", "))], output y = the model's raw output"
        return graph
    }

    private static func add(
        _ expression: ModelExpression, to graph: inout ONNXGraph,
        modules: inout ArraySlice<Model.Module>, parameters: ParameterTree, columns: [String]
    ) throws -> String {
        switch expression {
        case .cuts, .select, .mlp:
            guard let module = modules.popFirst() else {
                throw Failure(description: "the model has fewer modules than its expression")
            }
            if let terms = try CutTerm.terms(of: module, parameters: parameters, columns: columns) {
                var weight: String?
                for term in terms {
                    let next = term.addWeight(to: &graph, input: "x")
                    weight = weight.map { graph.apply("Mul", [$0, next]) } ?? next
                }
                guard let weight else { throw Failure(description: "a cuts(...) term has no cuts") }
                return weight
            }
            guard case .mlp(let network) = module else {
                throw Failure(description: "expected a network module for \(expression)")
            }
            return try addNetwork(network, to: &graph, parameters: parameters)
        case .sigmoid(let inner):
            let value = try add(
                inner, to: &graph, modules: &modules, parameters: parameters, columns: columns)
            return graph.apply("Sigmoid", [value])
        case .product(let left, let right):
            let a = try add(
                left, to: &graph, modules: &modules, parameters: parameters, columns: columns)
            let b = try add(
                right, to: &graph, modules: &modules, parameters: parameters, columns: columns)
            return graph.apply("Mul", [a, b])
        }
    }

    private static func addNetwork(
        _ network: MLP, to graph: inout ONNXGraph, parameters: ParameterTree
    ) throws -> String {
        var value = "x"
        for (index, layer) in network.layers.enumerated() {
            let weights = graph.constant(
                "\(layer.name)/w", shape: [layer.inputs, layer.outputs],
                values: try parameters.array("\(layer.name)/w"))
            let bias = graph.constant(
                "\(layer.name)/b", shape: [layer.outputs],
                values: try parameters.array("\(layer.name)/b"))
            value = graph.apply("Add", [graph.apply("MatMul", [value, weights]), bias])
            if index < network.layers.count - 1 { value = graph.apply("Relu", [value]) }
        }
        return value
    }
}
