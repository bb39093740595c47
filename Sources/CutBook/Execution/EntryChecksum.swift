import Foundation

/// A fast 64-bit checksum of a cache entry's body, to catch corrupt or truncated entries.
///
/// Cache keys need SHA-256 (they name content); a body only has to be checked against damage,
/// and figure entries are megabytes each, so this reads 32 bytes per step in four independent
/// multiply–rotate lanes (the scheme of xxHash64, with its primes), then mixes the length and
/// the tail. Any single changed byte changes the value.
enum EntryChecksum {
    private static let prime1: UInt64 = 0x9E37_79B1_85EB_CA87
    private static let prime2: UInt64 = 0xC2B2_AE3D_27D4_EB4F
    private static let prime3: UInt64 = 0x1656_67B1_9E37_79F9
    private static let prime4: UInt64 = 0x85EB_CA77_C2B2_AE63
    private static let prime5: UInt64 = 0x27D4_EB2F_1656_67C5

    /// The checksum of `data` as 16 lowercase hexadecimal digits.
    static func hex(_ data: Data) -> String {
        let value = data.withUnsafeBytes { checksum($0) }
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    private static func lane(_ accumulator: UInt64, _ input: UInt64) -> UInt64 {
        rotate(accumulator &+ input &* prime2, 31) &* prime1
    }

    private static func rotate(_ value: UInt64, _ count: UInt64) -> UInt64 {
        (value << count) | (value >> (64 - count))
    }

    private static func word(_ bytes: UnsafeRawBufferPointer, _ offset: Int) -> UInt64 {
        UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }

    static func checksum(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var offset = 0
        var hash: UInt64
        if bytes.count >= 32 {
            var lanes = (prime1 &+ prime2, prime2, UInt64(0), UInt64(0) &- prime1)
            while bytes.count - offset >= 32 {
                lanes.0 = lane(lanes.0, word(bytes, offset))
                lanes.1 = lane(lanes.1, word(bytes, offset + 8))
                lanes.2 = lane(lanes.2, word(bytes, offset + 16))
                lanes.3 = lane(lanes.3, word(bytes, offset + 24))
                offset += 32
            }
            hash =
                rotate(lanes.0, 1) &+ rotate(lanes.1, 7) &+ rotate(lanes.2, 12)
                &+ rotate(lanes.3, 18)
            for value in [lanes.0, lanes.1, lanes.2, lanes.3] {
                hash = (hash ^ lane(0, value)) &* prime1 &+ prime4
            }
        } else {
            hash = prime5
        }
        hash &+= UInt64(bytes.count)
        while bytes.count - offset >= 8 {
            hash = rotate(hash ^ lane(0, word(bytes, offset)), 27) &* prime1 &+ prime4
            offset += 8
        }
        while offset < bytes.count {
            hash = rotate(hash ^ (UInt64(bytes[offset]) &* prime5), 11) &* prime1
            offset += 1
        }
        hash ^= hash >> 33
        hash &*= prime2
        hash ^= hash >> 29
        hash &*= prime3
        return hash ^ (hash >> 32)
    }
}
