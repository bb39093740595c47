import Foundation

/// Where the truth label of each event in a CSV file comes from.
public enum CSVTruth: Sendable, Equatable {
    /// A column of the file, holding 1 (signal) or 0 (background) per row; it does not become a
    /// data column.
    case column(String)
    /// Every event is signal.
    case allSignal
    /// Every event is background.
    case allBackground
}

/// Loads comma-separated files into ``Dataset``s.
///
/// The format: a header line of column names, then one line per event with one number per
/// column. Fields are separated by commas; white space around a field is ignored, as are blank
/// lines (before the header too) and a trailing carriage return (Windows line ends). Names may be wrapped in double
/// quotes. Numbers are read as `Float`; NaN and infinities are rejected.
public enum CSVLoader {
    /// Loads the CSV file at `url`.
    ///
    /// - Throws: ``CSVError`` naming `file:line:col` and how to fix the file.
    public static func load(contentsOf url: URL, truth: CSVTruth) throws -> Dataset {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw CSVError.fileAccess(
                file: url.path,
                reason: "cannot read the file as UTF-8 text (\(error.localizedDescription))")
        }
        return try parse(text, fileName: url.lastPathComponent, truth: truth)
    }

    /// Parses CSV text.
    ///
    /// - Parameter fileName: the name used in error messages.
    /// - Throws: ``CSVError`` naming `file:line:col` and how to fix the text.
    public static func parse(_ text: String, fileName: String, truth: CSVTruth) throws -> Dataset {
        // "\r\n" is one Character in Swift, so both line ends are separators.
        let lines = text.split(
            omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }
        )
        .enumerated()
        .map { (number: $0.offset + 1, fields: fields(of: $0.element)) }
        .filter { !($0.fields.count == 1 && $0.fields[0].text.isEmpty) }
        guard let header = lines.first else { throw CSVError.emptyFile(file: fileName) }
        let names = try columnNames(header.fields, line: header.number, fileName: fileName)
        let rows = lines.dropFirst()
        guard !rows.isEmpty else { throw CSVError.noDataRows(file: fileName, line: header.number) }

        var truthIndex: Int?
        if case .column(let name) = truth {
            guard let index = names.firstIndex(of: name) else {
                throw CSVError.truthColumnMissing(file: fileName, name: name, available: names)
            }
            guard names.count > 1 else { throw CSVError.noFeatureColumns(file: fileName) }
            truthIndex = index
        }

        var columns = [[Float]](repeating: [], count: names.count)
        var labels: [Float] = []
        for row in rows {
            guard row.fields.count == names.count else {
                let position =
                    row.fields.count > names.count
                    ? row.fields[names.count].column : row.fields.last.map { $0.end } ?? 1
                throw CSVError.raggedRow(
                    file: fileName, line: row.number, column: position, found: row.fields.count,
                    expected: names.count)
            }
            for (index, field) in row.fields.enumerated() {
                let value = try number(field, line: row.number, name: names[index], file: fileName)
                if index == truthIndex {
                    guard value == 0 || value == 1 else {
                        throw CSVError.invalidTruthValue(
                            file: fileName, line: row.number, column: field.column,
                            field: field.text)
                    }
                    labels.append(value)
                } else {
                    columns[index].append(value)
                }
            }
        }
        switch truth {
        case .column: break
        case .allSignal: labels = [Float](repeating: 1, count: rows.count)
        case .allBackground: labels = [Float](repeating: 0, count: rows.count)
        }
        let named = names.indices.filter { $0 != truthIndex }.map {
            (name: names[$0], values: columns[$0])
        }
        return try Dataset(columns: named, truth: labels)
    }

    /// One field of a line: its trimmed text and the 1-based columns where it starts and ends.
    struct Field {
        var text: String
        var column: Int
        var end: Int
    }

    /// Splits a line at commas, trimming white space and a trailing carriage return.
    static func fields(of line: Substring) -> [Field] {
        var result: [Field] = []
        var column = 1
        for piece in line.split(separator: ",", omittingEmptySubsequences: false) {
            let leading = piece.prefix(while: { $0 == " " || $0 == "\t" }).count
            let text = piece.trimmingCharacters(in: .whitespacesAndNewlines)
            result.append(Field(text: text, column: column + leading, end: column + piece.count))
            column += piece.count + 1
        }
        return result
    }

    private static func columnNames(_ fields: [Field], line: Int, fileName: String) throws
        -> [String]
    {
        var names: [String] = []
        for field in fields {
            var name = field.text
            if name.count >= 2, name.hasPrefix("\""), name.hasSuffix("\"") {
                name = String(name.dropFirst().dropLast())
            }
            guard !name.isEmpty else {
                throw CSVError.emptyColumnName(file: fileName, line: line, column: field.column)
            }
            if Double(name) != nil {
                throw CSVError.missingHeader(
                    file: fileName, line: line, column: field.column, found: name)
            }
            guard !names.contains(name) else {
                throw CSVError.duplicateColumnName(
                    file: fileName, line: line, column: field.column, name: name)
            }
            names.append(name)
        }
        return names
    }

    private static func number(_ field: Field, line: Int, name: String, file: String) throws
        -> Float
    {
        // Parsed as Double and then rounded, like values drawn in Double and stored as Float.
        guard let value = Double(field.text).map(Float.init) else {
            throw CSVError.notANumber(
                file: file, line: line, column: field.column, field: field.text, columnName: name)
        }
        guard value.isFinite else {
            throw CSVError.nonFiniteNumber(
                file: file, line: line, column: field.column, field: field.text, columnName: name)
        }
        return value
    }
}
