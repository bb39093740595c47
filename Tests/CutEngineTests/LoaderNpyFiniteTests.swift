import CutEngine
import Foundation
import Testing

/// `.npy` values that are NaN, infinite or beyond `float32` are refused like CSV ones, naming
/// the row and column.
@Suite struct LoaderNpyFiniteTests {
    private func decodeError(_ values: [Double], shape: [Int], dataType: NpyDataType = .float64)
        throws -> NpyError?
    {
        let data = NpyFile.encode(try NpyArray(shape: shape, dataType: dataType, values: values))
        do {
            _ = try NpyFile.decode(data, fileName: "events.npy")
            return nil
        } catch let error as NpyError {
            return error
        }
    }

    @Test func nanIsRefusedWithItsRowAndColumn() throws {
        let error = try decodeError([1, 2, 0, 3, .nan, 1], shape: [3, 2])
        guard case .nonFiniteValue("events.npy", 2, 0, let value)? = error else {
            Issue.record("expected a non-finite value error, found \(String(describing: error))")
            return
        }
        #expect(value.isNaN)
        #expect(
            error?.description
                == "events.npy: value nan at row 2, column 0 (counted from 0, as numpy indexes) is not finite; remove the event or replace the value with a finite number"
        )
    }

    @Test func infinityInAFloat32ArrayIsRefused() throws {
        let error = try decodeError([1, -.infinity, 0], shape: [3], dataType: .float32)
        #expect(
            error == .nonFiniteValue(file: "events.npy", row: 1, column: 0, value: -.infinity))
    }

    @Test func float64BeyondFloat32IsRefused() throws {
        let error = try decodeError([1, 0, 1e300, 1], shape: [2, 2])
        #expect(
            error?.description
                == "events.npy: value 1e+300 at row 1, column 0 (counted from 0, as numpy indexes) is too large for float32 (it would become infinite); remove the event or replace the value with a finite number"
        )
    }

    @Test func finiteValuesStillLoad() throws {
        #expect(try decodeError([1, -3.4e38, 0, 1], shape: [2, 2]) == nil)
    }
}
