import Foundation

/// Appends values to a compact little-endian byte buffer: the body of a cache entry.
///
/// Numbers are stored as their IEEE 754 bit patterns, so NaN (with its payload and sign) and
/// the infinities come back exactly; byte blobs (figure files) are stored as they are.
struct BinaryWriter {
    /// The bytes written so far.
    private(set) var data = Data()

    mutating func write(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) }
    }

    mutating func write(_ value: Int) { write(UInt64(bitPattern: Int64(value))) }

    mutating func write(_ value: Double) { write(value.bitPattern) }

    mutating func write(_ value: Bool) { data.append(value ? 1 : 0) }

    mutating func write(_ value: String) { write(Data(value.utf8)) }

    mutating func write(_ value: Data) {
        write(value.count)
        data.append(value)
    }

    mutating func write(_ values: [Double]) {
        write(values.count)
        data.reserveCapacity(data.count + 8 * values.count)
        for value in values { write(value) }
    }

    mutating func write(_ values: [Int]) {
        write(values.count)
        for value in values { write(value) }
    }

    mutating func write(_ values: [String]) {
        write(values.count)
        for value in values { write(value) }
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
