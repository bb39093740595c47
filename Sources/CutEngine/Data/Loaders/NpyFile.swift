import Foundation

/// Reading and writing numpy's `.npy` format (versions 1.0, 2.0 and 3.0).
///
/// A file is the magic `\x93NUMPY`, a version (major, minor), the header length (2 bytes
/// little-endian in version 1.0, 4 bytes in 2.0 and 3.0), the header dictionary padded with
/// spaces and a newline so that the data starts at a multiple of 64 bytes, then the elements.
/// CutEngine supports little-endian `float32` and `float64` elements in C order, 1-D or 2-D.
public enum NpyFile {
    static let magic: [UInt8] = [0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59]
    /// numpy aligns the start of the data to this many bytes.
    static let alignment = 64

    /// The most columns a two-dimensional array may have. Each column becomes one array of
    /// a data set, so an empty array declaring millions of columns would allocate without a
    /// single event to read; real event tables have tens of columns.
    public static let maximumColumns = 4096

    /// Reads the array stored in the `.npy` file at `url`.
    ///
    /// - Throws: ``NpyError`` naming the file and what is wrong with it.
    public static func read(contentsOf url: URL) throws -> NpyArray {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw NpyError.fileAccess(
                file: url.path, reason: "cannot read the file (\(error.localizedDescription))")
        }
        return try decode(data, fileName: url.lastPathComponent)
    }

    /// Decodes the bytes of a `.npy` file.
    ///
    /// - Parameter fileName: the name used in error messages.
    /// - Throws: ``NpyError`` saying what was found and what is supported.
    public static func decode(_ data: Data, fileName: String) throws -> NpyArray {
        let bytes = [UInt8](data)
        guard bytes.count >= 8, Array(bytes[0..<6]) == magic else {
            throw NpyError.badMagic(file: fileName, found: Array(bytes.prefix(6)))
        }
        let (major, minor) = (bytes[6], bytes[7])
        let lengthSize: Int
        switch (major, minor) {
        case (1, 0): lengthSize = 2
        case (2, 0), (3, 0): lengthSize = 4
        default: throw NpyError.unsupportedVersion(file: fileName, major: major, minor: minor)
        }
        guard bytes.count >= 8 + lengthSize else {
            throw NpyError.truncatedHeader(
                file: fileName, expectedBytes: 8 + lengthSize, foundBytes: bytes.count)
        }
        let headerLength = (0..<lengthSize).reduce(0) { $0 | Int(bytes[8 + $1]) << (8 * $1) }
        let dataStart = 8 + lengthSize + headerLength
        guard bytes.count >= dataStart else {
            throw NpyError.truncatedHeader(
                file: fileName, expectedBytes: dataStart, foundBytes: bytes.count)
        }
        let headerBytes = bytes[(8 + lengthSize)..<dataStart]
        guard let text = String(bytes: headerBytes, encoding: major == 3 ? .utf8 : .isoLatin1)
        else {
            throw NpyError.malformedHeader(
                file: fileName, reason: "the header is not text", header: "")
        }
        let header = try NpyHeader.parse(text, file: fileName)
        guard let dataType = NpyDataType(rawValue: header.descr) else {
            throw NpyError.unsupportedDataType(file: fileName, descr: header.descr)
        }
        guard !header.fortranOrder else { throw NpyError.fortranOrder(file: fileName) }
        guard (1...2).contains(header.shape.count) else {
            throw NpyError.unsupportedShape(file: fileName, shape: header.shape)
        }
        if header.shape.count == 2, header.shape[1] > Self.maximumColumns {
            throw NpyError.malformedHeader(
                file: fileName,
                reason:
                    "shape \(NpyError.tuple(header.shape)) has \(header.shape[1]) columns; CutBook reads at most \(Self.maximumColumns) (save the columns you select, one event per row)",
                header: header.dictionaryText)
        }
        var count = 1
        var overflow = false
        for extent in header.shape + [dataType.byteCount] where !overflow {
            (count, overflow) = count.multipliedReportingOverflow(by: extent)
        }
        guard !overflow else {
            throw NpyError.malformedHeader(
                file: fileName, reason: "shape \(NpyError.tuple(header.shape)) is too large",
                header: header.dictionaryText)
        }
        let expected = count
        count /= dataType.byteCount
        let found = bytes.count - dataStart
        guard found >= expected else {
            throw NpyError.truncatedData(file: fileName, expectedBytes: expected, foundBytes: found)
        }
        guard found == expected else {
            throw NpyError.trailingData(file: fileName, expectedBytes: expected, foundBytes: found)
        }
        let values = bytes.withUnsafeBytes { raw -> [Double] in
            switch dataType {
            case .float32:
                return (0..<count).map { index in
                    let bits = raw.loadUnaligned(
                        fromByteOffset: dataStart + 4 * index, as: UInt32.self)
                    return Double(Float(bitPattern: UInt32(littleEndian: bits)))
                }
            case .float64:
                return (0..<count).map { index in
                    let bits = raw.loadUnaligned(
                        fromByteOffset: dataStart + 8 * index, as: UInt64.self)
                    return Double(bitPattern: UInt64(littleEndian: bits))
                }
            }
        }
        let limit = Double(Float.greatestFiniteMagnitude)
        if let index = values.firstIndex(where: { !(abs($0) <= limit) }) {
            let columns = header.shape.count == 2 ? max(1, header.shape[1]) : 1
            throw NpyError.nonFiniteValue(
                file: fileName, row: index / columns, column: index % columns,
                value: values[index])
        }
        return try NpyArray(shape: header.shape, dataType: dataType, values: values)
    }
}
