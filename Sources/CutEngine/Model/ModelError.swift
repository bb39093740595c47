/// Why a model cannot be built, trained or evaluated. Every message says what is wrong and how
/// to fix it.
public enum ModelError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A network whose last layer does not have one output.
    case networkOutputNotScalar(outputSizes: [Int])
    /// `cuts(…, init=(…))` with a different number of values than input columns.
    case cutCountMismatch(given: Int, columns: Int)
    /// A model needs at least one input column.
    case noInputColumns
    /// Data with a different number of columns than the model was built for.
    case columnCountMismatch(model: Int, data: Int)
    /// Parameters that are not the model's (another structure).
    case parameterStructureMismatch(expected: [String], found: [String])
    /// An element index outside a parameter array.
    case parameterIndexOutOfRange(path: String, index: Int, count: Int)
    /// A loss that is not defined for the model's output (S/√B and Z_A train cuts alone).
    case lossDoesNotFitModel(loss: String, model: String)
    /// A selection on named columns in a model built without column names.
    case selectionNeedsColumnNames

    public var description: String {
        switch self {
        case .networkOutputNotScalar(let sizes):
            return "mlp(\(sizes.map(String.init).joined(separator: ","))) ends in "
                + "\(sizes.last ?? 0) outputs, but a model gives one number per event; "
                + "make the last size 1, like mlp(2,15,30,15,1)."
        case .cutCountMismatch(let given, let columns):
            return "cuts(…, init=…) gives \(given) start values for \(columns) input columns; "
                + "give one value per column or a single value for all."
        case .noInputColumns:
            return "a model needs at least one input column; give data with columns."
        case .columnCountMismatch(let model, let data):
            return "the model was built for \(model) input columns but the data has \(data); "
                + "build the model with inputColumns: \(data)."
        case .parameterStructureMismatch(let expected, let found):
            return "these parameters are not the model's: expected \(expected), found \(found); "
                + "start from model.initialParameters(seed:)."
        case .parameterIndexOutOfRange(let path, let index, let count):
            return "index \(index) is outside '\(path)', which has \(count) values; "
                + "use an index from 0 to \(count - 1)."
        case .lossDoesNotFitModel(let loss, let model):
            return "the loss \(loss) is defined for the weights of cuts alone, not for the "
                + "output of \(model); train cuts(…) with it, or use seed, squares or bce."
        case .selectionNeedsColumnNames:
            return "a selection such as cuts(sigmoid, 'pt > 40') reads columns by name; build "
                + "the model with Model(_:columnNames:)."
        }
    }
}
