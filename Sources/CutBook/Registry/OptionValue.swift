/// An option's or word's value after checking it against its kind.
enum OptionValue: Sendable, Hashable {
    case integer(Int)
    case number(Double)
    case numbers([Double])
    case text(String)
    case flag(Bool)
    case names([String])

    /// The canonical text of the value, used for cache keys: numbers in their shortest exact
    /// form, so `steps=100` and `steps=1e2` key the same.
    var canonical: String {
        switch self {
        case .integer(let value): return String(value)
        case .number(let value): return NumberFormat.plain(value)
        case .numbers(let values): return values.map(NumberFormat.plain).joined(separator: ",")
        case .text(let value): return value
        case .flag(let value): return value ? "true" : "false"
        case .names(let values): return values.joined(separator: ",")
        }
    }

    /// Parses `text` as `kind`; on failure returns what was expected, for the message.
    static func parse(_ text: String, as kind: ValueKind) -> Result<OptionValue, ValueProblem> {
        switch kind {
        case .integer(let range):
            guard let value = Int(text) ?? exactInteger(text) else {
                return .failure(.expected(kind.summary))
            }
            return range.contains(value)
                ? .success(.integer(value)) : .failure(.outOfRange(kind.summary))
        case .number(let range):
            guard let value = Double(text), value.isFinite else {
                return .failure(.expected(kind.summary))
            }
            return range.contains(value)
                ? .success(.number(value)) : .failure(.outOfRange(kind.summary))
        case .numbers(let count):
            let values = text.split(separator: ",", omittingEmptySubsequences: false).map {
                Double($0.trimmingCharacters(in: .whitespaces))
            }
            guard values.allSatisfy({ $0?.isFinite == true }) else {
                return .failure(.expected(kind.summary))
            }
            guard count.contains(values.count) else { return .failure(.outOfRange(kind.summary)) }
            return .success(.numbers(values.map { $0! }))
        case .numberOrRange(let range):
            let parts = text.components(separatedBy: "..")
            let values = parts.map { Double($0.trimmingCharacters(in: .whitespaces)) }
            guard parts.count <= 2, values.allSatisfy({ $0?.isFinite == true }) else {
                return .failure(.expected(kind.summary))
            }
            return values.allSatisfy({ range.contains($0!) })
                ? .success(.numbers(values.map { $0! })) : .failure(.outOfRange(kind.summary))
        case .wordOrNumbers(let word, let count):
            if text == word { return .success(.text(word)) }
            guard case .success(let value) = parse(text, as: .numbers(count: count)) else {
                return .failure(.expected(kind.summary))
            }
            return .success(value)
        case .numbersOrFields(let count):
            let parts = text.split(separator: ",", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            guard count.contains(parts.count) else { return .failure(.outOfRange(kind.summary)) }
            let numbers = parts.map { Double($0) }
            if numbers.allSatisfy({ $0?.isFinite == true }) {
                return .success(.numbers(numbers.map { $0! }))
            }
            for (part, number) in zip(parts, numbers) where number == nil {
                guard let path = FieldPath(part), isReference(path.result) else {
                    return .failure(.expected(kind.summary))
                }
            }
            guard numbers.allSatisfy({ $0 == nil || $0!.isFinite }) else {
                return .failure(.expected(kind.summary))
            }
            return .success(.names(zip(parts, numbers).map { $1.map(NumberFormat.plain) ?? $0 }))
        case .choice(let words):
            return words.contains(text) ? .success(.text(text)) : .failure(.notAChoice(words))
        case .choices(let words):
            let parts = text.split(separator: ",").map(String.init)
            for part in parts where !words.contains(part) {
                return .failure(.notAChoice(words))
            }
            return .success(.names(parts))
        case .text, .file:
            return text.isEmpty ? .failure(.expected(kind.summary)) : .success(.text(text))
        case .flag:
            switch text {
            case "true", "yes": return .success(.flag(true))
            case "false", "no": return .success(.flag(false))
            default: return .failure(.expected(kind.summary))
            }
        case .newName:
            return isName(text) ? .success(.text(text)) : .failure(.expected(kind.summary))
        case .newNames:
            let names = text.split(separator: ",", omittingEmptySubsequences: false).map(
                String.init)
            guard names.allSatisfy(isName) else { return .failure(.expected(kind.summary)) }
            return .success(names.count == 1 ? .text(names[0]) : .names(names))
        case .resultNames:
            let names = text.split(separator: ",", omittingEmptySubsequences: false).map(
                String.init)
            return names.allSatisfy(isReference)
                ? .success(.names(names)) : .failure(.expected(kind.summary))
        case .field:
            let name = FieldPath(text)?.result
            return name.map(isReference) == true
                ? .success(.text(text)) : .failure(.expected(kind.summary))
        case .format:
            return NumberFormat(text) != nil
                ? .success(.text(text)) : .failure(.expected(kind.summary))
        }
    }

    private static func exactInteger(_ text: String) -> Int? {
        guard let value = Double(text), value == value.rounded(), abs(value) < 9e15 else {
            return nil
        }
        return Int(value)
    }

    /// A name that reads a result: a result name, or a sweep's member, `NAME[k]` (k from 1).
    static func isReference(_ text: String) -> Bool {
        guard text.hasSuffix("]"), let open = text.firstIndex(of: "[") else { return isName(text) }
        let digits = text[text.index(after: open)..<text.index(before: text.endIndex)]
        return isName(String(text[..<open])) && !digits.isEmpty && digits.first != "0"
            && digits.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// A result name: a letter, then letters, digits, `_` or `-`.
    static func isName(_ text: String) -> Bool {
        guard let first = text.first, first.isLetter, first.isASCII else { return false }
        return text.allSatisfy {
            ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") && $0.isASCII
        }
    }
}

/// Why a value does not fit its kind.
enum ValueProblem: Error {
    case expected(String)
    case outOfRange(String)
    case notAChoice([String])
}

/// `name`, `name.field` or `name.field[index]`.
struct FieldPath: Sendable, Hashable {
    /// The result's name.
    var result: String
    /// The field, empty for the result itself.
    var field: String
    /// The index into an array field, if given.
    var index: Int?

    /// Parses a field path; nil when malformed.
    init?(_ text: String) {
        var rest = Substring(text)
        var index: Int?
        if rest.hasSuffix("]") {
            guard let open = rest.lastIndex(of: "["),
                let value = Int(rest[rest.index(after: open)..<rest.index(before: rest.endIndex)])
            else { return nil }
            index = value
            rest = rest[..<open]
        }
        let parts = rest.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard let first = parts.first, !first.isEmpty else { return nil }
        result = String(first)
        field = parts.count > 1 ? String(parts[1]) : ""
        if parts.count > 1 && field.isEmpty { return nil }
        self.index = index
    }
}
