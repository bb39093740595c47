import Foundation

/// The content-addressed result cache in `.cutbook-cache/`.
///
/// An entry is the file `<key>.bin`: a first line `cutbook-cache 4 <checksum of the rest>`
/// (see `EntryChecksum`), then the key the entry was stored under on a line of its own, then
/// the result in the binary form of `ResultValue.binaryEncoded()` (numbers as IEEE bit
/// patterns, so NaN and the infinities round-trip exactly; figure files as raw bytes). An entry
/// whose checksum or body does not hold, or that names another key (its bytes were copied from
/// another entry's file), is recomputed, never trusted. Entries of the earlier formats are
/// misses and are replaced as their results are stored again: `cutbook-cache 3` bodies lack
/// the fields results gained since (text and file results, a training's data columns and
/// validation losses), and `cutbook-cache 2` binary files and `cutbook-cache 1` JSON files name
/// no key.
struct ResultCache: Sendable {
    /// The cache folder.
    let directory: URL
    /// When false, nothing is read (every result is recomputed); results are still written.
    let reads: Bool

    /// What a lookup found.
    enum Lookup: Sendable {
        /// A sound entry for the key.
        case hit(ResultValue)
        /// No entry, reading is off, or an entry of an earlier format that names no key.
        case miss
        /// A sound entry stored under another key: its bytes belong to another result.
        case otherResult
        /// Damaged bytes.
        case corrupt(reason: String)
    }

    /// Creates a cache over `directory`.
    init(directory: URL, reads: Bool = true) {
        self.directory = directory
        self.reads = reads
    }

    /// The header word of the current entry format (the fuzz harness frames inputs with it).
    static let entryMagic = "cutbook-cache 5"
    private static let earlierMagics = [
        "cutbook-cache 4", "cutbook-cache 3", "cutbook-cache 2", "cutbook-cache 1",
    ]

    /// The file of the entry for `key`.
    func url(for key: String) -> URL {
        directory.appendingPathComponent(key + ".bin")
    }

    /// Whether an entry exists for `key` (without checking it).
    func contains(_ key: String) -> Bool {
        FileManager.default.fileExists(atPath: url(for: key).path)
    }

    /// Reads and checks the entry for `key` (see `decode(entry:key:)`).
    func load(_ key: String) -> Lookup {
        guard reads else { return .miss }
        CacheTemporaryFiles.sweepOnce(directory)
        guard let data = try? Data(contentsOf: url(for: key), options: .mappedIfSafe) else {
            return .miss
        }
        return Self.decode(entry: data, key: key)
    }

    /// What the bytes `entry` of a cache file hold for `key`: a hit only when the checksum holds,
    /// the entry names `key`, and the body is a whole result. Pure (no file access) and total:
    /// any bytes give a lookup, never a trap.
    static func decode(entry: Data, key: String) -> Lookup {
        switch CacheEntryFrame.unframe(
            entry, key: key, magic: entryMagic, earlierMagics: earlierMagics)
        {
        case .body(let body):
            do {
                return .hit(try ResultValue(binary: body))
            } catch {
                return .corrupt(reason: "unreadable body")
            }
        case .otherKey: return .otherResult
        case .earlierFormat: return .miss
        case .damaged(let reason): return .corrupt(reason: reason)
        }
    }

    /// The bytes of the entry holding `value` for `key`.
    /// - Throws: when `value` cannot be encoded.
    static func encode(_ value: ResultValue, key: String) throws -> Data {
        CacheEntryFrame.frame(try value.binaryEncoded(), key: key, magic: entryMagic)
    }

    /// Creates the cache folder, with its `CACHEDIR.TAG`, when they are missing; throws
    /// `OutputFailure` naming the folder.
    func createFolder() throws {
        do {
            try FileManager.default.createDirectory(
                at: directory, withIntermediateDirectories: true)
            try CacheDirectoryTag.marker.ensure(in: directory)
        } catch {
            throw OutputFailure(path: directory.path, action: "create", error: error)
        }
    }

    /// Stores `value` under `key` (atomically: written to a temporary file, then renamed).
    func store(_ value: ResultValue, for key: String) throws {
        guard value.isCacheable else { return }
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try CacheDirectoryTag.marker.ensure(in: directory)
        CacheTemporaryFiles.sweepOnce(directory)
        let data = try Self.encode(value, key: key)
        let temporary = CacheTemporaryFiles.url(in: directory)
        try data.write(to: temporary)
        let target = url(for: key)
        _ = try? FileManager.default.removeItem(at: target)
        try FileManager.default.moveItem(at: temporary, to: target)
    }
}
