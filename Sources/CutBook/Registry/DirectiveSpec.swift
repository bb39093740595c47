/// Where a directive may stand.
enum Placement: String, Sendable, Hashable {
    /// Alone on its line(s): it produces a block (figure, table, log) or nothing visible.
    case block
    /// Inside a paragraph: it produces text.
    case inline
    /// Either.
    case either
}

/// The declaration of one directive verb: its words, options, placement and result.
struct DirectiveSpec: Sendable, Hashable {
    /// One sentence: what the directive does.
    var summary: String
    /// Where it may stand.
    var placement: Placement
    /// What kind of result it makes (shown in the reference).
    var produces: String
    /// Its positional words, in order.
    var words: [WordSpec]
    /// Its options.
    var options: [OptionSpec]
    /// Examples for the reference.
    var examples: [String]

    /// The option named `name`, if declared.
    func option(_ name: String) -> OptionSpec? {
        options.first { $0.name == name }
    }
}
