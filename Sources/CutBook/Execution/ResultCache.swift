import Foundation

/// The content-addressed result cache in `.cutbook-cache/`.
///
/// An entry is the file `<key>.bin`: a first line `cutbook-cache 2 <checksum of the rest>`
/// (see `EntryChecksum`), then the result in the binary form of `ResultValue.binaryEncoded()`
/// (numbers as IEEE bit patterns, so NaN and the infinities round-trip exactly; figure files as
/// raw bytes). An entry whose checksum or body does not hold is reported as corrupt and
/// recomputed, never trusted.
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

    private static let magic = "cutbook-cache 2 "

    /// The file of the entry for `key`.
    public func url(for key: String) -> URL {
        directory.appendingPathComponent(key + ".bin")
    }

    /// Whether an entry exists for `key` (without checking it).
    public func contains(_ key: String) -> Bool {
        FileManager.default.fileExists(atPath: url(for: key).path)
    }

    /// Reads and checks the entry for `key`.
    public func load(_ key: String) -> Lookup {
        guard reads else { return .miss }
        guard let data = try? Data(contentsOf: url(for: key), options: .mappedIfSafe) else {
            return migrateLegacy(key)
        }
        guard let newline = data.firstIndex(of: UInt8(ascii: "\n")),
            let header = String(data: data[data.startIndex..<newline], encoding: .utf8),
            header.hasPrefix(Self.magic)
        else { return .corrupt(reason: "no header") }
        let body = data[(newline + 1)...]
        guard String(header.dropFirst(Self.magic.count)) == EntryChecksum.hex(body) else {
            return .corrupt(reason: "checksum mismatch")
        }
        do {
            return .hit(try ResultValue(binary: body))
        } catch {
            return .corrupt(reason: "unreadable body")
        }
    }

    /// Stores `value` under `key` (atomically: written to a temporary file, then renamed).
    public func store(_ value: ResultValue, for key: String) throws {
        guard value.isCacheable else { return }
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try CacheDirectoryTag.ensure(in: directory)
        let body = try value.binaryEncoded()
        var data = Data((Self.magic + EntryChecksum.hex(body) + "\n").utf8)
        data.append(body)
        let temporary = directory.appendingPathComponent(".\(key).\(UUID().uuidString).tmp")
        try data.write(to: temporary)
        let target = url(for: key)
        _ = try? FileManager.default.removeItem(at: target)
        try FileManager.default.moveItem(at: temporary, to: target)
    }
}

/// Entries of the first cache format (`<key>.json`, a checksummed JSON body) are still read,
/// once: a valid one is rewritten in the current binary form and the JSON file removed, so a
/// cache filled by an earlier cutbook keeps its trainings.
extension ResultCache {
    private static let legacyMagic = "cutbook-cache 1 "

    /// Loads and migrates the first-format entry for `key`, if there is one.
    func migrateLegacy(_ key: String) -> Lookup {
        let legacy = directory.appendingPathComponent(key + ".json")
        guard let data = FileManager.default.contents(atPath: legacy.path) else { return .miss }
        guard let newline = data.firstIndex(of: UInt8(ascii: "\n")),
            let header = String(data: data[data.startIndex..<newline], encoding: .utf8),
            header.hasPrefix(Self.legacyMagic),
            String(header.dropFirst(Self.legacyMagic.count)) == SHA256.hex(data[(newline + 1)...])
        else { return .corrupt(reason: "checksum mismatch in a first-format entry") }
        let decoder = JSONDecoder()
        decoder.nonConformingFloatDecodingStrategy = .convertFromString(
            positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        guard let value = try? decoder.decode(ResultValue.self, from: data[(newline + 1)...]) else {
            return .corrupt(reason: "unreadable JSON in a first-format entry")
        }
        if (try? store(value, for: key)) != nil {
            try? FileManager.default.removeItem(at: legacy)
        }
        return .hit(value)
    }
}
