/// What can go wrong when building or reading a ``Dataset``.
///
/// Each case carries the offending names and sizes; ``description`` says what was wrong and how
/// to fix it.
public enum DatasetError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A data set needs at least one column.
    case noColumns
    /// Two columns share a name.
    case duplicateColumn(String)
    /// A column name that is empty.
    case emptyColumnName(index: Int)
    /// A column whose length differs from the truth labels'.
    case columnLengthMismatch(column: String, count: Int, expected: Int)
    /// A truth label other than 0 (background) or 1 (signal).
    case invalidTruthLabel(event: Int, value: Float)
    /// A column name that the data set does not have.
    case unknownColumn(String, available: [String])
    /// A column index outside the data set.
    case columnIndexOutOfRange(Int, columnCount: Int)
    /// Parts to concatenate whose columns differ (names or order).
    case mismatchedColumns(part: Int, columns: [String], expected: [String])
    /// Nothing to concatenate.
    case nothingToConcatenate
    /// A number of column names that differs from the number of columns.
    case columnNameCountMismatch(names: Int, columns: Int)
    /// An event weight that is NaN or infinite.
    case invalidWeight(event: Int, value: Float)
    /// A split fraction outside (0, 1).
    case invalidSplitFraction(Double)
    /// A split that leaves one part without events of a class.
    case emptySplitPart(part: Int, className: String, classCount: Int)
    /// Class balancing of a class whose events weigh nothing (or less) in total.
    case unbalanceableClass(className: String, totalWeight: Double)

    /// What went wrong, where, and how to fix it, in one sentence for a person to read.
    public var description: String {
        switch self {
        case .noColumns:
            return "a data set needs at least one column: pass one named column per variable"
        case .duplicateColumn(let name):
            return "column name '\(name)' is used twice: give every column its own name"
        case .emptyColumnName(let index):
            return "column \(index) has an empty name: \(MessagePhrases.nameEveryColumn)"
        case .columnLengthMismatch(let column, let count, let expected):
            return "column '\(column)' has \(count) values but there are \(expected) events:"
                + " every column needs one value per event"
        case .invalidTruthLabel(let event, let value):
            return "event \(event) has truth label \(value): labels must be "
                + MessagePhrases.truthLabels
        case .unknownColumn(let name, let available):
            return "no column named '\(name)'; " + MessagePhrases.columnsAre(available)
        case .columnIndexOutOfRange(let index, let columnCount):
            return "column index \(index) is out of range: the data set has \(columnCount)"
                + " columns (0 … \(columnCount - 1))"
        case .mismatchedColumns(let part, let columns, let expected):
            return "part \(part) has columns \(columns) but the first part has \(expected):"
                + " concatenate only data sets with the same columns in the same order"
        case .nothingToConcatenate:
            return "nothing to concatenate: pass at least one data set"
        case .columnNameCountMismatch(let names, let columns):
            return "\(names) column names for \(columns) columns: give exactly one name per column"
        case .invalidWeight(let event, let value):
            return "event \(event) has weight \(value): weights must be finite numbers"
        case .invalidSplitFraction(let fraction):
            return "split fraction \(fraction) is not between 0 and 1: give the first part's"
                + " share, like 0.7"
        case .emptySplitPart(let part, let className, let classCount):
            return "the split leaves part \(part + 1) without \(className) events (the data"
                + " set has \(classCount)): choose a fraction nearer 0.5 or use more events"
        case .unbalanceableClass(let className, let totalWeight):
            return "the \(className) events' weights sum to \(totalWeight), so the classes cannot"
                + " be balanced: train with balance=none, or check the weight column"
        }
    }
}
