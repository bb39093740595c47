import Foundation

/// The framing shared by the result cache's and the book cache's entries: a header line
/// `<magic> <checksum>`, then the entry's key on a line of its own, then the body. The checksum
/// (`EntryChecksum`) covers the key line and the body, so an entry names the key it was stored
/// under inside what is checked, and bytes copied from another entry's file are told apart from
/// the entry that belongs there.
enum CacheEntryFrame {
    /// What unframing found.
    enum Unframed: Equatable {
        /// The body of an entry whose checksum holds and whose key is the one asked for.
        case body(Data)
        /// A sound entry stored under another key (its file was copied or renamed).
        case otherKey
        /// An entry of an earlier format (it names no key, so it cannot be trusted).
        case earlierFormat
        /// Damaged bytes.
        case damaged(reason: String)
    }

    /// The bytes of the entry for `key` holding `body`.
    static func frame(_ body: Data, key: String, magic: String) -> Data {
        var checked = Data((key + "\n").utf8)
        checked.append(body)
        var data = Data("\(magic) \(EntryChecksum.hex(checked))\n".utf8)
        data.append(checked)
        return data
    }

    /// Checks `entry` against `magic` and `key`; `earlierMagics` are the headers of the formats
    /// this one replaced. Pure: reads nothing but its arguments, and never traps on any bytes.
    static func unframe(_ entry: Data, key: String, magic: String, earlierMagics: [String])
        -> Unframed
    {
        guard let newline = entry.firstIndex(of: UInt8(ascii: "\n")),
            let header = String(data: entry[entry.startIndex..<newline], encoding: .utf8)
        else { return .damaged(reason: "no header") }
        let prefix = magic + " "
        guard header.hasPrefix(prefix) else {
            if earlierMagics.contains(where: { header.hasPrefix($0 + " ") }) {
                return .earlierFormat
            }
            return .damaged(reason: "no header")
        }
        let checked = entry[(newline + 1)...]
        guard String(header.dropFirst(prefix.count)) == EntryChecksum.hex(checked) else {
            return .damaged(reason: "checksum mismatch")
        }
        guard let keyEnd = checked.firstIndex(of: UInt8(ascii: "\n")) else {
            return .damaged(reason: "no key")
        }
        guard checked[checked.startIndex..<keyEnd].elementsEqual(key.utf8) else {
            return .otherKey
        }
        return .body(Data(checked[(keyEnd + 1)...]))
    }
}
