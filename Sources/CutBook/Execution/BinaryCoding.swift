import Foundation

/// Appends values to a compact little-endian byte buffer: the body of a cache entry.
///
/// Numbers are stored as their IEEE 754 bit patterns, so NaN (with its payload and sign) and
/// the infinities come back exactly; byte blobs (figure files) are stored as they are.
struct BinaryWriter {
    /// The bytes written so far.
    fileprivate(set) var data = Data()

    /// Appends `fields` in order, each in its own encoding (`BinaryField`).
    mutating func write(_ fields: any BinaryField...) {
        for field in fields { field.write(to: &self) }
    }
}

/// A value with a binary encoding: fixed-width little-endian numbers, length-prefixed bytes,
/// strings and arrays.
protocol BinaryField {
    /// Appends the value's encoding to `out`.
    func write(to out: inout BinaryWriter)
}

extension UInt64: BinaryField {
    /// Eight bytes, little-endian.
    func write(to out: inout BinaryWriter) {
        withUnsafeBytes(of: littleEndian) { out.data.append(contentsOf: $0) }
    }
}

extension Int: BinaryField {
    /// As the `UInt64` of its 64-bit two's complement.
    func write(to out: inout BinaryWriter) { UInt64(bitPattern: Int64(self)).write(to: &out) }
}

extension Double: BinaryField {
    /// As the `UInt64` of its IEEE 754 bit pattern.
    func write(to out: inout BinaryWriter) { bitPattern.write(to: &out) }
}

extension Bool: BinaryField {
    /// One byte, 1 or 0.
    func write(to out: inout BinaryWriter) { out.data.append(self ? 1 : 0) }
}

extension Data: BinaryField {
    /// The byte count, then the bytes.
    func write(to out: inout BinaryWriter) {
        count.write(to: &out)
        out.data.append(self)
    }
}

extension String: BinaryField {
    /// As its UTF-8 bytes.
    func write(to out: inout BinaryWriter) { Data(utf8).write(to: &out) }
}

extension Array: BinaryField where Element: BinaryField {
    /// The element count, then every element.
    func write(to out: inout BinaryWriter) {
        count.write(to: &out)
        for element in self { element.write(to: &out) }
    }
}

/// Reads what a `BinaryWriter` wrote; every read checks the bounds and throws
/// `BinaryReader.Truncated` rather than reading past the end.
struct BinaryReader {
    /// Thrown when the bytes end early or hold an impossible length.
    struct Truncated: Error {}

    private let data: Data
    private var offset: Int

    init(_ data: Data) {
        self.data = data
        self.offset = data.startIndex
    }

    /// Whether every byte was read.
    var isAtEnd: Bool { offset == data.endIndex }

    mutating func readUInt64() throws -> UInt64 {
        guard data.endIndex - offset >= 8 else { throw Truncated() }
        let start = offset - data.startIndex
        offset += 8
        return UInt64(
            littleEndian: data.withUnsafeBytes {
                $0.loadUnaligned(fromByteOffset: start, as: UInt64.self)
            })
    }

    mutating func readInt() throws -> Int { Int(Int64(bitPattern: try readUInt64())) }

    mutating func readDouble() throws -> Double { Double(bitPattern: try readUInt64()) }

    mutating func readBool() throws -> Bool {
        guard offset < data.endIndex else { throw Truncated() }
        defer { offset += 1 }
        return data[offset] != 0
    }

    mutating func readCount(elementSize: Int) throws -> Int {
        let count = try readInt()
        guard count >= 0, count <= (data.endIndex - offset) / max(1, elementSize) else {
            throw Truncated()
        }
        return count
    }

    mutating func readData() throws -> Data {
        let count = try readCount(elementSize: 1)
        defer { offset += count }
        return data.subdata(in: offset..<offset + count)
    }

    mutating func readString() throws -> String {
        guard let text = String(data: try readData(), encoding: .utf8) else { throw Truncated() }
        return text
    }

    mutating func readDoubles() throws -> [Double] {
        let count = try readCount(elementSize: 8)
        let start = offset - data.startIndex
        offset += 8 * count
        return data.withUnsafeBytes { bytes in
            (0..<count).map { index in
                Double(
                    bitPattern: UInt64(
                        littleEndian: bytes.loadUnaligned(
                            fromByteOffset: start + 8 * index, as: UInt64.self)))
            }
        }
    }

    mutating func readInts() throws -> [Int] {
        let count = try readCount(elementSize: 8)
        return try (0..<count).map { _ in try readInt() }
    }

    mutating func readStrings() throws -> [String] {
        let count = try readCount(elementSize: 8)
        return try (0..<count).map { _ in try readString() }
    }
}
