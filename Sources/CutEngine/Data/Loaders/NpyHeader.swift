/// The header dictionary of a `.npy` file, e.g.
/// `{'descr': '<f8', 'fortran_order': False, 'shape': (5, 3), }`.
struct NpyHeader: Equatable {
    var descr: String
    var fortranOrder: Bool
    var shape: [Int]

    /// The dictionary text numpy writes for this header, before padding.
    var dictionaryText: String {
        let order = fortranOrder ? "True" : "False"
        return
            "{'descr': '\(descr)', 'fortran_order': \(order), 'shape': \(NpyError.tuple(shape)), }"
    }

    /// Parses the Python dictionary literal of a `.npy` header. It must have exactly the keys
    /// `descr` (a string), `fortran_order` (`True`/`False`) and `shape` (a tuple of integers).
    ///
    /// - Throws: ``NpyError/malformedHeader(file:reason:header:)`` saying what was unexpected.
    static func parse(_ text: String, file: String) throws -> NpyHeader {
        var scanner = Scanner(characters: Array(text))
        func fail(_ reason: String) -> NpyError {
            .malformedHeader(
                file: file, reason: reason,
                header: text.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        var descr: String?
        var fortranOrder: Bool?
        var shape: [Int]?
        guard scanner.consume("{") else { throw fail("expected '{' at the start") }
        while !scanner.consume("}") {
            guard let key = scanner.quotedString() else {
                throw fail("expected a quoted key at character \(scanner.position + 1)")
            }
            guard scanner.consume(":") else { throw fail("expected ':' after '\(key)'") }
            switch key {
            case "descr":
                guard let value = scanner.quotedString() else {
                    throw fail("'descr' must be a quoted dtype string such as '<f8'")
                }
                descr = value
            case "fortran_order":
                if scanner.consume("True") {
                    fortranOrder = true
                } else if scanner.consume("False") {
                    fortranOrder = false
                } else {
                    throw fail("'fortran_order' must be True or False")
                }
            case "shape":
                guard let value = scanner.integerTuple() else {
                    throw fail("'shape' must be a tuple of non-negative integers such as (5, 3)")
                }
                shape = value
            default:
                throw fail("unexpected key '\(key)'")
            }
            if !scanner.consume(",") {
                guard scanner.consume("}") else {
                    throw fail("expected ',' or '}' at character \(scanner.position + 1)")
                }
                break
            }
        }
        guard let descr, let fortranOrder, let shape else {
            let missing = [
                ("descr", descr == nil), ("fortran_order", fortranOrder == nil),
                ("shape", shape == nil),
            ].filter(\.1).map { "'\($0.0)'" }
            throw fail("missing key " + missing.joined(separator: ", "))
        }
        return NpyHeader(descr: descr, fortranOrder: fortranOrder, shape: shape)
    }

    /// A cursor over the header text that skips white space between tokens.
    private struct Scanner {
        let characters: [Character]
        var position = 0

        mutating func skipSpace() {
            while position < characters.count, characters[position].isWhitespace {
                position += 1
            }
        }

        mutating func consume(_ token: String) -> Bool {
            skipSpace()
            let tokenCharacters = Array(token)
            guard position + tokenCharacters.count <= characters.count,
                Array(characters[position..<(position + tokenCharacters.count)]) == tokenCharacters
            else { return false }
            position += tokenCharacters.count
            return true
        }

        mutating func quotedString() -> String? {
            skipSpace()
            guard position < characters.count else { return nil }
            let quote = characters[position]
            guard quote == "'" || quote == "\"" else { return nil }
            guard let end = characters[(position + 1)...].firstIndex(of: quote) else { return nil }
            let value = String(characters[(position + 1)..<end])
            position = end + 1
            return value
        }

        mutating func integer() -> Int? {
            skipSpace()
            let start = position
            while position < characters.count, characters[position].isASCII,
                characters[position].isNumber
            {
                position += 1
            }
            guard position > start else { return nil }
            return Int(String(characters[start..<position]))
        }

        mutating func integerTuple() -> [Int]? {
            guard consume("(") else { return nil }
            var values: [Int] = []
            while !consume(")") {
                guard let value = integer() else { return nil }
                values.append(value)
                if !consume(",") {
                    guard consume(")") else { return nil }
                    break
                }
            }
            return values
        }
    }
}
