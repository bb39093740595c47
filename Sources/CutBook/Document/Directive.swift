/// One `<<verb words key=value ...>>` directive as written in a report, with the location of
/// every part so that errors can point at the exact word.
public struct Directive: Hashable, Codable, Sendable {
    /// A bare word after the verb (for example `ssb` in `<<scan ssb ...>>`).
    public struct Word: Hashable, Codable, Sendable {
        /// The word's text, unquoted.
        public var text: String
        /// Where the word starts.
        public var location: SourceLocation
    }

    /// A `key=value` pair.
    public struct Option: Hashable, Codable, Sendable {
        /// The key, left of `=`.
        public var key: String
        /// The value, right of `=`, with quotes removed and escapes resolved.
        public var value: String
        /// Where the key starts.
        public var keyLocation: SourceLocation
        /// Where the value starts.
        public var valueLocation: SourceLocation
    }

    /// The verb (`data`, `train`, `plot`, ...).
    public var verb: String
    /// The bare words after the verb, in order.
    public var words: [Word]
    /// The `key=value` options, in the order written.
    public var options: [Option]
    /// Where the opening `<<` is.
    public var location: SourceLocation
    /// Where the verb starts.
    public var verbLocation: SourceLocation
    /// True when the directive stands alone on its line(s): it then produces a block.
    public var isBlock: Bool
    /// The directive's text as written, `<<` and `>>` included.
    public var text: String

    /// The first option with this key, if any.
    public func option(_ key: String) -> Option? {
        options.first { $0.key == key }
    }
}
