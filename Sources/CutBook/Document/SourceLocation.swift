/// A position in a report source file: the file's path relative to the report folder's parent,
/// a 1-based line and a 1-based column counted in characters.
///
/// ```swift
/// if let location = diagnostic.location {
///     print("\(location.file) line \(location.line), column \(location.column)")
/// }
/// ```
public struct SourceLocation: Hashable, Codable, Sendable, CustomStringConvertible {
    /// The file, as shown to the user (for example `quickstart/scan.md`).
    public var file: String
    /// The line, starting at 1.
    public var line: Int
    /// The column, starting at 1, counted in characters (grapheme clusters).
    public var column: Int

    /// Creates a location.
    init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// The location `n` characters to the right on the same line.
    func advanced(by n: Int) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column + n)
    }

    /// `file:line:col`, the form compilers and editors understand.
    public var description: String { "\(file):\(line):\(column)" }
}
