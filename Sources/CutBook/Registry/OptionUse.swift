import CutEngine

/// Which options (and words) each form of a verb actually reads: the one table that makes an
/// option without an effect an error instead of being silently ignored.
///
/// A verb's forms are tried in order and the first that matches the directive decides. Only
/// what the user wrote is checked (defaults are filled in by the validator and never count).
/// Options a form does not read are refused at their key, naming the forms that do read them;
/// options a form reads only in some settings (`slope=` with a sigmoid relaxation) or only
/// with some values (`optimizer=adam` for models) are refused with the reason.
enum OptionUse {
    /// One form of a verb, like `scan passing` or `plot hist`.
    struct Form: Sendable {
        /// How messages name it.
        let name: String
        /// Whether a directive is of this form.
        let matches: @Sendable (ResolvedDirective) -> Bool
        /// The options it reads, beyond the verb's shared ones.
        let options: Set<String>
        /// The words it reads beyond the first (the form-deciding) one.
        var words: Set<String> = []
        /// Options that take only some values in this form: the values and why.
        var values: [String: (allowed: [String], reason: String)] = [:]
    }

    /// An option read only when a condition holds (in every form that reads it).
    struct Condition: Sendable {
        /// The option.
        let key: String
        /// True when the option has an effect.
        let holds: @Sendable (ResolvedDirective) -> Bool
        /// The message when it does not, after `<<verb>> key=`.
        let text: @Sendable (ResolvedDirective) -> String
    }

    /// A verb's forms, its options every form reads, and its conditions.
    struct Table: Sendable {
        let shared: Set<String>
        let forms: [Form]
        var conditions: [Condition] = []
    }

    /// The problems of `item`: options and words it was given that its form does not read.
    static func check(_ item: ResolvedDirective) -> [Diagnostic] {
        guard let table = tables[item.verb],
            let form = table.forms.first(where: { $0.matches(item) })
        else { return [] }
        let directive = item.directive
        var problems: [Diagnostic] = []
        for (index, word) in directive.words.enumerated().dropFirst()
        where index < item.spec.words.count {
            let name = item.spec.words[index].name
            guard !form.words.contains(name) else { continue }
            let readers = table.forms.filter { $0.words.contains(name) }.map(\.name)
            problems.append(
                Messages.unusedWord(
                    name, value: word.text, form: form.name, readers: readers,
                    at: word.location, in: directive))
        }
        for option in directive.options {
            let key = option.key
            if table.shared.contains(key) { continue }
            guard form.options.contains(key) else {
                let readers = table.forms.filter { $0.options.contains(key) }.map(\.name)
                problems.append(
                    Messages.unusedOption(
                        key, form: form.name, readers: readers, at: option.keyLocation,
                        in: directive))
                continue
            }
            if let restriction = form.values[key], !restriction.allowed.contains(option.value) {
                problems.append(
                    Messages.restrictedValue(
                        key, value: option.value, form: form.name, allowed: restriction.allowed,
                        reason: restriction.reason, at: option.valueLocation, in: directive))
                continue
            }
            for condition in table.conditions where condition.key == key && !condition.holds(item) {
                problems.append(
                    Messages.requirement(
                        "\(key)= \(condition.text(item))", at: option.keyLocation, in: directive))
            }
        }
        return problems
    }

    /// Whether `item`'s form reads the option `key` (always, for a verb without a table).
    static func reads(_ key: String, _ item: ResolvedDirective) -> Bool {
        guard let table = tables[item.verb] else { return true }
        if table.shared.contains(key) { return true }
        guard table.forms.first(where: { $0.matches(item) })?.options.contains(key) ?? true else {
            return false
        }
        // An option whose condition does not hold (seed= of cuts without estimator=score).
        return table.conditions.allSatisfy { $0.key != key || $0.holds(item) }
    }

    static func quantity(_ name: String, frozen: Bool? = nil)
        -> @Sendable (ResolvedDirective) ->
        Bool
    {
        { item in
            item.text("quantity") == name
                && (frozen.map { $0 == !item.names("of").isEmpty } ?? true)
        }
    }

    /// Whether the relaxation called `name` has a slope (CutEngine's name table decides).
    static func hasSlope(_ name: String?) -> Bool {
        name.flatMap { Relaxation.named($0) }?.hasSlope ?? false
    }

    static func kind(_ name: String) -> @Sendable (ResolvedDirective) -> Bool {
        { $0.text("kind") == name }
    }

    static func word(_ key: String, in names: Set<String>) -> @Sendable (ResolvedDirective) -> Bool
    {
        { names.contains($0.text(key) ?? "") }
    }

    /// Every verb's table; verbs without one (value, log, assert, include) read all they take.
    static let tables: [Verb: Table] = Dictionary(
        uniqueKeysWithValues: Verb.allCases.compactMap { verb in
            verb.kind.optionUse.map { (verb, $0) }
        })
}
