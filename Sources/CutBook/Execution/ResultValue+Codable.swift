/// The cache stores results as JSON: a `kind` tag and the matching payload.
extension ResultValue: Codable {
    private enum CodingKeys: String, CodingKey {
        case kind, scalar, text, series, table, grid, training, figure, check, file
    }

    /// Thrown when an in-memory-only result is asked to be stored.
    struct NotCacheable: Error {}

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        switch try container.decode(String.self, forKey: .kind) {
        case "scalar": self = .scalar(try container.decode(Double.self, forKey: .scalar))
        case "text": self = .text(try container.decode(String.self, forKey: .text))
        case "series": self = .series(try container.decode(Series.self, forKey: .series))
        case "table": self = .table(try container.decode(ResultTable.self, forKey: .table))
        case "grid": self = .grid(try container.decode(Grid.self, forKey: .grid))
        case "training":
            self = .training(try container.decode(TrainingRecord.self, forKey: .training))
        case "figure": self = .figure(try container.decode(FigureFiles.self, forKey: .figure))
        case "check": self = .check(try container.decode(CheckOutcome.self, forKey: .check))
        case "file": self = .file(try container.decode(OutputFile.self, forKey: .file))
        case let other:
            throw DecodingError.dataCorruptedError(
                forKey: .kind, in: container, debugDescription: "unknown result kind \(other)")
        }
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        // The kind tag is the name of the payload's key.
        func payload(_ value: some Encodable, at key: CodingKeys) throws {
            try container.encode(key.rawValue, forKey: .kind)
            try container.encode(value, forKey: key)
        }
        switch self {
        case .scalar(let value): try payload(value, at: .scalar)
        case .text(let value): try payload(value, at: .text)
        case .series(let value): try payload(value, at: .series)
        case .table(let value): try payload(value, at: .table)
        case .grid(let value): try payload(value, at: .grid)
        case .training(let value): try payload(value, at: .training)
        case .figure(let value): try payload(value, at: .figure)
        case .check(let value): try payload(value, at: .check)
        case .file(let value): try payload(value, at: .file)
        case .object:
            throw NotCacheable()
        }
    }
}
