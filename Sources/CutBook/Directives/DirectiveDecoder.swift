/// Decodes a verb's `Arguments` from a `ResolvedDirective` the way swift-argument-parser
/// decodes a command: each stored property of a `Decodable` arguments type is the word or
/// option of the same name, in snake case (`sigmaB` reads `sigma_b=`), so the declaration is
/// the only place a field is listed and no verb writes an `init` that reads its options.
///
/// Values are read as the validator typed them: text as `String`, whole numbers as `Int`,
/// numbers as `Double`, flags as `Bool`, names and comma-separated text as `[String]`, number
/// lists as `[Double]`. An optional property is nil when the option is not given; a required
/// one that is missing is a mistake in the specification, reported by `Messages.unresolved`.
/// A property of type `Directive` is the directive as written (for locations), not decoded.
struct DirectiveDecoder: Decoder {
    /// The directive decoded.
    let item: ResolvedDirective
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(_ item: ResolvedDirective, codingPath: [any CodingKey] = []) {
        self.item = item
        self.codingPath = codingPath
    }

    /// The word or option a property named `property` reads.
    static func key(_ property: String) -> String {
        var key = ""
        for character in property {
            if character.isUppercase {
                key += "_" + character.lowercased()
            } else {
                key.append(character)
            }
        }
        return key
    }

    /// The decoder that `decoder` is, for a value type that reads the directive itself
    /// (its option is `decoder.codingPath.last`).
    static func of(_ decoder: any Decoder) throws -> (item: ResolvedDirective, key: String) {
        guard let own = decoder as? DirectiveDecoder, let last = own.codingPath.last else {
            throw DecodingError.typeMismatch(
                ResolvedDirective.self,
                .init(codingPath: decoder.codingPath, debugDescription: "not a directive"))
        }
        return (own.item, key(last.stringValue))
    }

    func container<Key: CodingKey>(keyedBy _: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(Options<Key>(item: item, codingPath: codingPath))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        throw DecodingError.typeMismatch(
            [Any].self, .init(codingPath: codingPath, debugDescription: "directives are keyed"))
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        throw DecodingError.typeMismatch(
            Any.self, .init(codingPath: codingPath, debugDescription: "directives are keyed"))
    }

    /// The words and options of the directive, by property name.
    private struct Options<Key: CodingKey>: KeyedDecodingContainerProtocol {
        let item: ResolvedDirective
        let codingPath: [any CodingKey]
        var allKeys: [Key] { [] }

        private func value(_ key: Key) -> OptionValue? {
            let name = DirectiveDecoder.key(key.stringValue)
            return item.words[name] ?? item.options[name]
        }

        func contains(_ key: Key) -> Bool { value(key) != nil }

        func decodeNil(forKey key: Key) throws -> Bool { value(key) == nil }

        /// The value of `key` as `T`, or the specification's mistake when it has none.
        private func read<T>(_ key: Key, _ cast: (OptionValue) -> T?) throws -> T {
            guard let value = value(key), let typed = cast(value) else {
                throw Messages.unresolved(DirectiveDecoder.key(key.stringValue), in: item)
            }
            return typed
        }

        func decode(_: String.Type, forKey key: Key) throws -> String {
            try read(key) { if case .text(let text) = $0 { text } else { nil } }
        }

        func decode(_: Int.Type, forKey key: Key) throws -> Int {
            try read(key) { if case .integer(let value) = $0 { value } else { nil } }
        }

        func decode(_: Double.Type, forKey key: Key) throws -> Double {
            try read(key) {
                switch $0 {
                case .number(let value): value
                case .integer(let value): Double(value)
                default: nil
                }
            }
        }

        func decode(_: Bool.Type, forKey key: Key) throws -> Bool {
            try read(key) { if case .flag(let value) = $0 { value } else { nil } }
        }

        /// Also the decoding of the primitive types options never have (`Float`, `Int8` …
        /// `UInt64`): they fall to `default` and fail as a directive is not a single value.
        func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
            switch type {
            case is Directive.Type: return item.directive as! T
            case is [String].Type:
                let name = DirectiveDecoder.key(key.stringValue)
                switch value(key) {
                case nil: return [String]() as! T
                case .names: return item.names(name) as! T
                case .text: return item.list(name) as! T
                default: throw Messages.unresolved(name, in: item)
                }
            case is [Double].Type:
                return try read(key) { if case .numbers(let values) = $0 { values } else { nil } }
                    as! T
            default:
                return try T(from: DirectiveDecoder(item, codingPath: codingPath + [key]))
            }
        }

        func nestedContainer<NestedKey: CodingKey>(keyedBy _: NestedKey.Type, forKey key: Key)
            throws -> KeyedDecodingContainer<NestedKey>
        {
            KeyedDecodingContainer(Options<NestedKey>(item: item, codingPath: codingPath + [key]))
        }

        func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
            try DirectiveDecoder(item, codingPath: codingPath + [key]).unkeyedContainer()
        }

        func superDecoder() throws -> any Decoder { DirectiveDecoder(item, codingPath: codingPath) }

        func superDecoder(forKey key: Key) throws -> any Decoder {
            DirectiveDecoder(item, codingPath: codingPath + [key])
        }
    }
}

extension DirectiveArguments where Self: Decodable {
    init(_ item: ResolvedDirective) throws {
        try self.init(from: DirectiveDecoder(item))
    }
}
