/// What can go wrong when reading or writing a numpy `.npy` file.
///
/// Reading errors name the file; each ``description`` says what was found, what CutEngine
/// supports (format versions 1.0, 2.0 and 3.0; little-endian `float32`/`float64`; C order;
/// 1-D or 2-D) and how to convert an unsupported array with numpy.
public enum NpyError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file could not be read or written.
    case fileAccess(file: String, reason: String)
    /// The first six bytes are not `\x93NUMPY`.
    case badMagic(file: String, found: [UInt8])
    /// A format version other than 1.0, 2.0 or 3.0.
    case unsupportedVersion(file: String, major: UInt8, minor: UInt8)
    /// The file ends inside its header.
    case truncatedHeader(file: String, expectedBytes: Int, foundBytes: Int)
    /// The header dictionary could not be understood.
    case malformedHeader(file: String, reason: String, header: String)
    /// An element type other than `'<f4'` or `'<f8'`.
    case unsupportedDataType(file: String, descr: String)
    /// The array is stored in Fortran (column-major) order.
    case fortranOrder(file: String)
    /// The array is not 1-D or 2-D.
    case unsupportedShape(file: String, shape: [Int])
    /// The data ends before the header's shape is filled.
    case truncatedData(file: String, expectedBytes: Int, foundBytes: Int)
    /// Bytes remain after the data the header describes.
    case trailingData(file: String, expectedBytes: Int, foundBytes: Int)
    /// A shape that is not 1-D or 2-D or does not match the number of values.
    case shapeMismatch(shape: [Int], valueCount: Int)
    /// A value that a `float32` array cannot hold exactly.
    case valueNotRepresentable(index: Int, value: Double)
    /// A value that is NaN or infinite, or too large for `float32` (data sets are `Float`).
    case nonFiniteValue(file: String, row: Int, column: Int, value: Double)

    private static let truncated = "the file is truncated; save it again"

    private static let supported =
        "CutEngine reads .npy versions 1.0–3.0 with dtype '<f4' or '<f8', C order, 1-D or 2-D"

    /// What went wrong, where, and how to fix it, in one sentence for a person to read.
    public var description: String {
        switch self {
        case .fileAccess(let file, let reason):
            return MessagePhrases.fileAccess(file, reason: reason)
        case .badMagic(let file, let found):
            let bytes = found.map { String($0, radix: 16) }.joined(separator: " ")
            return "\(file): not a .npy file: it starts with bytes [\(bytes)] instead of"
                + " \\x93NUMPY; save arrays with numpy.save (a .npz archive must be unpacked"
                + " first)"
        case .unsupportedVersion(let file, let major, let minor):
            return
                "\(file): .npy format version \(major).\(minor) is not supported; \(Self.supported)"
        case .truncatedHeader(let file, let expected, let found):
            return "\(file): the file ends inside its header (\(found) of \(expected) bytes):"
                + " \(Self.truncated)"
        case .malformedHeader(let file, let reason, let header):
            return "\(file): malformed .npy header (\(reason)): \(header)"
        case .unsupportedDataType(let file, let descr):
            let hint: String
            if descr.hasPrefix(">") {
                hint = "it is big-endian; convert with array.astype('<\(descr.dropFirst())')"
            } else {
                hint = "convert with array.astype(numpy.float32) or array.astype(numpy.float64)"
            }
            return "\(file): dtype '\(descr)' is not supported (\(hint)); \(Self.supported)"
        case .fortranOrder(let file):
            return "\(file): the array is stored in Fortran (column-major) order; save"
                + " numpy.ascontiguousarray(array) instead; \(Self.supported)"
        case .unsupportedShape(let file, let shape):
            return "\(file): shape \(Self.tuple(shape)) has \(shape.count) dimensions;"
                + " \(Self.supported); reshape the array first"
        case .truncatedData(let file, let expected, let found):
            return "\(file): the header promises \(expected) bytes of data but only \(found)"
                + " remain: \(Self.truncated)"
        case .trailingData(let file, let expected, let found):
            return "\(file): the header promises \(expected) bytes of data but \(found) remain:"
                + " the header does not describe the data; save the array again"
        case .shapeMismatch(let shape, let count):
            return "shape \(Self.tuple(shape)) does not fit \(count) values: give a 1-D or 2-D"
                + " shape whose extents multiply to the number of values"
        case .valueNotRepresentable(let index, let value):
            return "value \(value) at index \(index) is not exactly a float32: round the values"
                + " with Float(_:) or write the array as float64"
        case .nonFiniteValue(let file, let row, let column, let value):
            let what =
                value.isFinite
                ? "is too large for float32 (it would become infinite)" : "is not finite"
            return "\(file): value \(value) at row \(row), column \(column) (counted from 0, as"
                + " numpy indexes) \(what); \(MessagePhrases.replaceNonFinite)"
        }
    }

    /// A shape written the way numpy prints it: `(3,)`, `(5, 3)`, `()`.
    static func tuple(_ shape: [Int]) -> String {
        shape.count == 1
            ? "(\(shape[0]),)" : "(" + shape.map(String.init).joined(separator: ", ") + ")"
    }
}
