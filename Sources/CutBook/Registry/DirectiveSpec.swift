/// Where a directive may stand.
public enum Placement: String, Sendable, Hashable {
    /// Alone on its line(s): it produces a block (figure, table, log) or nothing visible.
    case block
    /// Inside a paragraph: it produces text.
    case inline
    /// Either.
    case either
}

/// The declaration of one directive verb: its words, options, placement and result.
public struct DirectiveSpec: Sendable, Hashable {
    /// The verb.
    public var verb: Verb
    /// One sentence: what the directive does.
    public var summary: String
    /// Where it may stand.
    public var placement: Placement
    /// What kind of result it makes (shown in the reference).
    public var produces: String
    /// Its positional words, in order.
    public var words: [WordSpec]
    /// Its options.
    public var options: [OptionSpec]
    /// Examples for the reference.
    public var examples: [String]

    /// The option named `name`, if declared.
    public func option(_ name: String) -> OptionSpec? {
        options.first { $0.name == name }
    }
}
