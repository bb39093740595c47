/// The model-expression grammar as one table: every function with its arguments, what it builds
/// and examples, and the operators that join models.
///
/// `ModelExpressionParser` takes the function names it dispatches on and the option names of
/// `cuts(…)` from here, and CutBook writes `docs/model-grammar.md` from it, so the reference and
/// the parser cannot drift; a test parses every example.
public enum ModelGrammar {
    /// Every function, in the order the reference lists them.
    public static let functions: [ModelFunction] = [
        ModelFunction(
            name: .cuts,
            forms: [
                "cuts(relaxation [, init=start] [, slope=k])",
                "cuts(relaxation, 'selection')",
            ],
            arguments: [
                ModelArgument(
                    name: "relaxation", type: "a relaxation name", defaultValue: nil,
                    meaning:
                        "how each hard cut is relaxed: \(Relaxation.names.map { "`\($0)`" }.joined(separator: ", "))"
                )
            ] + CutsOption.allCases.map(\.argument) + [
                ModelArgument(
                    name: "'selection'", type: "quoted comparisons", defaultValue: nil,
                    meaning:
                        "instead of init= and slope=: comparisons on named columns whose numbers are the start values and whose `~ w` sets a cut's width (see the selection grammar below); it must be the last argument"
                )
            ],
            builds:
                "A selection module (`SelectionCut`, `SelectionCut_1`, … in the parameters): without a quoted selection one cut `x > c` per input column, with one the comparisons written; the output is the product of the cuts' weights: in [0, 1] (0 or 1 for `hard`), in [−1, 1] for `balanced`.",
            examples: [
                "cuts(sigmoid)",
                "cuts(erf, init=(1,1))",
                "cuts(sigmoid, slope=2, init=-60)",
                "cuts(sigmoid, 'pt > 40, abs(eta) < 2, 100 < mass < 150')",
                "cuts(erf, 'score > 0.3 ~ 0.05')",
            ]),
        ModelFunction(
            name: .mlp,
            forms: ["mlp(size, size, …, 1)"],
            arguments: [
                ModelArgument(
                    name: "size", type: "whole numbers ≥ 1, one or more", defaultValue: nil,
                    meaning:
                        "the output size of each layer, as Haiku's `hk.nets.MLP(output_sizes)` takes them: the first number is the first hidden layer, not the input count; the input width is inferred from the data's columns; the last size must be 1 (one output per event)"
                )
            ],
            builds:
                "A multilayer perceptron (`mlp`, `mlp_1`, … with layers `linear_0`, `linear_1`, …) on all input columns: ReLU between layers, none after the last, weights drawn from a truncated normal with standard deviation 1/√inputs and zero biases, as Haiku does. `mlp(2,15,30,15,1)` on 2 columns has layers 2→2→15→30→15→1. Its output is unbounded.",
            examples: ["mlp(8,8,1)", "mlp(2,15,30,15,1)", "mlp(1)"]),
        ModelFunction(
            name: .sigmoid,
            forms: ["sigmoid(model)"],
            arguments: [
                ModelArgument(
                    name: "model", type: "a model expression", defaultValue: nil,
                    meaning: "exactly one model, which may itself be a product")
            ],
            builds:
                "The logistic function 1/(1 + e^−y) of the inner model's output y: it maps a network's unbounded output into (0, 1), so it can be a probability (`loss=bce`) or multiply cuts.",
            examples: ["sigmoid(mlp(8,8,1))", "sigmoid(mlp(4,1) * mlp(4,1))"]),
    ]

    /// The operators between models, with their meaning and examples.
    public static let operators: [(written: String, meaning: String, examples: [String])] = [
        (
            "model * model",
            "the product of the two outputs, event by event: cuts and a network trained together; `*` joins left to right",
            [
                "cuts(sigmoid, init=(1,1)) * sigmoid(mlp(2,15,30,15,1))",
                "cuts(sigmoid, 'score > 0.3') * sigmoid(mlp(8,8,1))",
            ]
        ),
        (
            "(model)",
            "grouping, for a product inside a product; spaces anywhere are ignored",
            ["(cuts(erf) * cuts(hard)) * sigmoid(mlp(3,1))"]
        ),
    ]

    /// The function names, in table order: what the parser dispatches on.
    public static let functionNames = functions.map(\.name.rawValue)

    /// Every example of the table: the functions' and the operators'.
    public static var allExamples: [String] {
        functions.flatMap(\.examples) + operators.flatMap(\.examples)
    }
}

/// One function of the model grammar.
public struct ModelFunction: Sendable {
    /// The functions there are; the parser has one branch for each.
    public enum Name: String, Sendable, CaseIterable {
        /// Relaxed cuts.
        case cuts
        /// A multilayer perceptron.
        case mlp
        /// The logistic function of a model.
        case sigmoid
    }

    /// Its name.
    public let name: Name
    /// How it is called, one line per form, with optional parts in brackets.
    public let forms: [String]
    /// Its arguments, in the order written.
    public let arguments: [ModelArgument]
    /// What it builds.
    public let builds: String
    /// Expressions that use it; each one parses.
    public let examples: [String]
}

/// One argument of a model function.
public struct ModelArgument: Sendable {
    /// Its name as written: `relaxation`, or `init=` for an option written with its name.
    public let name: String
    /// What it takes.
    public let type: String
    /// Its default as written, or nil when it is required (or an alternative form).
    public let defaultValue: String?
    /// What it means.
    public let meaning: String
}

/// The options `cuts(…)` takes by name, `init=` and `slope=`; the parser accepts exactly these.
public enum CutsOption: String, Sendable, CaseIterable {
    /// Where the cuts start.
    case start = "init"
    /// The sigmoid's slope.
    case slope

    /// The option as an argument of the table.
    public var argument: ModelArgument {
        switch self {
        case .start:
            return ModelArgument(
                name: "init=", type: "a number, or (number, …) with one per input column",
                defaultValue: CutStart.standard.description,
                meaning: "the cuts' start values: one for every column, or one each")
        case .slope:
            return ModelArgument(
                name: "slope=", type: "a number > 0", defaultValue: "1",
                meaning:
                    "only for `sigmoid`: the sharpness k of σ(k(x − c)), in 1/(the data's units)")
        }
    }
}
