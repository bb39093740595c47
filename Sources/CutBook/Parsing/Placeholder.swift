/// The tokens that stand in for directives, math and cross-references while cmark-gfm renders
/// the Markdown. A token is letters and digits only (`cbkxD12Z`), so Markdown leaves it alone;
/// the renderer swaps it for HTML afterwards. A renderer of another format (PDF) finds the
/// tokens in `Study.markdown` with `Study.placeholderPrefix` and `token(prefix:kind:index:)`.
enum Placeholder {
    /// What a token stands for.
    enum Kind: Character, Sendable {
        /// `Study.directives[index]`.
        case directive = "D"
        /// `Study.math[index]`.
        case math = "M"
        /// `Study.references[index]`.
        case reference = "R"
    }

    /// A prefix that does not occur in `text`.
    static func prefix(unusedIn text: String) -> String {
        var prefix = "cbkx"
        while text.contains(prefix) { prefix += "q" }
        return prefix
    }

    /// The token for item `index` of `kind`.
    static func token(prefix: String, kind: Kind, index: Int) -> String {
        "\(prefix)\(kind.rawValue)\(index)Z"
    }
}
