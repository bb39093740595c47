/// A directive checked against its specification: typed values with defaults filled in.
struct ResolvedDirective: Sendable {
    /// A stable identifier within the report: `study#index`.
    var id: String
    /// The study (file stem) it appears in.
    var study: String
    /// The directive as written.
    var directive: Directive
    /// Its verb.
    var verb: Verb
    /// Its words, by word name, defaults included.
    var words: [String: OptionValue]
    /// Its options, by key, defaults included.
    var options: [String: OptionValue]
    /// The result names it uses (`of=`, `on=`, the field word's result), in order.
    var inputs: [String]
    /// The report parameters it reads as fields (`<<value params.lr>>`), by name, with the
    /// values in effect for this build.
    var parameters: [String: ReportParameter] = [:]
    /// For a member of a sweep (`NAME[k]`): the sweep's name, which stands for `as=` in the
    /// canonical form, so that the member has the key of the directive written once with its
    /// value and `as=NAME` (turning `seed=3 as=net` into `seeds=1..10 as=net` reuses it).
    var sweepName: String? = nil

    /// The `as=` name, if the directive names exactly one result.
    var resultName: String? {
        if case .text(let name) = options["as"] { return name }
        return nil
    }

    /// Every `as=` name: one, or, for a directive with several results (`<<data split>>`),
    /// one per result in order.
    var resultNames: [String] {
        switch options["as"] {
        case .text(let name): return [name]
        case .names(let names): return names
        default: return []
        }
    }

    /// Its verb's specification.
    var spec: DirectiveSpec { verb.spec }

    /// A word's or option's text value.
    func text(_ key: String) -> String? {
        switch words[key] ?? options[key] {
        case .text(let value): return value
        default: return nil
        }
    }

    /// An integer option.
    func integer(_ key: String) -> Int? {
        if case .integer(let value) = options[key] { return value }
        return nil
    }

    /// A number option (integers read as numbers).
    func number(_ key: String) -> Double? {
        switch options[key] {
        case .number(let value): return value
        case .integer(let value): return Double(value)
        default: return nil
        }
    }

    /// A list-of-numbers option.
    func numbers(_ key: String) -> [Double]? {
        if case .numbers(let values) = options[key] { return values }
        return nil
    }

    /// A flag option.
    func flag(_ key: String) -> Bool {
        if case .flag(let value) = options[key] { return value }
        return false
    }

    /// A names option.
    func names(_ key: String) -> [String] {
        if case .names(let values) = options[key] { return values }
        return []
    }

    /// A text option's comma-separated parts (`labels=a,b`), if it is given.
    func list(_ key: String) -> [String]? {
        text(key)?.split(separator: ",").map(String.init)
    }

    /// The canonical form of what determines the result: verb, words and the input options
    /// (not captions or labels), sorted by key, values in canonical form, then the values of
    /// the parameters it reads as fields.
    var canonicalForm: String {
        var parts = [verb.rawValue]
        for word in spec.words {
            if let value = words[word.name] { parts.append(value.canonical) }
        }
        for key in options.keys.sorted() {
            guard let option = spec.option(key), option.role == .input else { continue }
            if key == "as", let sweepName {
                parts.append("as=\(sweepName)")
                continue
            }
            parts.append("\(key)=\(options[key]!.canonical)")
        }
        for name in parameters.keys.sorted() {
            parts.append("params.\(name)=\(parameters[name]!.value.written)")
        }
        return parts.joined(separator: " ")
    }
}

/// Readers for values the specification requires or gives a default: the validator has filled
/// them in, so a missing one is a mistake in the specification, thrown rather than trapped.
extension ResolvedDirective {
    /// A text word or option that is always there.
    func requiredText(_ key: String) throws -> String {
        guard let value = text(key) else { throw Messages.unresolved(key, in: self) }
        return value
    }

    /// An integer option that is always there.
    func requiredInteger(_ key: String) throws -> Int {
        guard let value = integer(key) else { throw Messages.unresolved(key, in: self) }
        return value
    }

    /// A number option that is always there.
    func requiredNumber(_ key: String) throws -> Double {
        guard let value = number(key) else { throw Messages.unresolved(key, in: self) }
        return value
    }
}
