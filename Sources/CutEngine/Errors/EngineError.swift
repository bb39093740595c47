/// An error from CutEngine's numerics: a bad size, learning rate, shape or parameter path.
///
/// Every message says what is wrong, the value that was found, and how to fix it.
public enum EngineError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A size (events, epochs, steps, columns…) that must be positive was zero or negative.
    case nonPositiveSize(what: String, value: Int)
    /// A learning rate that is NaN, infinite, zero or negative.
    case invalidLearningRate(Float)
    /// A hyperparameter outside its valid range (Adam's decay rates, epsilon, a slope…).
    case invalidHyperparameter(name: String, value: Double, expected: String)
    /// Two arrays that must have matching sizes do not.
    case shapeMismatch(what: String, expected: [Int], found: [Int])
    /// A parameter path that the tree does not hold.
    case unknownParameter(path: String, available: [String])
    /// A parameter path added twice to one tree.
    case duplicateParameter(path: String)
    /// Data that must be finite holds a NaN or an infinity.
    case nonFiniteData(what: String, index: Int, value: Float)
    /// A scan or grid range that is empty, reversed or not finite.
    case invalidRange(what: String, from: Double, to: Double)
    /// A training adjustment (annealing, a restoring term, a stochastic gradient) asked of a
    /// model it does not apply to; `fix` says what does.
    case unsupportedAdjustment(what: String, model: String, fix: String)

    public var description: String {
        switch self {
        case .nonPositiveSize(let what, let value):
            return "\(what) must be positive, found \(value); give a count of at least 1."
        case .invalidLearningRate(let value):
            return "learning rate must be a finite number greater than 0, found \(value); "
                + "use a value such as 0.002."
        case .invalidHyperparameter(let name, let value, let expected):
            return "\(name) must be \(expected), found \(value)."
        case .shapeMismatch(let what, let expected, let found):
            return "\(what): expected shape \(expected), found \(found); "
                + "make the sizes agree."
        case .unknownParameter(let path, let available):
            return "no parameter named '\(path)'; the tree holds: "
                + (available.isEmpty ? "nothing" : available.joined(separator: ", ")) + "."
        case .duplicateParameter(let path):
            return "parameter '\(path)' is already in the tree; give each parameter one path."
        case .nonFiniteData(let what, let index, let value):
            return "\(what) holds \(value) at index \(index); remove or replace non-finite values."
        case .invalidRange(let what, let from, let to):
            return "\(what): the range \(from)…\(to) is empty or not finite; "
                + "give finite bounds with from < to."
        case .unsupportedAdjustment(let what, let model, let fix):
            return "\(what) does not apply to \(model); \(fix)."
        }
    }
}
