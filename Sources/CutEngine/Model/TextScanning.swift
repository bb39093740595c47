/// What the parsers of CutEngine's expression languages (model expressions, `CutSpec`
/// selections) share: a walk over the text's characters that skips spaces, says what stands at
/// the current position, and reads numbers.
///
/// A number is the longest run of digits, signs, points and exponent letters, read as a finite
/// `Float`.
protocol TextScanning {
    /// The parser's error type.
    associatedtype Failure: Error
    /// The text, as characters.
    var characters: [Character] { get }
    /// The index of the next character to read.
    var position: Int { get set }
    /// The parser's error with `message` at character `offset` (0-based).
    func failure(_ message: String, at offset: Int) -> Failure
}

extension TextScanning {
    /// The character at the current position; nil at the end.
    func peek() -> Character? { position < characters.count ? characters[position] : nil }

    /// Moves past white space.
    mutating func skipSpaces() {
        while let character = peek(), character.isWhitespace { position += 1 }
    }

    /// What a message says is found at the current position: the character quoted, or `end`
    /// (such as "the end of the selection") at the end of the text.
    func found(orAtEnd end: String) -> String {
        peek().map { "'\($0)'" } ?? end
    }

    /// The number after any spaces; `end` names the end of the text in the message "expected a
    /// number, found …".
    mutating func number(orAtEnd end: String) throws -> Float {
        skipSpaces()
        let start = position
        var stop = start
        while stop < characters.count,
            characters[stop].isNumber || "+-.eE".contains(characters[stop])
        {
            stop += 1
        }
        let text = String(characters[start..<stop])
        guard !text.isEmpty, let value = Float(text), value.isFinite else {
            let shown = text.isEmpty ? found(orAtEnd: end) : "'\(text)'"
            throw failure("expected a number, found \(shown)", at: start)
        }
        position = stop
        return value
    }
}
