import Foundation

/// The content-addressed result cache in `.cutbook-cache/`.
///
/// An entry is the file `<key>.json`: a first line `cutbook-cache 1 <sha256 of the rest>`,
/// then the result as JSON. An entry whose checksum or JSON does not hold is reported as
/// corrupt and recomputed, never trusted.
public struct ResultCache: Sendable {
    /// The cache folder.
    public let directory: URL
    /// When false, nothing is read (every result is recomputed); results are still written.
    public let reads: Bool

    /// What a lookup found.
    public enum Lookup: Sendable {
        case hit(ResultValue)
        case miss
        case corrupt(reason: String)
    }

    /// Creates a cache over `directory`.
    public init(directory: URL, reads: Bool = true) {
        self.directory = directory
        self.reads = reads
    }

    private static let magic = "cutbook-cache 1 "
    // Scans and losses may hold NaN or infinities (the balanced sigmoid's S/√B): keep them.
    private static let nonFinite = JSONDecoder.NonConformingFloatDecodingStrategy.convertFromString(
        positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
    private static let nonFiniteEncoding = JSONEncoder.NonConformingFloatEncodingStrategy
        .convertToString(
            positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")

    func url(for key: String) -> URL {
        directory.appendingPathComponent(key + ".json")
    }

    /// Whether an entry exists for `key` (without checking it).
    public func contains(_ key: String) -> Bool {
        FileManager.default.fileExists(atPath: url(for: key).path)
    }

    /// Reads and checks the entry for `key`.
    public func load(_ key: String) -> Lookup {
        guard reads, let data = FileManager.default.contents(atPath: url(for: key).path) else {
            return .miss
        }
        guard let newline = data.firstIndex(of: UInt8(ascii: "\n")),
            let header = String(data: data[data.startIndex..<newline], encoding: .utf8),
            header.hasPrefix(Self.magic)
        else { return .corrupt(reason: "no header") }
        let body = data[(newline + 1)...]
        guard String(header.dropFirst(Self.magic.count)) == SHA256.hex(body) else {
            return .corrupt(reason: "checksum mismatch")
        }
        do {
            let decoder = JSONDecoder()
            decoder.nonConformingFloatDecodingStrategy = Self.nonFinite
            return .hit(try decoder.decode(ResultValue.self, from: body))
        } catch {
            return .corrupt(reason: "unreadable JSON")
        }
    }

    /// Stores `value` under `key` (atomically: written to a temporary file, then renamed).
    public func store(_ value: ResultValue, for key: String) throws {
        guard value.isCacheable else { return }
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.nonConformingFloatEncodingStrategy = Self.nonFiniteEncoding
        let body = try encoder.encode(value)
        var data = Data((Self.magic + SHA256.hex(body) + "\n").utf8)
        data.append(body)
        let temporary = directory.appendingPathComponent(".\(key).\(UUID().uuidString).tmp")
        try data.write(to: temporary)
        let target = url(for: key)
        _ = try? FileManager.default.removeItem(at: target)
        try FileManager.default.moveItem(at: temporary, to: target)
    }
}
