extension ModelExpression {
    /// The functions a model expression can call (from `ModelGrammar`).
    public static var functionNames: [String] { ModelGrammar.functionNames }
    /// The options `cuts(…)` accepts by name (from `CutsOption`).
    public static var cutOptionNames: [String] { CutsOption.allCases.map(\.rawValue) }
    /// The deepest nesting of parentheses and `sigmoid(…)` an expression may have (deeper
    /// text would exhaust the stack of the recursive parser and of the model builder).
    public static let maximumNesting = 64

    /// Parses a model expression.
    ///
    /// Grammar: `expr := factor ('*' factor)*`; `factor := '(' expr ')' | call`;
    /// `cuts(relaxation [, init=number | init=(number, …)] [, slope=number])`;
    /// `cuts(relaxation, 'selection')` with a quoted `CutSpec` selection
    /// (`cuts(sigmoid, 'pt > 40 ~ 5, abs(eta) < 2')`);
    /// `mlp(size, size, …)`; `sigmoid(expr)`. Spaces are ignored. Nesting is limited to
    /// `maximumNesting`. Sizes are not limited here: check `memoryEstimate(inputColumns:)`
    /// against `MemoryLimit` before building a `Model`, as a training does.
    /// - Throws: `ModelExpressionError` with the column of the first problem.
    public init(parsing text: String) throws {
        var parser = ModelExpressionParser(text)
        self = try parser.parseAll()
    }
}

/// A recursive-descent parser over the characters of a model expression.
struct ModelExpressionParser: TextScanning {
    private let source: String
    let characters: [Character]
    var position = 0
    /// How messages name the end of the text.
    private static let end = "the end of the expression"
    /// How many parentheses and `sigmoid(` are open.
    private var depth = 0

    init(_ source: String) {
        self.source = source
        characters = Array(source)
    }

    mutating func parseAll() throws -> ModelExpression {
        skipSpaces()
        if position == characters.count {
            throw error("the expression is empty; write a model such as mlp(2,15,30,15,1)")
        }
        let expression = try parseProduct()
        skipSpaces()
        if position < characters.count {
            throw error(
                "unexpected '\(characters[position])' after a complete model; join models with '*'")
        }
        return expression
    }

    private mutating func parseProduct() throws -> ModelExpression {
        var result = try parseFactor()
        while true {
            skipSpaces()
            guard peek() == "*" else { return result }
            position += 1
            result = .product(result, try parseFactor())
        }
    }

    private mutating func parseFactor() throws -> ModelExpression {
        skipSpaces()
        if peek() == "(" {
            try enterNesting(at: position)
            position += 1
            let inner = try parseProduct()
            try expect(")")
            depth -= 1
            return inner
        }
        let start = position
        guard let name = identifier() else {
            if position == characters.count {
                throw error(
                    "the expression ends where a model was expected; add one such as mlp(2,15,30,15,1)"
                )
            }
            throw error("expected a model (cuts, mlp or sigmoid), found '\(characters[position])'")
        }
        guard let function = ModelFunction.Name(rawValue: name) else {
            throw error(
                "unknown function '\(name)' (known: \(ModelExpression.functionNames.joined(separator: ", ")))",
                at: start,
                suggestion: ModelExpressionError.nearest(
                    to: name, in: ModelExpression.functionNames))
        }
        try expect("(")
        switch function {
        case .cuts: return try parseCuts()
        case .mlp: return try parseNetwork()
        case .sigmoid:
            try enterNesting(at: start)
            let inner = try parseProduct()
            try expect(")")
            depth -= 1
            return .sigmoid(inner)
        }
    }

    private mutating func parseCuts() throws -> ModelExpression {
        skipSpaces()
        let start = position
        guard let name = identifier() else {
            throw error("cuts(…) needs a relaxation first: sigmoid, erf, balanced or hard")
        }
        guard var relaxation = Relaxation.named(name) else {
            throw error(
                "unknown relaxation '\(name)' (known: \(Relaxation.names.joined(separator: ", ")))",
                at: start, suggestion: ModelExpressionError.nearest(to: name, in: Relaxation.names))
        }
        var initial = CutStart.standard
        var optionsGiven = false
        while true {
            skipSpaces()
            if peek() == ")" {
                position += 1
                return .cuts(relaxation, initial: initial)
            }
            try expectSeparator()
            skipSpaces()
            if peek() == "'" {
                guard !optionsGiven else {
                    throw error(
                        "a quoted selection carries its own start values and widths; write it right after the relaxation, without init= or slope="
                    )
                }
                return try parseSelection(relaxation)
            }
            optionsGiven = true
            let keyStart = position
            let known = ModelExpression.cutOptionNames
            guard let key = identifier() else {
                throw error("expected an option name (\(known.joined(separator: " or ")))")
            }
            guard let option = CutsOption(rawValue: key) else {
                throw error(
                    "unknown option '\(key)' of cuts (known: \(known.joined(separator: ", ")))",
                    at: keyStart, suggestion: ModelExpressionError.nearest(to: key, in: known))
            }
            try expect("=")
            switch option {
            case .start:
                skipSpaces()
                if peek() == "(" {
                    position += 1
                    var values = [try number()]
                    while true {
                        skipSpaces()
                        if peek() == ")" {
                            position += 1
                            break
                        }
                        try expectSeparator()
                        values.append(try number())
                    }
                    initial = .each(values)
                } else {
                    initial = .all(try number())
                }
            case .slope:
                let slopeStart = position
                let slope = try number()
                guard case .sigmoid = relaxation else {
                    throw error("slope= applies only to the sigmoid relaxation", at: keyStart)
                }
                guard slope > 0 else {
                    throw error("the slope must be greater than 0, like slope=2", at: slopeStart)
                }
                relaxation = .sigmoid(slope: slope)
            }
        }
    }

    /// `'pt > 40, abs(eta) < 2')` after `cuts(relaxation, `: the quoted selection and the
    /// closing parenthesis. A selection carries its own start values and widths, so it takes
    /// no `init=` or `slope=`.
    private mutating func parseSelection(_ relaxation: Relaxation) throws -> ModelExpression {
        let open = position
        position += 1
        guard let close = characters[position...].firstIndex(of: "'") else {
            throw error("the selection opened here has no closing '", at: open)
        }
        let text = String(characters[position..<close])
        let selection: CutSpec
        do {
            selection = try CutSpec(parsing: text)
        } catch let problem as CutSpecError {
            throw error(problem.message, at: open + 1 + problem.offset)
        }
        if case .sigmoid(let slope) = relaxation, slope != 1 {
            throw error("a selection sets each cut's width after '~'; remove slope=", at: open)
        }
        position = close + 1
        skipSpaces()
        guard peek() == ")" else {
            throw error(
                "a quoted selection is the last argument of cuts(…): its numbers are the start values and '~' sets widths; close with ')'"
            )
        }
        position += 1
        return .select(relaxation, selection)
    }

    private mutating func parseNetwork() throws -> ModelExpression {
        var sizes: [Int] = []
        while true {
            skipSpaces()
            let start = position
            let value = try number()
            guard value == value.rounded(), value >= 1, value < 1_000_000 else {
                throw error(
                    "a layer size must be a whole number of at least 1, found \(value)", at: start)
            }
            sizes.append(Int(value))
            skipSpaces()
            if peek() == ")" {
                position += 1
                return .mlp(outputSizes: sizes)
            }
            try expectSeparator()
        }
    }

    /// Counts one more open parenthesis or `sigmoid(` (at `index`), failing past
    /// `maximumNesting`.
    private mutating func enterNesting(at index: Int) throws {
        depth += 1
        let most = ModelExpression.maximumNesting
        guard depth <= most else {
            throw error(
                "the expression nests more than \(most) deep; write it with fewer parentheses",
                at: index)
        }
    }

    // MARK: - Characters

    private mutating func identifier() -> String? {
        skipSpaces()
        let start = position
        while let character = peek(),
            character.isLetter || character == "_"
                || (position > start && character.isNumber)
        {
            position += 1
        }
        return position > start ? String(characters[start..<position]) : nil
    }

    /// A number; at the end of the text its message says "found the end".
    private mutating func number() throws -> Float { try number(orAtEnd: "the end") }

    private mutating func expect(_ character: Character) throws {
        skipSpaces()
        guard peek() == character else {
            throw error("expected '\(character)', found \(found(orAtEnd: Self.end))")
        }
        position += 1
    }

    /// A ',' between arguments; anything else is reported as "expected ',' or ')'".
    private mutating func expectSeparator() throws {
        skipSpaces()
        guard peek() == "," else {
            throw error("expected ',' or ')', found \(found(orAtEnd: Self.end))")
        }
        position += 1
    }

    func failure(_ message: String, at offset: Int) -> ModelExpressionError {
        error(message, at: offset)
    }

    private func error(_ message: String, at column: Int? = nil, suggestion: String? = nil)
        -> ModelExpressionError
    {
        ModelExpressionError(
            source: source, column: (column ?? position) + 1, message: message,
            suggestion: suggestion)
    }
}
