import CutEngine

/// One comparison of a trained selection, the single description of a cut that both
/// `results.json` (`json`) and the ONNX export (`addWeight(to:input:)`) are written from.
///
/// A cut's relaxed weight is the relaxation applied to a signed distance `d` that is positive
/// where the hard cut passes:
///
/// | `op`      | passes            | distance d                       | JSON fields        |
/// |-----------|-------------------|----------------------------------|--------------------|
/// | `>`       | x > c             | x − c                            | `value`            |
/// | `<`       | x < c             | c − x                            | `value`            |
/// | `abs<`    | abs(x) < c        | c − abs(x)                       | `value`            |
/// | `abs>`    | abs(x) > c        | abs(x) − c                       | `value`            |
/// | `window`  | low < x < high    | x − low and high − x (a product) | `low`, `high`      |
///
/// The weight of `d` under each relaxation is that of `Relaxation` at a cut 0: `hard` is
/// `d > 0`, `sigmoid(k)` is σ(k·d), `erf` is (erf(d) + 1)/2 and `balanced` is 2σ(d) − 1.
/// A `select=` cut measures `d` in its width: the distance is multiplied by `sharpness`, 1/width
/// (as CutEngine's `BoundComparison` does), before the relaxation. `cuts(...)` modules make
/// one `>` cut per column with sharpness 1; `terms(of:parameters:columns:)` is the one place
/// that reads a module's cuts.
struct CutTerm: Equatable {
    /// The comparison and its numbers.
    enum Comparison: Equatable {
        case greater(Double)
        case less(Double)
        case absLess(Double)
        case absGreater(Double)
        case window(low: Double, high: Double)

        /// The `op` as `results.json` writes it.
        var op: String {
            switch self {
            case .greater: return ">"
            case .less: return "<"
            case .absLess: return "abs<"
            case .absGreater: return "abs>"
            case .window: return "window"
            }
        }
    }

    /// The data column's name.
    var column: String
    /// The column's index in the data set (the input's second axis).
    var columnIndex: Int
    /// What is compared.
    var comparison: Comparison
    /// How the cut is relaxed (with its slope).
    var relaxation: Relaxation
    /// 1/width of a `select=` cut: the distance is measured in widths (1 for `cuts(...)`).
    var sharpness: Float = 1

    /// The cuts of a model's `cuts(...)` module at `parameters`, one per column of `columns`,
    /// or nil for a network.
    /// - Throws: `EngineError.unknownParameter` when `parameters` lacks the module's cuts.
    static func terms(of module: Model.Module, parameters: ParameterTree, columns: [String])
        throws -> [CutTerm]?
    {
        switch module {
        case .mlp: return nil
        case .cuts(let name, let relaxation, _):
            let values = try parameters.array("\(name)/cuts")
            return values.enumerated().map { index, value in
                CutTerm(
                    column: index < columns.count ? columns[index] : "x\(index)",
                    columnIndex: index, comparison: .greater(Double(value)),
                    relaxation: relaxation)
            }
        case .comparisons(let name, let relaxation, let selection):
            let trained = try selection.with(values: try parameters.array("\(name)/cuts"))
            let bound = try trained.bound(to: columns, relaxation: relaxation)
            return zip(trained.comparisons, bound).map { comparison, bound in
                let values = comparison.values.map(Double.init)
                let compared: Comparison
                switch comparison.op {
                case .greater: compared = .greater(values[0])
                case .less: compared = .less(values[0])
                case .absGreater: compared = .absGreater(values[0])
                case .absLess: compared = .absLess(values[0])
                case .window: compared = .window(low: values[0], high: values[1])
                }
                return CutTerm(
                    column: comparison.column, columnIndex: bound.column, comparison: compared,
                    relaxation: relaxation, sharpness: bound.sharpness)
            }
        }
    }

    /// The cuts of each `cuts(...)` module of a training, in the model's order, at its final
    /// parameters (a network contributes none).
    /// - Throws: the model's error when the record's model cannot be rebuilt for its columns.
    static func modules(of record: TrainingRecord) throws -> [[CutTerm]] {
        let model = try Model(ModelExpression(parsing: record.model), columnNames: record.columns)
        let tree = try ParameterTree(
            record.parameters.map { ($0.name, $0.shape, $0.values.map(Float.init)) })
        return try model.modules.compactMap {
            try terms(of: $0, parameters: tree, columns: record.columns)
        }
    }

    /// What each of the cut's parameters is, by its column: `pt` for `pt > c` and `pt < c`,
    /// `|eta|` for `abs(eta) < c`, `mass low` and `mass high` for a window.
    var parameterNames: [String] {
        switch comparison {
        case .greater, .less: return [column]
        case .absLess, .absGreater: return ["|\(column)|"]
        case .window: return ["\(column) low", "\(column) high"]
        }
    }

    /// The cut's values in the data's units: one, both signs of an `abs` cut, or a window's
    /// two ends.
    var boundaries: [Double] {
        switch comparison {
        case .greater(let value), .less(let value): return [value]
        case .absLess(let value), .absGreater(let value): return [-value, value]
        case .window(let low, let high): return [low, high]
        }
    }

    /// The cut as `results.json` writes it: `{"column": "pt", "op": ">", "value": 41.2}` or
    /// `{"column": "mass", "op": "window", "low": 101, "high": 149}`, plus its relaxation.
    var json: JSONValue {
        var fields: [String: JSONValue] = [
            "column": .string(column), "op": .string(comparison.op),
            "relaxation": .string(relaxation.name),
        ]
        if case .sigmoid(let slope) = relaxation { fields["slope"] = .number(Double(slope)) }
        if sharpness != 1 { fields["width"] = .number(Double(1 / sharpness)) }
        switch comparison {
        case .greater(let value), .less(let value), .absLess(let value), .absGreater(let value):
            fields["value"] = .number(value)
        case .window(let low, let high):
            fields["low"] = .number(low)
            fields["high"] = .number(high)
        }
        return .object(fields)
    }

    /// Whether a value `x` passes the cut applied as a hard cut (strict comparisons; a value on
    /// the cut fails, as CutEngine's `hard` relaxation has it). NaN never passes.
    func passesHard(_ value: Float) -> Bool {
        let x = Double(value)
        switch comparison {
        case .greater(let cut): return x > cut
        case .less(let cut): return x < cut
        case .absLess(let cut): return abs(x) < cut
        case .absGreater(let cut): return abs(x) > cut
        case .window(let low, let high): return low < x && x < high
        }
    }

    /// Adds the nodes of this cut's weight, shape `[N, 1]`, reading the input `input`
    /// (`[N, features]`); returns the weight's name.
    func addWeight(to graph: inout ONNXGraph, input: String) -> String {
        let index = graph.integerConstant("column", shape: [1], values: [Int64(columnIndex)])
        let x = graph.apply("Gather", [input, index], attributes: [("axis", 1)])
        switch comparison {
        case .greater(let cut):
            return relaxed(graph.apply("Sub", [x, scalar(cut, &graph)]), &graph)
        case .less(let cut):
            return relaxed(graph.apply("Sub", [scalar(cut, &graph), x]), &graph)
        case .absLess(let cut):
            let magnitude = graph.apply("Abs", [x])
            return relaxed(graph.apply("Sub", [scalar(cut, &graph), magnitude]), &graph)
        case .absGreater(let cut):
            let magnitude = graph.apply("Abs", [x])
            return relaxed(graph.apply("Sub", [magnitude, scalar(cut, &graph)]), &graph)
        case .window(let low, let high):
            let above = relaxed(graph.apply("Sub", [x, scalar(low, &graph)]), &graph)
            let below = relaxed(graph.apply("Sub", [scalar(high, &graph), x]), &graph)
            return graph.apply("Mul", [above, below])
        }
    }

    /// The relaxation's weight of the signed distance `distance` (in widths for a `select=`
    /// cut).
    private func relaxed(_ raw: String, _ graph: inout ONNXGraph) -> String {
        let distance =
            sharpness == 1 ? raw : graph.apply("Mul", [raw, scalar(Double(sharpness), &graph)])
        switch relaxation {
        case .hard:
            let passes = graph.apply("Greater", [distance, scalar(0, &graph)])
            return graph.apply("Cast", [passes], attributes: [("to", 1)])  // to FLOAT
        case .sigmoid(let slope):
            let scaled =
                slope == 1
                ? distance : graph.apply("Mul", [distance, scalar(Double(slope), &graph)])
            return graph.apply("Sigmoid", [scaled])
        case .erf:
            let shifted = graph.apply("Add", [graph.apply("Erf", [distance]), scalar(1, &graph)])
            return graph.apply("Mul", [shifted, scalar(0.5, &graph)])
        case .balancedSigmoid:
            let s = graph.apply("Sigmoid", [distance])
            return graph.apply(
                "Sub", [graph.apply("Mul", [s, scalar(2, &graph)]), scalar(1, &graph)])
        }
    }

    private func scalar(_ value: Double, _ graph: inout ONNXGraph) -> String {
        graph.constant("c", shape: [1], values: [Float(value)])
    }
}
