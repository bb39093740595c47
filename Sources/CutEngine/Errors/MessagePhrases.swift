/// The wording that more than one of CutEngine's error messages use, in one place, so that the
/// same fact (a file's access error, a list of columns, how to fix a bad value) reads the same everywhere.
enum MessagePhrases {
    /// A file that could not be read or written: the file and the system's reason.
    static func fileAccess(_ file: String, reason: String) -> String { "\(file): \(reason)" }

    /// `the columns are 'x', 'y'`: what a message about a missing column lists.
    static func columnsAre(_ names: [String]) -> String { "the columns are " + quoted(names) }

    /// `'x', 'y'`: names as messages list them.
    static func quoted(_ names: [String]) -> String {
        names.map { "'\($0)'" }.joined(separator: ", ")
    }

    /// The allowed truth labels.
    static let truthLabels = "1 (signal) or 0 (background)"

    /// The fix for a column without a name.
    static let nameEveryColumn = "give every column a name"

    /// The fix for a value that is NaN or infinite in event data.
    static let replaceNonFinite = "remove the event or replace the value with a finite number"
}
