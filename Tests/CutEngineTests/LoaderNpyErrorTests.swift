import CutEngine
import Foundation
import Testing

@Suite struct LoaderNpyErrorTests {
    func readError(_ name: String) -> NpyError? {
        do {
            _ = try NpyFile.read(contentsOf: fixtureURL("loaders/" + name))
            return nil
        } catch let error as NpyError {
            return error
        } catch {
            return nil
        }
    }

    @Test func fortranOrderIsRejected() {
        let error = readError("bad_fortran_order.npy")
        #expect(error == .fortranOrder(file: "bad_fortran_order.npy"))
        #expect(error?.description.contains("ascontiguousarray") == true)
    }

    @Test func bigEndianIsRejectedWithAConversionHint() {
        let error = readError("bad_big_endian.npy")
        #expect(error == .unsupportedDataType(file: "bad_big_endian.npy", descr: ">f8"))
        #expect(error?.description.contains("astype('<f8')") == true)
    }

    @Test func otherDataTypesAreRejected() {
        let error = readError("bad_int64.npy")
        #expect(error == .unsupportedDataType(file: "bad_int64.npy", descr: "<i8"))
        #expect(error?.description.contains("'<f4' or '<f8'") == true)
    }

    @Test func threeDimensionsAndScalarsAreRejected() {
        #expect(
            readError("bad_three_dimensions.npy")
                == .unsupportedShape(file: "bad_three_dimensions.npy", shape: [2, 2, 2]))
        let scalar = readError("bad_scalar.npy")
        #expect(scalar == .unsupportedShape(file: "bad_scalar.npy", shape: []))
        #expect(scalar?.description.contains("shape () has 0 dimensions") == true)
    }

    @Test func truncatedDataIsRejected() {
        let error = readError("bad_truncated_data.npy")
        #expect(
            error
                == .truncatedData(
                    file: "bad_truncated_data.npy", expectedBytes: 120, foundBytes: 100))
    }

    @Test func truncatedHeaderIsRejected() {
        let error = readError("bad_truncated_header.npy")
        #expect(
            error
                == .truncatedHeader(
                    file: "bad_truncated_header.npy", expectedBytes: 128, foundBytes: 30))
    }

    @Test func badMagicIsRejected() {
        let error = readError("bad_magic.npy")
        #expect(
            error == .badMagic(file: "bad_magic.npy", found: [0x50, 0x4b, 0x03, 0x04, 0x50, 0x59]))
        #expect(error?.description.contains("not a .npy file") == true)
    }

    @Test func unknownHeaderKeyIsRejected() {
        guard case .malformedHeader(let file, let reason, _) = readError("bad_header_key.npy")
        else {
            Issue.record("expected a malformed header")
            return
        }
        #expect(file == "bad_header_key.npy")
        #expect(reason == "unexpected key 'shope'")
    }

    @Test func trailingBytesAreRejected() throws {
        var data = try fixtureData("loaders/written_f8_1d.npy")
        data.append(contentsOf: [1, 2, 3])
        #expect(throws: NpyError.trailingData(file: "extra.npy", expectedBytes: 56, foundBytes: 59))
        {
            try NpyFile.decode(data, fileName: "extra.npy")
        }
    }

    @Test func anEmptyArrayWithHugelyManyColumnsIsRejected() {
        let header = "{'descr': '<f8', 'fortran_order': False, 'shape': (0, 3000000000), }"
        var text = header
        while (10 + text.count + 1) % 64 != 0 { text += " " }
        text += "\n"
        var bytes: [UInt8] = [0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59, 1, 0]
        bytes += [UInt8(text.utf8.count & 0xff), UInt8(text.utf8.count >> 8)]
        bytes += Array(text.utf8)
        do {
            _ = try NpyFile.decode(Data(bytes), fileName: "wide.npy")
            Issue.record("expected the column count to be refused")
        } catch let error as NpyError {
            guard case .malformedHeader(let file, let reason, _) = error else {
                Issue.record("expected a malformed header, got \(error)")
                return
            }
            #expect(file == "wide.npy")
            #expect(reason.contains("at most \(NpyFile.maximumColumns)"))
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func unsupportedVersionIsRejected() throws {
        var bytes = [UInt8](try fixtureData("loaders/written_f8_1d.npy"))
        bytes[6] = 4
        #expect(throws: NpyError.unsupportedVersion(file: "v4.npy", major: 4, minor: 0)) {
            try NpyFile.decode(Data(bytes), fileName: "v4.npy")
        }
    }

    @Test(arguments: [
        ("{'descr': '<f8', 'fortran_order': False}", "missing key 'shape'"),
        ("'descr': '<f8'", "expected '{' at the start"),
        (
            "{'descr': '<f8', 'fortran_order': Maybe, 'shape': (3,), }",
            "'fortran_order' must be True or False"
        ),
        (
            "{'descr': '<f8', 'fortran_order': False, 'shape': (3, x), }",
            "'shape' must be a tuple of non-negative integers such as (5, 3)"
        ),
        (
            "{'descr': '<f8', 'fortran_order': False, 'shape': (4611686018427387904, 4), }",
            "shape (4611686018427387904, 4) is too large"
        ),
    ])
    func malformedHeadersSayWhatIsWrong(header: String, reason: String) {
        var bytes: [UInt8] = [0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59, 1, 0]
        let text = Array((header + "\n").utf8)
        bytes += [UInt8(text.count & 0xff), UInt8(text.count >> 8)] + text
        do {
            _ = try NpyFile.decode(Data(bytes), fileName: "h.npy")
            Issue.record("expected an error for \(header)")
        } catch NpyError.malformedHeader(_, let found, _) {
            #expect(found == reason)
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func missingFileIsAnError() {
        #expect(throws: NpyError.self) {
            try NpyFile.read(contentsOf: URL(fileURLWithPath: "/nonexistent/none.npy"))
        }
    }

    @Test func invalidArraysAreRejected() {
        #expect(throws: NpyError.shapeMismatch(shape: [2, 2], valueCount: 3)) {
            try NpyArray(shape: [2, 2], dataType: .float64, values: [1, 2, 3])
        }
        #expect(throws: NpyError.shapeMismatch(shape: [1, 1, 1], valueCount: 1)) {
            try NpyArray(shape: [1, 1, 1], dataType: .float64, values: [1])
        }
        #expect(throws: NpyError.valueNotRepresentable(index: 1, value: 0.1)) {
            try NpyArray(shape: [2], dataType: .float32, values: [1, 0.1])
        }
        #expect(throws: NpyError.self) { try NpyArray(columns: [[1, 2], [3]]) }
    }
}
