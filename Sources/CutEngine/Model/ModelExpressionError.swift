/// A model expression that does not parse: where (1-based column), what was wrong, and the
/// nearest valid name when one is close.
public struct ModelExpressionError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The expression text.
    public let source: String
    /// The 1-based column of the offending character.
    public let column: Int
    /// What is wrong and how to fix it.
    public let message: String
    /// The nearest valid name, when a name was misspelled.
    public let suggestion: String?

    /// An error at 1-based `column` of `source`.
    public init(source: String, column: Int, message: String, suggestion: String? = nil) {
        self.source = source
        self.column = column
        self.message = message
        self.suggestion = suggestion
    }

    /// The message, then the expression with a caret under the column:
    /// ```
    /// column 17: unknown function 'mpl'; did you mean 'mlp'?
    ///   cuts(sigmoid) * mpl(2,1)
    ///                   ^
    /// ```
    public var description: String {
        let hint = suggestion.map { "; did you mean '\($0)'?" } ?? ""
        let caret = String(repeating: " ", count: max(0, column - 1)) + "^"
        return "column \(column): \(message)\(hint)\n  \(source)\n  \(caret)"
    }

    /// The candidate closest to `name` by edit distance, if it is close enough to be a typo
    /// (at most two edits, or a case-only difference).
    static func nearest(to name: String, in candidates: [String]) -> String? {
        let scored = candidates.map { ($0, editDistance(name.lowercased(), $0)) }
        guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= 2 else { return nil }
        return best.0
    }

    /// Levenshtein distance.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        var previous = Array(0...b.count)
        for i in 1...max(1, a.count) where !a.isEmpty {
            var current = [i] + [Int](repeating: 0, count: b.count)
            for j in stride(from: 1, through: b.count, by: 1) {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            previous = current
        }
        return a.isEmpty ? b.count : previous[b.count]
    }
}
