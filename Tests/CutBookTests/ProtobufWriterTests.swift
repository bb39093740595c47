import Foundation
import Testing

@testable import CutBook

/// The protobuf wire format as the protobuf encoding guide spells it out byte by byte.
struct ProtobufWriterTests {
    static func varint(_ value: UInt64) -> [UInt8] {
        var writer = ProtobufWriter()
        writer.appendVarint(value)
        return writer.bytes
    }

    @Test func varintsUseSevenBitsPerByteLowFirst() {
        #expect(Self.varint(0) == [0x00])
        #expect(Self.varint(1) == [0x01])
        #expect(Self.varint(127) == [0x7F])
        #expect(Self.varint(128) == [0x80, 0x01])
        #expect(Self.varint(150) == [0x96, 0x01])
        #expect(Self.varint(300) == [0xAC, 0x02])
        #expect(Self.varint(UInt64.max) == [UInt8](repeating: 0xFF, count: 9) + [0x01])
    }

    @Test func integerFieldHasKeyThenVarint() {
        var writer = ProtobufWriter()
        writer.integer(1, 150)
        #expect(writer.bytes == [0x08, 0x96, 0x01])
    }

    @Test func negativeIntegerIsTenBytesOfTwosComplement() {
        var writer = ProtobufWriter()
        writer.integer(3, -1)
        #expect(writer.bytes == [0x18] + [UInt8](repeating: 0xFF, count: 9) + [0x01])
    }

    @Test func stringIsLengthDelimited() {
        var writer = ProtobufWriter()
        writer.string(2, "testing")
        #expect(writer.bytes == [0x12, 0x07] + Array("testing".utf8))
    }

    @Test func fieldNumbersAboveFifteenTakeTwoKeyBytes() {
        var writer = ProtobufWriter()
        writer.integer(20, 2)
        #expect(writer.bytes == [0xA0, 0x01, 0x02])
    }

    @Test func floatIsFourLittleEndianBytes() {
        var writer = ProtobufWriter()
        writer.float(2, 1.5)
        #expect(writer.bytes == [0x15, 0x00, 0x00, 0xC0, 0x3F])
    }

    @Test func nestedMessageIsLengthDelimited() {
        var writer = ProtobufWriter()
        writer.message(3) { $0.integer(1, 150) }
        #expect(writer.bytes == [0x1A, 0x03, 0x08, 0x96, 0x01])
    }

    @Test func emptyMessageHasLengthZero() {
        var writer = ProtobufWriter()
        writer.message(7) { _ in }
        #expect(writer.bytes == [0x3A, 0x00])
    }
}
