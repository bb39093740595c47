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
        /// Where the value starts.
        var valueLocation: SourceLocation
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
