/// The recursive-descent parser behind `MathML.convert`.
struct TeXParser {
    let characters: [Character]
    var index = 0

    init(characters: [Character]) {
        self.characters = characters
    }

    private func problem(_ message: String, at offset: Int? = nil) -> MathML.Problem {
        MathML.Problem(message: message, offset: offset ?? index)
    }

    /// Parses atoms with their scripts until `terminator` (or the end when nil); inside a
    /// matrix (`inCell`) also until the cell ends at `&`, `\\` or `\end`.
    mutating func parseSequence(until terminator: Character?, inCell: Bool = false)
        throws(MathML.Problem) -> String
    {
        var output = ""
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
            output += try parseScripted()
        }
        if let terminator { throw problem("missing '\(terminator)'") }
        return output
    }

    private mutating func parseScripted() throws(MathML.Problem) -> String {
        let base = try parseAtom()
        var sub: String?
        var sup: String?
        while index < characters.count, characters[index] == "_" || characters[index] == "^" {
            let isSub = characters[index] == "_"
            let at = index
            index += 1
            skipSpaces()
            guard index < characters.count else {
                throw problem("'\(isSub ? "_" : "^")' needs something after it", at: at)
            }
            let script = try parseAtom()
            if isSub {
                if sub != nil { throw problem("double subscript", at: at) }
                sub = script
            } else {
                if sup != nil { throw problem("double superscript", at: at) }
                sup = script
            }
        }
        switch (sub, sup) {
        case (nil, nil): return base
        case (let s?, nil): return "<msub>\(base)\(s)</msub>"
        case (nil, let p?): return "<msup>\(base)\(p)</msup>"
        case (let s?, let p?): return "<msubsup>\(base)\(s)\(p)</msubsup>"
        }
    }

    private mutating func skipSpaces() {
        while index < characters.count, characters[index].isWhitespace { index += 1 }
    }

    private mutating func parseGroup() throws(MathML.Problem) -> String {
        skipSpaces()
        guard index < characters.count, characters[index] == "{" else {
            // A single atom may stand for a group, as in TeX (\frac12).
            guard index < characters.count else { throw problem("expected '{'") }
            if characters[index].isNumber {
                // One digit only: \frac12 is ½.
                index += 1
                return "<mn>\(characters[index - 1])</mn>"
            }
            return try parseAtom()
        }
        index += 1
        let body = try parseSequence(until: "}")
        index += 1
        return "<mrow>\(body)</mrow>"
    }

    private mutating func readRawGroup() throws(MathML.Problem) -> String {
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

    private mutating func parseAtom() throws(MathML.Problem) -> String {
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
            return "<mn>\(number)</mn>"
        }
        index += 1
        if character.isLetter { return "<mi>\(MathML.escape(String(character)))</mi>" }
        switch character {
        case "-": return "<mo>−</mo>"
        case "'": return "<mo>′</mo>"
        case "+", "=", "<", ">", "(", ")", "[", "]", "|", ",", "/", "!", ":", ";", "*", "~":
            return "<mo>\(MathML.escape(String(character == "*" ? "∗" : character)))</mo>"
        case "_", "^": throw problem("'\(character)' needs something before it", at: index - 1)
        case "&", "#", "%": throw problem("'\(character)' is not supported in math", at: index - 1)
        default: return "<mo>\(MathML.escape(String(character)))</mo>"
        }
    }

    private mutating func parseCommand() throws(MathML.Problem) -> String {
        let start = index
        index += 1
        guard index < characters.count else { throw problem("a lone '\\' at the end", at: start) }
        var name = ""
        if characters[index].isLetter {
            while index < characters.count, characters[index].isLetter {
                name.append(characters[index])
                index += 1
            }
        } else {
            name = String(characters[index])
            index += 1
        }
        if let letter = MathML.greek[name] {
            let upright = letter.first!.isUppercase
            return upright ? "<mi mathvariant=\"normal\">\(letter)</mi>" : "<mi>\(letter)</mi>"
        }
        if let symbol = MathML.operators[name] { return "<mo>\(symbol)</mo>" }
        if let symbol = MathML.symbols[name] { return "<mi mathvariant=\"normal\">\(symbol)</mi>" }
        if MathML.functions.contains(name) { return "<mi mathvariant=\"normal\">\(name)</mi>" }
        if let width = MathML.spaces[name] { return "<mspace width=\"\(width)\"/>" }
        switch name {
        case "frac":
            let numerator = try parseGroup()
            let denominator = try parseGroup()
            return "<mfrac>\(numerator)\(denominator)</mfrac>"
        case "sqrt":
            skipSpaces()
            if index < characters.count, characters[index] == "[" {
                index += 1
                let degree = try parseSequence(until: "]")
                index += 1
                let radicand = try parseGroup()
                return "<mroot>\(radicand)<mrow>\(degree)</mrow></mroot>"
            }
            return "<msqrt>\(try parseGroup())</msqrt>"
        case "tfrac", "dfrac":
            let numerator = try parseGroup()
            let denominator = try parseGroup()
            let display = name == "dfrac" ? "true" : "false"
            return
                "<mstyle displaystyle=\"\(display)\"><mfrac>\(numerator)\(denominator)</mfrac></mstyle>"
        case "operatorname":
            return "<mi mathvariant=\"normal\">\(MathML.escape(try readRawGroup()))</mi>"
        case "begin": return try parseEnvironment(at: start)
        case "end", "\\":
            throw problem("'\\\(name)' outside a matrix", at: start)
        case "text", "mathrm":
            let text = try readRawGroup()
            let tag = name == "text" ? "mtext" : "mi mathvariant=\"normal\""
            return "<\(tag)>\(MathML.escape(text))</\(name == "text" ? "mtext" : "mi")>"
        case "left", "right":
            skipSpaces()
            guard index < characters.count else {
                throw problem("\\\(name) needs a delimiter", at: start)
            }
            let delimiter = characters[index]
            index += 1
            if delimiter == "." { return "" }
            if delimiter == "\\" {
                index -= 1
                return try parseCommand()
            }
            return "<mo>\(MathML.escape(String(delimiter)))</mo>"
        default:
            throw problem("unknown TeX command '\\\(name)'", at: start)
        }
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
    private mutating func parseEnvironment(at start: Int) throws(MathML.Problem) -> String {
        let kind = try readRawGroup()
        let fences: [String: (String, String)] = [
            "pmatrix": ("(", ")"), "bmatrix": ("[", "]"), "matrix": ("", ""),
        ]
        guard let (open, close) = fences[kind] else {
            throw problem(
                "unknown environment '\(kind)': expected pmatrix, bmatrix or matrix", at: start)
        }
        var rows: [[String]] = [[]]
        while true {
            let cell = try parseSequence(until: nil, inCell: true)
            rows[rows.count - 1].append("<mtd>\(cell)</mtd>")
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
        if rows.count > 1, rows.last == ["<mtd></mtd>"] { rows.removeLast() }
        let table = "<mtable>" + rows.map { "<mtr>\($0.joined())</mtr>" }.joined() + "</mtable>"
        guard !open.isEmpty else { return table }
        return "<mrow><mo>\(open)</mo>\(table)<mo>\(close)</mo></mrow>"
    }
}
