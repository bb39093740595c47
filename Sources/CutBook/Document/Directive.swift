/// One `<<verb words key=value ...>>` directive as written in a report, with the location of
/// every part so that errors can point at the exact word.
struct Directive: Hashable, Codable, Sendable {
    /// A bare word after the verb (for example `ssb` in `<<scan ssb ...>>`).
    struct Word: Hashable, Codable, Sendable {
        /// The word's text, unquoted.
        var text: String
        /// Where the word starts.
        var location: SourceLocation
    }

    /// A `key=value` pair.
    struct Option: Hashable, Codable, Sendable {
        /// The key, left of `=`.
        var key: String
        /// The value, right of `=`, with quotes removed and escapes resolved.
        var value: String
        /// Where the key starts.
        var keyLocation: SourceLocation
        /// Where the value starts (at its opening quote if it is quoted).
        var valueLocation: SourceLocation
        /// Where each character of `value` is written, so that a message about a part of the
        /// value points at it through quotes, escapes and line breaks.
        var valueCharacterLocations: [SourceLocation] = []

        /// Where the value's character at `offset` (0-based, counted in `value` as unquoted)
        /// is written; an offset at or past the end points just after the last character.
        func location(ofValueCharacter offset: Int) -> SourceLocation {
            guard let last = valueCharacterLocations.last else { return valueLocation }
            if offset >= 0, offset < valueCharacterLocations.count {
                return valueCharacterLocations[offset]
            }
            return offset < 0 ? valueCharacterLocations[0] : last.advanced(by: 1)
        }

        /// Where the first occurrence of `part` in the value is written (the value's start when
        /// it does not occur).
        func location(of part: String) -> SourceLocation {
            guard let range = value.range(of: part) else { return valueLocation }
            return location(
                ofValueCharacter: value.distance(from: value.startIndex, to: range.lowerBound))
        }
    }

    /// The verb (`data`, `train`, `plot`, ...).
    var verb: String
    /// The bare words after the verb, in order.
    var words: [Word]
    /// The `key=value` options, in the order written.
    var options: [Option]
    /// Where the opening `<<` is.
    var location: SourceLocation
    /// Where the verb starts.
    var verbLocation: SourceLocation
    /// True when the directive stands alone on its line(s): it then produces a block.
    var isBlock: Bool
    /// The directive's text as written, `<<` and `>>` included.
    var text: String

    /// The first option with this key, if any.
    func option(_ key: String) -> Option? {
        options.first { $0.key == key }
    }
}
