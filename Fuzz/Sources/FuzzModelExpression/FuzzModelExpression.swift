import CutEngine

/// Parses a model expression and builds it for one and for three input columns, as `train`
/// and `model` directives do: any text must give a model or a thrown error, never a crash.
/// Like a training, it builds only models whose memory estimate is allowed; the harness uses a
/// lower bound than `MemoryLimit` so that it stays within libFuzzer's `-rss_limit_mb`.
func buildModel(_ text: String) {
    guard let expression = try? ModelExpression(parsing: text) else { return }
    for columns in [1, 3] {
        guard expression.memoryEstimate(inputColumns: columns).bytes <= 256 * 1024 * 1024 else {
            continue
        }
        if let model = try? Model(parsing: text, inputColumns: columns) {
            _ = model.parameterCount
        }
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzModelExpression(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    buildModel(String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self))
    return 0
}
