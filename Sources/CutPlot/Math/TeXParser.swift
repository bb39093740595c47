/// The recursive-descent parser from CutBook's TeX subset to a `MathNode`.
///
/// Every atom (a letter, a group, a command with its arguments) counts one level of nesting;
/// past `MathNode.maximumDepth` the parser stops with a located error, so neither it nor a
/// writer walking the tree can exhaust the stack.
struct TeXParser {
    private let characters: [Character]
    private var index = 0
    private var depth = 0

    init(_ tex: String) {
        characters = Array(tex)
    }

    /// The whole formula, as a row.
    mutating func parseFormula() throws(TeXProblem) -> MathNode {
        .row(try parseSequence(until: nil))
    }

    private func problem(_ message: String, at offset: Int? = nil, hint: String? = nil)
        -> TeXProblem
    {
        TeXProblem(message: message, offset: offset ?? index, hint: hint)
    }

    /// Atoms with their scripts until `terminator` (or the end when nil); inside a matrix
    /// (`inCell`) also until the cell ends at `&`, `\\` or `\end`.
    private mutating func parseSequence(until terminator: Character?, inCell: Bool = false)
        throws(TeXProblem) -> [MathNode]
    {
        var output: [MathNode] = []
        while index < characters.count {
            let character = characters[index]
            if character == terminator { return output }
            if inCell && (character == "&" || atCommand("\\\\") || atCommand("\\end")) {
                return output
            }
            if character == "}" { throw problem("unexpected '}' without a matching '{'") }
            if character.isWhitespace {
                index += 1
                continue
            }
            if let node = try parseScripted() { output.append(node) }
        }
        if let terminator { throw problem("missing '\(terminator)'") }
        return output
    }

    private mutating func parseScripted() throws(TeXProblem) -> MathNode? {
        let base = try parseAtom()
        var sub: MathNode?
        var sup: MathNode?
        while index < characters.count, characters[index] == "_" || characters[index] == "^" {
            let isSub = characters[index] == "_"
            let at = index
            index += 1
            skipSpaces()
            guard index < characters.count else {
                throw problem("'\(isSub ? "_" : "^")' needs something after it", at: at)
            }
            let script = try parseAtom() ?? .row([])
            if isSub {
                if sub != nil { throw problem("double subscript", at: at) }
                sub = script
            } else {
                if sup != nil { throw problem("double superscript", at: at) }
                sup = script
            }
        }
        if sub == nil && sup == nil { return base }
        return .scripts(base: base ?? .row([]), sub: sub, sup: sup)
    }

    private mutating func skipSpaces() {
        while index < characters.count, characters[index].isWhitespace { index += 1 }
    }

    /// A command argument: a braced group, one digit (`\frac12` is ½) or one atom.
    private mutating func parseGroup() throws(TeXProblem) -> MathNode {
        skipSpaces()
        guard index < characters.count else { throw problem("expected '{'") }
        guard characters[index] == "{" else {
            if characters[index].isNumber {
                index += 1
                return .number(String(characters[index - 1]))
            }
            return try parseAtom() ?? .row([])
        }
        index += 1
        let body = try parseSequence(until: "}")
        index += 1
        return .row(body)
    }

    /// The characters of a braced group as written (for `\text`, `\mathrm`, `\operatorname`).
    private mutating func readRawGroup() throws(TeXProblem) -> String {
        skipSpaces()
        guard index < characters.count, characters[index] == "{" else {
            throw problem("expected '{'")
        }
        let start = index + 1
        var depth = 0
        while index < characters.count {
            if characters[index] == "{" { depth += 1 }
            if characters[index] == "}" {
                depth -= 1
                if depth == 0 {
                    let text = String(characters[start..<index])
                    index += 1
                    return text
                }
            }
            index += 1
        }
        throw problem("missing '}'", at: start - 1)
    }

    /// One atom, or nil for one that sets nothing (`\left.`).
    private mutating func parseAtom() throws(TeXProblem) -> MathNode? {
        depth += 1
        defer { depth -= 1 }
        if depth > MathNode.maximumDepth {
            throw problem(
                "formula nested more than \(MathNode.maximumDepth) levels deep",
                hint: "split it into smaller formulas")
        }
        let character = characters[index]
        if character == "{" { return try parseGroup() }
        if character == "\\" { return try parseCommand() }
        if character.isNumber
            || (character == "." && index + 1 < characters.count && characters[index + 1].isNumber)
        {
            var number = ""
            while index < characters.count, characters[index].isNumber || characters[index] == "." {
                number.append(characters[index])
                index += 1
            }
            return .number(number)
        }
        index += 1
        if character.isLetter { return .identifier(String(character), italic: true) }
        switch character {
        case "-": return .symbol("−")
        case "'": return .symbol("′")
        case "*": return .symbol("∗")
        case "_", "^": throw problem("'\(character)' needs something before it", at: index - 1)
        case "&", "#", "%":
            throw problem(
                "'\(character)' is not supported in math", at: index - 1,
                hint: "write '\\\(character)' for the character itself")
        default: return .symbol(String(character))
        }
    }

    private mutating func readCommandName() throws(TeXProblem) -> String {
        let start = index
        index += 1
        guard index < characters.count else { throw problem("a lone '\\' at the end", at: start) }
        guard characters[index].isLetter else {
            index += 1
            return String(characters[index - 1])
        }
        var name = ""
        while index < characters.count, characters[index].isLetter {
            name.append(characters[index])
            index += 1
        }
        return name
    }

    private mutating func parseCommand() throws(TeXProblem) -> MathNode? {
        let start = index
        let name = try readCommandName()
        if let node = TeXSymbols.node(for: name) { return node }
        switch name {
        case "frac", "tfrac", "dfrac":
            let numerator = try parseGroup()
            let fraction = MathNode.fraction(numerator: numerator, denominator: try parseGroup())
            return name == "frac" ? fraction : .styled(fraction, display: name == "dfrac")
        case "sqrt":
            skipSpaces()
            guard index < characters.count, characters[index] == "[" else {
                return .root(try parseGroup(), degree: nil)
            }
            index += 1
            let degree = try parseSequence(until: "]")
            index += 1
            return .root(try parseGroup(), degree: .row(degree))
        case "operatorname", "mathrm": return .identifier(try readRawGroup(), italic: false)
        case "text": return .text(try readRawGroup())
        case "begin": return try parseEnvironment(at: start)
        case "end", "\\": throw problem("'\\\(name)' outside a matrix", at: start)
        case "left", "right": return try parseDelimiter(of: name, at: start)
        default:
            throw problem(
                "unknown TeX command '\\\(name)'", at: start,
                hint: TeXSymbols.hint(forCommand: name))
        }
    }

    /// The delimiter after `\left` or `\right`: a character, `.` for none, or a command that
    /// stands for a symbol (`\{`, `\|`).
    private mutating func parseDelimiter(of name: String, at start: Int) throws(TeXProblem)
        -> MathNode?
    {
        skipSpaces()
        guard index < characters.count else {
            throw problem("\\\(name) needs a delimiter", at: start)
        }
        let delimiter = characters[index]
        guard delimiter == "\\" else {
            index += 1
            return delimiter == "." ? nil : .symbol(String(delimiter))
        }
        let at = index
        let command = try readCommandName()
        guard case .symbol(let symbol)? = TeXSymbols.node(for: command) else {
            throw problem(
                "\\\(name) needs a delimiter, found '\\\(command)'", at: at,
                hint: "use a character such as ( [ | or one of \\{ \\} \\|")
        }
        return .symbol(symbol)
    }

    /// Whether the characters at the current index spell `command` (a `\\end` must not run on
    /// into a longer name).
    private func atCommand(_ command: String) -> Bool {
        let wanted = Array(command)
        guard index + wanted.count <= characters.count,
            Array(characters[index..<index + wanted.count]) == wanted
        else { return false }
        let next = index + wanted.count
        return !(wanted.last!.isLetter && next < characters.count && characters[next].isLetter)
    }

    /// `\begin{pmatrix} a & b \\ c & d \end{pmatrix}` (also `matrix`, `bmatrix`): a table in
    /// parentheses, brackets or nothing.
    private mutating func parseEnvironment(at start: Int) throws(TeXProblem) -> MathNode {
        let kind = try readRawGroup()
        guard let fences = TeXSymbols.environments[kind] else {
            throw problem(
                "unknown environment '\(kind)': expected pmatrix, bmatrix or matrix", at: start)
        }
        var rows: [[MathNode]] = [[]]
        while true {
            let cell = try parseSequence(until: nil, inCell: true)
            rows[rows.count - 1].append(.row(cell))
            guard index < characters.count else {
                throw problem("missing '\\end{\(kind)}'", at: start)
            }
            if characters[index] == "&" {
                index += 1
            } else if atCommand("\\\\") {
                index += 2
                rows.append([])
            } else {
                index += 4
                let ending = try readRawGroup()
                guard ending == kind else {
                    throw problem("'\\begin{\(kind)}' ended by '\\end{\(ending)}'", at: start)
                }
                break
            }
        }
        if rows.count > 1, rows.last == [.row([])] { rows.removeLast() }
        guard !fences.open.isEmpty else { return .table(rows) }
        return .row([.symbol(fences.open), .table(rows), .symbol(fences.close)])
    }
}
