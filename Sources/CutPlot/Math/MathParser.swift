/// One piece of a math formula, as parsed from the TeX subset labels use.
indirect enum MathAtom: Equatable {
    /// Characters set in one style (letters italic, everything else upright).
    case glyphs(String, italic: Bool)
    /// A binary operator or relation, set with space on both sides unless it starts a list.
    case op(String)
    /// A braced group.
    case group([MathAtom])
    /// A square root over its content.
    case sqrt([MathAtom])
    /// A fraction: numerator over denominator with a rule between.
    case fraction([MathAtom], [MathAtom])
    /// A base with an optional subscript and superscript.
    case scripts(base: MathAtom, sub: [MathAtom]?, sup: [MathAtom]?)
    /// Horizontal space in ems.
    case space(Double)
}

/// Parses the math subset: letters, digits, `^`, `_`, `{…}`, `\sqrt{…}`, `\frac{…}{…}`, Greek letters,
/// `\times`, `\pm`, `\rightarrow`, `\leq`, `\geq`, `\cdot`, `\infty`, `\approx`, `\mathrm{…}`,
/// spaces `\,` `\;` `\quad`. Unknown commands are set literally (with their backslash) so a
/// typo stays visible rather than vanishing.
struct MathParser {
    private let characters: [Character]
    private var index = 0

    init(_ source: String) { characters = Array(source) }

    static let greek: [String: String] = [
        "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ε", "zeta": "ζ",
        "eta": "η", "theta": "θ", "iota": "ι", "kappa": "κ", "lambda": "λ", "mu": "μ", "nu": "ν",
        "xi": "ξ", "pi": "π", "rho": "ρ", "sigma": "σ", "tau": "τ", "upsilon": "υ", "phi": "φ",
        "chi": "χ", "psi": "ψ", "omega": "ω", "Gamma": "Γ", "Delta": "Δ", "Theta": "Θ",
        "Lambda": "Λ", "Xi": "Ξ", "Pi": "Π", "Sigma": "Σ", "Phi": "Φ", "Psi": "Ψ", "Omega": "Ω",
    ]

    static let operators: [String: String] = [
        "times": "×", "pm": "±", "mp": "∓", "rightarrow": "→", "to": "→", "leftarrow": "←",
        "leq": "≤", "le": "≤", "geq": "≥", "ge": "≥", "cdot": "·", "approx": "≈", "neq": "≠",
        "sim": "∼", "propto": "∝", "in": "∈", "equiv": "≡", "ll": "≪", "gg": "≫",
    ]

    static let symbols: [String: String] = [
        "infty": "∞", "partial": "∂", "nabla": "∇", "%": "%", "{": "{", "}": "}", "$": "$",
        "_": "_", "&": "&", "#": "#", "sum": "∑", "prod": "∏", "int": "∫", "ell": "ℓ",
        "prime": "′", "ldots": "…", "cdots": "⋯", "circ": "∘", "degree": "°",
    ]

    /// Function names set upright, as TeX does.
    static let functions: Set<String> = [
        "log", "ln", "exp", "sin", "cos", "tan", "tanh", "max", "min", "erf", "arg", "sgn",
    ]

    static let spaces: [String: Double] = [",": 0.17, ":": 0.22, ";": 0.28, "quad": 1, "!": -0.17]

    /// Parses a whole formula.
    mutating func parse() -> [MathAtom] { parseList(untilBrace: false) }

    private mutating func parseList(untilBrace: Bool) -> [MathAtom] {
        var atoms: [MathAtom] = []
        while index < characters.count {
            let c = characters[index]
            if c == "}" {
                index += 1
                if untilBrace { return atoms }
                atoms.append(.glyphs("}", italic: false))
                continue
            }
            if c == "^" || c == "_" {
                index += 1
                let script = parseArgument()
                let base = atoms.popLast() ?? .glyphs("", italic: false)
                atoms.append(attach(script, to: base, superscript: c == "^"))
                continue
            }
            if let atom = parseAtom() { atoms.append(atom) }
        }
        return atoms
    }

    private func attach(_ script: [MathAtom], to base: MathAtom, superscript: Bool) -> MathAtom {
        if case .scripts(let b, let sub, let sup) = base {
            return superscript
                ? .scripts(base: b, sub: sub, sup: script)
                : .scripts(base: b, sub: script, sup: sup)
        }
        return superscript
            ? .scripts(base: base, sub: nil, sup: script)
            : .scripts(base: base, sub: script, sup: nil)
    }

    /// A script or command argument: a braced group or a single atom.
    private mutating func parseArgument() -> [MathAtom] {
        guard index < characters.count else { return [] }
        if characters[index] == "{" {
            index += 1
            return parseList(untilBrace: true)
        }
        return parseAtom().map { [$0] } ?? []
    }

    private mutating func parseAtom() -> MathAtom? {
        let c = characters[index]
        index += 1
        switch c {
        case "{": return .group(parseList(untilBrace: true))
        case "\\": return parseCommand()
        case " ": return nil
        case "-": return .op("\u{2212}")
        case "+", "=", "<", ">": return .op(String(c))
        default:
            return .glyphs(String(c), italic: c.isLetter && c.isASCII)
        }
    }

    private mutating func parseCommand() -> MathAtom? {
        guard index < characters.count else { return .glyphs("\\", italic: false) }
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
        if let g = MathParser.greek[name] {
            // Lower-case Greek is italic and capitals upright, as in TeX.
            return .glyphs(g, italic: name.first?.isLowercase ?? false)
        }
        if let o = MathParser.operators[name] { return .op(o) }
        if let s = MathParser.symbols[name] { return .glyphs(s, italic: false) }
        if let w = MathParser.spaces[name] { return .space(w) }
        if MathParser.functions.contains(name) { return .glyphs(name, italic: false) }
        switch name {
        case "sqrt": return .sqrt(parseArgument())
        case "frac":
            let numerator = parseArgument()
            return .fraction(numerator, parseArgument())
        case "left", "right", "big", "Big", "displaystyle", "textstyle": return nil
        case "mathrm", "text", "rm", "mathsf", "operatorname":
            return .group(parseArgument().map(MathParser.upright))
        default: return .glyphs("\\" + name, italic: false)
        }
    }

    private static func upright(_ atom: MathAtom) -> MathAtom {
        switch atom {
        case .glyphs(let s, _): return .glyphs(s, italic: false)
        case .group(let list): return .group(list.map(upright))
        default: return atom
        }
    }
}
