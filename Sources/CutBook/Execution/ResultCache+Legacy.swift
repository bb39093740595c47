import Foundation

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
