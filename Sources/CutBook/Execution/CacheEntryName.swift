import Foundation

/// What a file in a result cache folder is, by its name, and the check of its bytes: the one
/// reading of a cache folder's names that `cutbook cache merge` uses.
enum CacheEntryName: Equatable {
    /// `CACHEDIR.TAG`.
    case tag
    /// A temporary file a build writes before renaming it into place.
    case temporary
    /// An entry of the JSON format `cutbook-cache 1` (`<key>.json`), which names no key.
    case earlierFormat
    /// A result entry, `<key>.bin`.
    case result(key: String)
    /// A finished book, `book-<key>.bin`.
    case book(key: String)

    /// What checking an entry's bytes found.
    enum Check: Equatable {
        /// The checksum holds, the entry names its key and the body is whole.
        case sound
        /// An entry of an earlier format: a build treats it as missing.
        case earlierFormat
        /// A sound entry that names another key: its bytes were copied from another entry.
        case swapped
        /// Damaged bytes.
        case corrupt(reason: String)
    }

    /// Reads `name`; nil when it is no file a cache holds.
    init?(_ name: String) {
        if name == CacheDirectoryTag.marker.fileName {
            self = .tag
        } else if CacheTemporaryFiles.processID(inName: name) != nil
            || (name.hasPrefix(".") && CacheDirectoryTag.isEntryName(name))
        {
            self = .temporary
        } else if !CacheDirectoryTag.isEntryName(name) {
            return nil
        } else if name.hasSuffix(".json") {
            self = .earlierFormat
        } else if name.hasPrefix("book-") {
            self = .book(key: String(name.dropFirst(5).dropLast(4)))
        } else {
            self = .result(key: String(name.dropLast(4)))
        }
    }

    /// Checks `data` as the bytes of this entry; the tag, temporary files and JSON entries are
    /// never copied, and check as `.earlierFormat`.
    func check(_ data: Data) -> Check {
        switch self {
        case .tag, .temporary, .earlierFormat:
            return .earlierFormat
        case .result(let key):
            switch ResultCache.decode(entry: data, key: key) {
            case .hit: return .sound
            case .miss: return .earlierFormat
            case .otherResult: return .swapped
            case .corrupt(let reason): return .corrupt(reason: reason)
            }
        case .book(let key):
            switch CacheEntryFrame.unframe(
                data, key: key, magic: BookCache.magic, earlierMagics: BookCache.earlierMagics)
            {
            case .body(let body):
                return BookCache.decode(body) == nil ? .corrupt(reason: "unreadable body") : .sound
            case .otherKey: return .swapped
            case .earlierFormat: return .earlierFormat
            case .damaged(let reason): return .corrupt(reason: reason)
            }
        }
    }
}
