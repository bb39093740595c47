/// The one symbol table of CutBook's TeX subset: every command that stands for a single node,
/// shared by pages, the book and plot labels.
enum TeXSymbols {
    /// Lower-case Greek letters (italic, as in TeX) and capitals (upright).
    static let greek: [String: String] = [
        "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ϵ", "varepsilon": "ε",
        "zeta": "ζ", "eta": "η", "theta": "θ", "iota": "ι", "kappa": "κ", "lambda": "λ", "mu": "μ",
        "nu": "ν", "xi": "ξ", "pi": "π", "rho": "ρ", "sigma": "σ", "tau": "τ", "upsilon": "υ",
        "phi": "ϕ", "varphi": "φ", "chi": "χ", "psi": "ψ", "omega": "ω", "Gamma": "Γ", "Delta": "Δ",
        "Theta": "Θ", "Lambda": "Λ", "Xi": "Ξ", "Pi": "Π", "Sigma": "Σ", "Phi": "Φ", "Psi": "Ψ",
        "Omega": "Ω",
    ]

    /// Operators, relations, arrows, large operators, dots and escaped fences.
    static let operators: [String: String] = [
        "times": "×", "pm": "±", "mp": "∓", "cdot": "·", "rightarrow": "→", "to": "→",
        "leftarrow": "←", "Rightarrow": "⇒", "leq": "≤", "le": "≤", "geq": "≥", "ge": "≥",
        "neq": "≠", "approx": "≈", "sim": "∼", "equiv": "≡", "ll": "≪", "gg": "≫", "sum": "∑",
        "prod": "∏", "int": "∫", "ldots": "…", "cdots": "⋯", "in": "∈", "propto": "∝",
        "circ": "∘", "prime": "′", "{": "{", "}": "}", "|": "‖", "mid": "∣", "%": "%", "_": "_",
        "&": "&", "#": "#", "$": "$",
    ]

    /// Symbols set as upright identifiers.
    static let symbols: [String: String] = [
        "infty": "∞", "partial": "∂", "nabla": "∇", "ell": "ℓ", "degree": "°",
    ]

    /// Function names, set upright.
    static let functions: Set<String> = [
        "log", "exp", "ln", "sin", "cos", "tan", "tanh", "max", "min", "erf", "arg", "sgn", "det",
        "lim",
    ]

    /// Spaces in ems: `\,` `\:` `\;` `\quad`, `\ ` and the negative `\!`.
    static let spaces: [String: Double] = [
        ",": 0.1667, ":": 0.2222, ";": 0.2778, "quad": 1, " ": 0.25, "!": -0.1667,
    ]

    /// Commands that take arguments or start a structure; the parser handles each.
    static let structural: [String] = [
        "frac", "tfrac", "dfrac", "sqrt", "operatorname", "text", "mathrm", "left", "right",
        "begin", "end", "\\",
    ]

    /// The matrix environments and their fences.
    static let environments: [String: (open: String, close: String)] = [
        "pmatrix": ("(", ")"), "bmatrix": ("[", "]"), "matrix": ("", ""),
    ]

    /// The node a command without arguments stands for, or nil.
    static func node(for name: String) -> MathNode? {
        if let letter = greek[name] {
            return .identifier(letter, italic: !letter.first!.isUppercase)
        }
        if let symbol = operators[name] { return .symbol(symbol) }
        if let symbol = symbols[name] { return .identifier(symbol, italic: false) }
        if functions.contains(name) { return .identifier(name, italic: false) }
        if let width = spaces[name] { return .space(width) }
        return nil
    }

    /// Every command name the subset knows.
    static var commandNames: [String] {
        Array(greek.keys) + Array(operators.keys) + Array(symbols.keys) + Array(functions)
            + Array(spaces.keys) + structural
    }

    /// "did you mean '\x'?" for the known command nearest to `name`, when one is close.
    static func hint(forCommand name: String) -> String? {
        var best: (name: String, distance: Int)?
        for candidate in commandNames.sorted() {
            let distance = editDistance(name, candidate)
            if best == nil || distance < best!.distance { best = (candidate, distance) }
        }
        guard let best, best.distance <= max(1, max(name.count, best.name.count) / 3) else {
            return nil
        }
        return "did you mean '\\\(best.name)'?"
    }

    /// The number of single-character insertions, deletions, substitutions and swaps of two
    /// neighbours turning `a` into `b` (so the typo `alpah` is one edit from `alpha`).
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
        var beforePrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + [Int](repeating: 0, count: b.count)
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], beforePrevious[j - 2] + 1)
                }
            }
            (beforePrevious, previous) = (previous, current)
        }
        return previous[b.count]
    }
}
