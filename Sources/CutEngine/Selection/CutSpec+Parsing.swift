extension CutSpec {
    /// Parses a selection.
    ///
    /// Grammar: `selection := cut (',' cut)*`; `cut := term op number [width]` |
    /// `number '<' term ['<' number] [width]` | `number '>' term [width]`;
    /// `term := column | 'abs(' column ')'`; `op := '>' | '<'`; `width := '~' number`.
    /// `40 < pt` is `pt > 40`; `100 < mass < 150` is a window (not on `abs(…)`). Column names
    /// start with a letter or `_` and continue with letters, digits, `_` and `.`. Spaces are
    /// ignored. Widths must be greater than 0.
    /// - Throws: `CutSpecError` with the 0-based character offset of the first problem.
    public init(parsing text: String) throws {
        var parser = CutSpecParser(text)
        self = try parser.parseAll()
    }
}

/// A selection that does not parse: what was expected, at which character.
public struct CutSpecError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The 0-based offset of the problem in the selection's text, in characters.
    public let offset: Int
    /// What was expected and what was found.
    public let message: String

    /// An error at `offset`.
    public init(offset: Int, message: String) {
        self.offset = offset
        self.message = message
    }

    /// `column N: message` (1-based column).
    public var description: String { "column \(offset + 1) of the selection: \(message)" }
}

/// A recursive-descent parser over the characters of a selection.
struct CutSpecParser: TextScanning {
    let characters: [Character]
    var position = 0
    /// How messages name the end of the text.
    private static let end = "the end of the selection"

    init(_ source: String) { characters = Array(source) }

    mutating func parseAll() throws -> CutSpec {
        var comparisons: [Comparison] = []
        repeat {
            comparisons.append(try parseCut())
            skipSpaces()
        } while consume(",")
        skipSpaces()
        if position < characters.count {
            throw error("unexpected '\(characters[position])' after a cut; separate cuts with ','")
        }
        return try CutSpec(comparisons)
    }

    private mutating func parseCut() throws -> Comparison {
        skipSpaces()
        if position == characters.count {
            throw error("expected a cut such as pt > 40, found the end of the selection")
        }
        let cutStart = position
        var comparison: Comparison
        if let first = peek(), first.isNumber || "+-.".contains(first) {
            let low = try number()
            let op = try comparisonOperator()
            let (column, absolute, columnStart) = try term()
            skipSpaces()
            if op == "<", peek() == "<" {
                position += 1
                try refuseEquals()
                let high = try number()
                guard !absolute else {
                    throw error(
                        "a window applies to a column, not to abs(…); write two cuts such as abs(\(column)) > \(ModelExpression.format(low)), abs(\(column)) < \(ModelExpression.format(high))",
                        at: columnStart)
                }
                guard low < high else {
                    throw error(
                        "a window needs low < high, found \(ModelExpression.format(low)) < \(column) < \(ModelExpression.format(high))",
                        at: cutStart)
                }
                comparison = Comparison(column: column, op: .window, values: [low, high])
            } else if op == ">", peek() == ">" {
                throw error(
                    "write a window with '<': low < \(column) < high", at: position)
            } else {
                // `40 < pt` is `pt > 40`.
                let flipped: CutOperator =
                    op == "<" ? (absolute ? .absGreater : .greater) : (absolute ? .absLess : .less)
                comparison = Comparison(column: column, op: flipped, values: [low])
            }
        } else {
            let (column, absolute, _) = try term()
            let op = try comparisonOperator()
            let value = try number()
            let kind: CutOperator =
                op == ">" ? (absolute ? .absGreater : .greater) : (absolute ? .absLess : .less)
            comparison = Comparison(column: column, op: kind, values: [value])
        }
        skipSpaces()
        if consume("~") {
            skipSpaces()
            let start = position
            let width = try number()
            guard width > 0 else {
                throw error(
                    "a width must be greater than 0, like ~ 5 (in the column's units)", at: start)
            }
            comparison.width = width
        }
        return comparison
    }

    /// A column or `abs(column)`: the name, whether it is absolute, and where it starts.
    private mutating func term() throws -> (String, Bool, Int) {
        skipSpaces()
        let start = position
        guard let name = identifier() else {
            throw error("expected a column name or abs(column), found \(found(orAtEnd: Self.end))")
        }
        skipSpaces()
        guard name == "abs", consume("(") else { return (name, false, start) }
        skipSpaces()
        let inner = position
        guard let column = identifier() else {
            throw error("abs(…) takes a column name, like abs(eta)")
        }
        skipSpaces()
        guard consume(")") else {
            throw error("expected ')' after abs(\(column), found \(found(orAtEnd: Self.end))")
        }
        return (column, true, inner)
    }

    /// `>` or `<`.
    private mutating func comparisonOperator() throws -> Character {
        skipSpaces()
        guard let character = peek(), character == ">" || character == "<" else {
            throw error("expected '>' or '<', found \(found(orAtEnd: Self.end))")
        }
        position += 1
        try refuseEquals()
        return character
    }

    /// Relaxed cuts do not tell `>=` from `>`; the written form must not suggest they do.
    private mutating func refuseEquals() throws {
        if peek() == "=" {
            throw error(
                "cuts are strict: write '>' or '<' (a relaxed cut does not tell ≥ from >)",
                at: position)
        }
    }

    // MARK: - Characters

    private mutating func consume(_ character: Character) -> Bool {
        guard peek() == character else { return false }
        position += 1
        return true
    }

    private mutating func identifier() -> String? {
        let start = position
        guard let first = peek(), first.isLetter || first == "_" else { return nil }
        position += 1
        while let character = peek(),
            character.isLetter || character.isNumber || character == "_" || character == "."
        {
            position += 1
        }
        return String(characters[start..<position])
    }

    private mutating func number() throws -> Float { try number(orAtEnd: Self.end) }

    func failure(_ message: String, at offset: Int) -> CutSpecError { error(message, at: offset) }

    private func error(_ message: String, at offset: Int? = nil) -> CutSpecError {
        CutSpecError(offset: offset ?? position, message: message)
    }
}
