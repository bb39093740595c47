/// What kind of value an option or word takes.
enum ValueKind: Sendable, Hashable {
    /// A whole number within a range.
    case integer(ClosedRange<Int>)
    /// A finite number within a range.
    case number(ClosedRange<Double>)
    /// Comma-separated numbers, with an allowed count.
    case numbers(count: ClosedRange<Int>)
    /// One number, or a range `START..END` of two (a value that moves over a training), each
    /// within the range; read as `OptionValue.numbers` of one or two values.
    case numberOrRange(ClosedRange<Double>)
    /// A fixed word (`scan`), or comma-separated numbers with an allowed count; read as
    /// `OptionValue.text` or `OptionValue.numbers`.
    case wordOrNumbers(String, count: ClosedRange<Int>)
    /// Comma-separated numbers or fields of results (`erf_ssb.argmax`), read when the directive
    /// runs; a field makes the directive depend on its result.
    case numbersOrFields(count: ClosedRange<Int>)
    /// One of a fixed list of words.
    case choice([String])
    /// Comma-separated words, each from a fixed list.
    case choices([String])
    /// Free text (quote it when it has spaces).
    case text
    /// `true` or `false`.
    case flag
    /// A new result name: a letter, then letters, digits, `_` or `-`.
    case newName
    /// One or more new result names, comma-separated (`as=ev_train,ev_test`).
    case newNames
    /// Comma-separated names of results defined elsewhere in the report with `as=`.
    case resultNames
    /// A result name or a field of one (`brute.argmax`, `fit.cuts[0]`).
    case field
    /// A path relative to the report folder.
    case file
    /// A number format: `.3f`, `.2e`, `.4g`, `,.0f` (thousands separators) or `d`.
    case format

    /// How the reference shows the kind.
    var summary: String {
        switch self {
        case .integer(let range): return "integer \(Self.show(range))"
        case .number(let range): return "number \(Self.show(range))"
        case .numbers(let count):
            return count.lowerBound == count.upperBound
                ? "\(count.lowerBound) numbers, comma-separated"
                : "\(count.lowerBound)–\(count.upperBound) numbers, comma-separated"
        case .numberOrRange(let range):
            return "number \(Self.show(range)), or a range START..END of two"
        case .wordOrNumbers(let word, let count):
            return "\(word), or " + ValueKind.numbers(count: count).summary
        case .numbersOrFields(let count):
            let amount =
                count.lowerBound == count.upperBound
                ? "\(count.lowerBound)" : "\(count.lowerBound)–\(count.upperBound)"
            return "\(amount) numbers or result fields (brute.argmax), comma-separated"
        case .choice(let words): return "one of " + words.joined(separator: ", ")
        case .choices(let words):
            return "comma-separated, each one of " + words.joined(separator: ", ")
        case .text: return "text"
        case .flag: return "true or false"
        case .newName: return "new result name"
        case .newNames: return "new result name(s), comma-separated"
        case .resultNames: return "result name(s), comma-separated"
        case .field: return "result name or result.field"
        case .file: return "file in the report folder"
        case .format: return "number format (.3f, .2e, .4g, ,.0f, d)"
        }
    }

    private static func show(_ range: ClosedRange<Int>) -> String {
        switch (range.lowerBound == Int.min, range.upperBound == Int.max) {
        case (true, true): return ""
        case (false, true): return "≥ \(range.lowerBound)"
        case (true, false): return "≤ \(range.upperBound)"
        case (false, false): return "\(range.lowerBound)…\(range.upperBound)"
        }
    }

    private static func show(_ range: ClosedRange<Double>) -> String {
        let lower = range.lowerBound.isInfinite ? nil : NumberFormat.plain(range.lowerBound)
        let upper = range.upperBound.isInfinite ? nil : NumberFormat.plain(range.upperBound)
        switch (lower, upper) {
        case (nil, nil): return ""
        case (let low?, nil): return "≥ \(low)"
        case (nil, let high?): return "≤ \(high)"
        case (let low?, let high?): return "\(low)…\(high)"
        }
    }
}

/// How an option changes a directive: its result, or only how the result is shown.
enum OptionRole: Sendable, Hashable {
    /// Part of the cache key: changing it recomputes.
    case input
    /// Only presentation (captions, labels): changing it re-renders without recomputing.
    case presentation
}

/// One `key=value` option a directive accepts.
struct OptionSpec: Sendable, Hashable {
    /// The key.
    var name: String
    /// The kind of value.
    var kind: ValueKind
    /// The value used when the option is not given; nil when it has none.
    var defaultValue: String?
    /// True when the directive cannot run without it.
    var isRequired: Bool
    /// Whether it changes the result or only its presentation.
    var role: OptionRole
    /// One sentence for the reference.
    var help: String

    /// Creates an option specification.
    init(
        _ name: String, _ kind: ValueKind, default defaultValue: String? = nil,
        required: Bool = false, role: OptionRole = .input, help: String
    ) {
        self.name = name
        self.kind = kind
        self.defaultValue = defaultValue
        self.isRequired = required
        self.role = role
        self.help = help
    }
}

/// One positional word a directive takes after its verb.
struct WordSpec: Sendable, Hashable {
    /// The word's name in the reference (for example `quantity`).
    var name: String
    /// The kind of value.
    var kind: ValueKind
    /// The value used when the word is left out; nil when it must be given.
    var defaultValue: String?
    /// One sentence for the reference.
    var help: String

    /// Creates a word specification.
    init(
        _ name: String, _ kind: ValueKind, default defaultValue: String? = nil, help: String
    ) {
        self.name = name
        self.kind = kind
        self.defaultValue = defaultValue
        self.help = help
    }
}
