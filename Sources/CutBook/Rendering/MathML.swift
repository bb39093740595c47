/// Converts a small TeX subset to MathML, so pages show math without scripts or network.
///
/// Supported: letters (italic identifiers), numbers, `+ - = < > ( ) [ ] | , / ! ' :`,
/// groups `{…}`, sub- and superscripts `_` `^`, `\frac{a}{b}`, `\sqrt{x}`, `\sqrt[n]{x}`,
/// Greek letters (`\alpha` … `\Omega`), `\times \pm \mp \cdot \rightarrow \to \leftarrow
/// \leq \geq \neq \approx \sim \infty \partial \nabla \sum \prod \int \ldots \cdots`,
/// function names (`\log \exp \ln \sin \cos \tan \max \min \erf \sigma`…), `\text{…}`,
/// `\mathrm{…}`, `\left` / `\right` and the spaces `\, \; \quad`.
public enum MathML {
    /// A problem in the TeX, at a character offset into it.
    public struct Problem: Error, Equatable {
        /// What is wrong.
        public var message: String
        /// The offset, in characters, into the TeX.
        public var offset: Int

        /// Creates a problem.
        public init(message: String, offset: Int) {
            self.message = message
            self.offset = offset
        }
    }

    /// The MathML `<math>` element for `tex`.
    public static func convert(_ tex: String, display: Bool) throws(Problem) -> String {
        var parser = TeXParser(characters: Array(tex))
        let body = try parser.parseSequence(until: nil)
        let mode = display ? "block" : "inline"
        return
            "<math xmlns=\"http://www.w3.org/1998/Math/MathML\" display=\"\(mode)\"><mrow>\(body)</mrow></math>"
    }

    static let greek: [String: String] = [
        "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ϵ", "varepsilon": "ε",
        "zeta": "ζ", "eta": "η", "theta": "θ", "iota": "ι", "kappa": "κ", "lambda": "λ", "mu": "μ",
        "nu": "ν", "xi": "ξ", "pi": "π", "rho": "ρ", "sigma": "σ", "tau": "τ", "upsilon": "υ",
        "phi": "ϕ", "varphi": "φ", "chi": "χ", "psi": "ψ", "omega": "ω", "Gamma": "Γ", "Delta": "Δ",
        "Theta": "Θ", "Lambda": "Λ", "Xi": "Ξ", "Pi": "Π", "Sigma": "Σ", "Phi": "Φ", "Psi": "Ψ",
        "Omega": "Ω",
    ]

    static let operators: [String: String] = [
        "times": "×", "pm": "±", "mp": "∓", "cdot": "·", "rightarrow": "→", "to": "→",
        "leftarrow": "←", "Rightarrow": "⇒", "leq": "≤", "le": "≤", "geq": "≥", "ge": "≥",
        "neq": "≠", "approx": "≈", "sim": "∼", "sum": "∑", "prod": "∏", "int": "∫", "ldots": "…",
        "cdots": "⋯", "in": "∈", "propto": "∝", "{": "{", "}": "}", "|": "‖", "mid": "∣",
    ]

    static let symbols: [String: String] = ["infty": "∞", "partial": "∂", "nabla": "∇"]

    static let functions: Set<String> = [
        "log", "exp", "ln", "sin", "cos", "tan", "max", "min", "erf", "arg", "sgn", "det", "lim",
    ]

    static let spaces: [String: String] = [
        ",": "0.1667em", ";": "0.2778em", "quad": "1em", " ": "0.25em",
    ]

    /// Escapes text for XML.
    static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            default: result.append(character)
            }
        }
        return result
    }
}
