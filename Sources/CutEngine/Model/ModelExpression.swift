/// A model as the talk's one-liner writes it: cuts, networks, a sigmoid and products, like
/// `cuts(sigmoid, init=(1,1)) * sigmoid(mlp(2,15,30,15,1))`. Parse text with
/// `ModelExpression(parsing:)`; `description` prints the canonical text back.
public indirect enum ModelExpression: Sendable, Hashable, CustomStringConvertible {
    /// One relaxed cut per input column, weights multiplied (the selection module), starting
    /// from `initial`.
    case cuts(Relaxation, initial: CutStart)
    /// Relaxed comparisons on named columns, as physicists write them
    /// (`cuts(sigmoid, 'pt > 40, abs(eta) < 2')`), weights multiplied; the numbers written are
    /// the start values (see `CutSpec`).
    case select(Relaxation, CutSpec)
    /// A multilayer perceptron on all input columns with these layer sizes; the last is 1.
    case mlp(outputSizes: [Int])
    /// The logistic function of the inner model's output.
    case sigmoid(ModelExpression)
    /// The product of two models' outputs.
    case product(ModelExpression, ModelExpression)

    /// The canonical text: parsing it gives the same expression.
    public var description: String {
        switch self {
        case .cuts(let relaxation, let initial):
            var arguments = [relaxation.name]
            if case .sigmoid(let slope) = relaxation, slope != 1 {
                arguments.append("slope=\(Self.format(slope))")
            }
            arguments.append("init=\(initial)")
            return "cuts(\(arguments.joined(separator: ", ")))"
        case .select(let relaxation, let selection):
            return "cuts(\(relaxation.name), '\(selection)')"
        case .mlp(let sizes):
            return "mlp(\(sizes.map(String.init).joined(separator: ",")))"
        case .sigmoid(let inner):
            return "sigmoid(\(inner))"
        case .product(let left, let right):
            return "\(left) * \(right)"
        }
    }

    static func format(_ value: Float) -> String {
        value == value.rounded() && abs(value) < 1e7 ? String(Int(value)) : "\(value)"
    }
}

/// Where the cuts of a `cuts(…)` term start.
public enum CutStart: Sendable, Hashable, CustomStringConvertible {
    /// Every cut at the same value, `init=-60`.
    case all(Float)
    /// One value per input column, `init=(1,1)`.
    case each([Float])

    /// The cuts' default start, 1 on every column (the studies' usual start).
    public static let standard = CutStart.all(1)

    /// The start values for `columns` input columns.
    /// - Throws: `ModelError.cutCountMismatch` when `each` has a different count.
    public func values(columns: Int) throws -> [Float] {
        switch self {
        case .all(let value): return [Float](repeating: value, count: columns)
        case .each(let values):
            guard values.count == columns else {
                throw ModelError.cutCountMismatch(given: values.count, columns: columns)
            }
            return values
        }
    }

    /// `-60` or `(1,1)`, as written in an expression.
    public var description: String {
        switch self {
        case .all(let value): return ModelExpression.format(value)
        case .each(let values):
            return "(" + values.map(ModelExpression.format).joined(separator: ",") + ")"
        }
    }
}
