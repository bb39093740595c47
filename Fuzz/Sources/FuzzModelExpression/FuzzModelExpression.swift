import CutEngine

/// Parses a model expression and builds it for one and for three input columns, as `train`
/// and `model` directives do: any text must give a model or a thrown error, never a crash.
func buildModel(_ text: String) {
    guard (try? ModelExpression(parsing: text)) != nil else { return }
    for columns in [1, 3] {
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
