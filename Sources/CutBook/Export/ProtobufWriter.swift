import Foundation

/// The protocol-buffers wire format, written by hand for the few messages an ONNX file needs.
///
/// Why not swift-protobuf: generating Swift types needs ONNX's `onnx.proto` copied into the
/// repository and the `protoc-gen-swift` plugin built (about 9.5 minutes of this machine's two
/// cores), all to write five message types with a dozen fields each. The wire format is small:
/// a message is a sequence of fields, each a key (`field number << 3 | wire type`) as a varint
/// followed by the value: a varint (wire type 0) for integers and enums, or a varint length and
/// that many bytes (wire type 2) for strings, bytes and nested messages. Fields are written in
/// the order the caller gives, which protobuf readers accept in any order; repeated fields are
/// written once per element. Only writing is needed; `ProtobufWriterTests` decodes by hand and
/// `onnx.checker` reads the result.
struct ProtobufWriter {
    /// The message's bytes so far.
    private(set) var bytes: [UInt8] = []

    /// The wire types used here.
    enum WireType: UInt64 {
        /// Integers, booleans and enums as a varint.
        case varint = 0
        /// A 32-bit little-endian value (`float`).
        case fixed32 = 5
        /// A varint length, then that many bytes: strings, bytes, nested messages.
        case lengthDelimited = 2
    }

    /// Creates an empty message.
    init() {}

    /// Appends `value` as a base-128 varint: seven bits per byte, least significant first, the
    /// high bit set on every byte but the last.
    mutating func appendVarint(_ value: UInt64) {
        var rest = value
        while rest >= 0x80 {
            bytes.append(UInt8(rest & 0x7F) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    /// Appends the key of field `number` with `wireType`.
    mutating func appendKey(_ number: Int, _ wireType: WireType) {
        appendVarint(UInt64(number) << 3 | wireType.rawValue)
    }

    /// Field `number` as an `int64` or `int32` varint; a negative value is written as its 64-bit
    /// two's complement (ten bytes), as protobuf does for both types.
    mutating func integer(_ number: Int, _ value: Int) {
        appendKey(number, .varint)
        appendVarint(UInt64(bitPattern: Int64(value)))
    }

    /// Field `number` as a `float` (four little-endian bytes).
    mutating func float(_ number: Int, _ value: Float) {
        appendKey(number, .fixed32)
        withUnsafeBytes(of: value.bitPattern.littleEndian) { bytes.append(contentsOf: $0) }
    }

    /// Field `number` as length-delimited bytes.
    mutating func bytes(_ number: Int, _ value: [UInt8]) {
        appendKey(number, .lengthDelimited)
        appendVarint(UInt64(value.count))
        bytes.append(contentsOf: value)
    }

    /// Field `number` as a UTF-8 string.
    mutating func string(_ number: Int, _ value: String) {
        bytes(number, Array(value.utf8))
    }

    /// Field `number` as a nested message, built by `body` into its own writer.
    mutating func message(_ number: Int, _ body: (inout ProtobufWriter) -> Void) {
        var nested = ProtobufWriter()
        body(&nested)
        bytes(number, nested.bytes)
    }

    /// The message as `Data`.
    var data: Data { Data(bytes) }
}
