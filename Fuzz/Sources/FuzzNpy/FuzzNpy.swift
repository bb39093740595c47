import CutEngine
import Foundation

/// Decodes `.npy` bytes and, for a 2-D array, makes a dataset of it, as `data` directives
/// load `.npy` files: an array or an `NpyError`, never a crash.
func decodeNpy(_ data: Data) {
    guard let array = try? NpyFile.decode(data, fileName: "fuzz.npy") else { return }
    let names = (0..<array.columnCount).map { "x\($0)" }
    let truth = [Float](repeating: 1, count: array.rowCount)
    _ = try? Dataset(npy: array, columnNames: names, truth: truth)
    _ = NpyFile.encode(array)
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzNpy(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    decodeNpy(Data(bytes: data, count: size))
    return 0
}
