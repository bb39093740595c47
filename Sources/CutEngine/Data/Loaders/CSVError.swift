/// What can go wrong when loading a CSV file into a ``Dataset``.
///
/// Every case names the file and, where there is one, the 1-based line and column; the
/// ``description`` reads `file:line:col: what is wrong; how to fix it`.
public enum CSVError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file could not be read.
    case fileAccess(file: String, reason: String)
    /// The file has no lines with content.
    case emptyFile(file: String)
    /// The header line holds a number where a column name belongs.
    case missingHeader(file: String, line: Int, column: Int, found: String)
    /// A header field is empty.
    case emptyColumnName(file: String, line: Int, column: Int)
    /// Two header fields have the same name.
    case duplicateColumnName(file: String, line: Int, column: Int, name: String)
    /// The file has a header (on line `line`) but no data rows.
    case noDataRows(file: String, line: Int)
    /// A row with a different number of fields than the header.
    case raggedRow(file: String, line: Int, column: Int, found: Int, expected: Int)
    /// A field that is not a number.
    case notANumber(file: String, line: Int, column: Int, field: String, columnName: String)
    /// A field that is NaN or infinite.
    case nonFiniteNumber(file: String, line: Int, column: Int, field: String, columnName: String)
    /// The truth column the caller named is not in the header.
    case truthColumnMissing(file: String, name: String, available: [String])
    /// A truth value other than 0 or 1.
    case invalidTruthValue(file: String, line: Int, column: Int, field: String)
    /// Only the truth column is present.
    case noFeatureColumns(file: String)

    /// What went wrong, where, and how to fix it, in one sentence for a person to read.
    public var description: String {
        switch self {
        case .fileAccess(let file, let reason):
            return MessagePhrases.fileAccess(file, reason: reason)
        case .emptyFile(let file):
            return "\(file):1:1: the file is empty; expected a header line of column names"
                + " (e.g. x,y,label) followed by one line of numbers per event"
        case .missingHeader(let file, let line, let column, let found):
            return
                "\(file):\(line):\(column): expected a header of column names but found the number"
                + " '\(found)'; add a first line naming the columns (e.g. x,y,label)"
        case .emptyColumnName(let file, let line, let column):
            return "\(file):\(line):\(column): empty column name; \(MessagePhrases.nameEveryColumn)"
                + " in the header"
        case .duplicateColumnName(let file, let line, let column, let name):
            return
                "\(file):\(line):\(column): column name '\(name)' appears twice; rename one of them"
        case .noDataRows(let file, let line):
            return
                "\(file):\(line + 1):1: the file has a header but no data rows; add one line per event"
        case .raggedRow(let file, let line, let column, let found, let expected):
            return "\(file):\(line):\(column): this row has \(found) fields but the header has"
                + " \(expected); give every row one value per column"
        case .notANumber(let file, let line, let column, let field, let columnName):
            let shown = field.isEmpty ? "an empty field" : "'\(field)'"
            return "\(file):\(line):\(column): \(shown) in column '\(columnName)' is not a"
                + " number; write a decimal number such as 1.5 or -2e-3"
        case .nonFiniteNumber(let file, let line, let column, let field, let columnName):
            return "\(file):\(line):\(column): '\(field)' in column '\(columnName)' is not finite;"
                + " \(MessagePhrases.replaceNonFinite)"
        case .truthColumnMissing(let file, let name, let available):
            return "\(file):1:1: no truth column '\(name)'; " + MessagePhrases.columnsAre(available)
                + "; name one of them as the truth column or add the column"
        case .invalidTruthValue(let file, let line, let column, let field):
            return "\(file):\(line):\(column): truth value '\(field)' must be"
                + " \(MessagePhrases.truthLabels)"
        case .noFeatureColumns(let file):
            return "\(file):1:1: the only column is the truth column; add at least one column of"
                + " event values"
        }
    }
}
