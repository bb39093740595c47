import Foundation

extension NpyFile {
    /// The bytes numpy's `numpy.save` writes for `array`: format version 1.0 (2.0 when the
    /// header would exceed 65,535 bytes), the header padded like numpy pads it (room for the
    /// first extent to grow to 21 digits, then spaces and a newline up to a multiple of 64
    /// bytes), then the elements little-endian in C order.
    public static func encode(_ array: NpyArray) -> Data {
        let header = NpyHeader(
            descr: array.dataType.rawValue, fortranOrder: false, shape: array.shape)
        var text = header.dictionaryText
        text += String(repeating: " ", count: max(0, 21 - String(array.shape[0]).count))
        var lengthSize = 2
        var major: UInt8 = 1
        var padded = paddedHeader(text, lengthSize: lengthSize)
        if padded.count > Int(UInt16.max) {
            lengthSize = 4
            major = 2
            padded = paddedHeader(text, lengthSize: lengthSize)
        }
        var bytes = magic + [major, 0]
        bytes += (0..<lengthSize).map { UInt8(truncatingIfNeeded: padded.count >> (8 * $0)) }
        bytes += padded
        bytes.reserveCapacity(bytes.count + array.values.count * array.dataType.byteCount)
        switch array.dataType {
        case .float32:
            for value in array.values {
                let bits = Float(value).bitPattern.littleEndian
                withUnsafeBytes(of: bits) { bytes += $0 }
            }
        case .float64:
            for value in array.values {
                let bits = value.bitPattern.littleEndian
                withUnsafeBytes(of: bits) { bytes += $0 }
            }
        }
        return Data(bytes)
    }

    /// Writes `array` to `url` as a `.npy` file (see ``encode(_:)``), replacing any file there.
    ///
    /// - Throws: ``NpyError/fileAccess(file:reason:)`` when the file cannot be written.
    public static func write(_ array: NpyArray, to url: URL) throws {
        do {
            try encode(array).write(to: url, options: .atomic)
        } catch {
            throw NpyError.fileAccess(
                file: url.path, reason: "cannot write the file (\(error.localizedDescription))")
        }
    }

    /// The header text padded with spaces and ended by a newline so that the data starts at a
    /// multiple of ``alignment`` bytes.
    private static func paddedHeader(_ text: String, lengthSize: Int) -> [UInt8] {
        let unpadded = magic.count + 2 + lengthSize + text.utf8.count + 1
        // Like numpy, a header that already ends on the boundary still gets a full block.
        let padding = alignment - unpadded % alignment
        return Array((text + String(repeating: " ", count: padding) + "\n").utf8)
    }
}
