import CutEngine

/// One result named by an option of kind `.resultNames` that its verb reads once (`of=fit`):
/// the first name. Decoded by `DirectiveDecoder` from the option of its property's name.
struct ResultReference: Decodable, Sendable {
    /// The result's `as=` name.
    let name: String

    init(from decoder: any Decoder) throws {
        let (item, key) = try DirectiveDecoder.of(decoder)
        guard let name = item.names(key).first else { throw Messages.unresolved(key, in: item) }
        self.name = name
    }
}

/// A relaxation named by a word or option (`cut=erf`, `train cuts sigmoid`), with `slope=`
/// for the sigmoid; an unknown name is an error at the option's value (at the verb for a word).
struct RelaxationChoice: Decodable, Sendable {
    /// The name as written (or its default).
    let name: String
    /// The relaxation, with its slope.
    let relaxation: Relaxation

    init(from decoder: any Decoder) throws {
        let (item, key) = try DirectiveDecoder.of(decoder)
        name = try item.requiredText(key)
        relaxation = try EngineNames.relaxation(
            name, slope: try item.requiredNumber("slope"),
            location: item.directive.option(key)?.valueLocation ?? item.directive.verbLocation)
    }
}
