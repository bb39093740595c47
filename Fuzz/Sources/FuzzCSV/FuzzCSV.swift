import CutEngine

/// Parses CSV text with each kind of truth, as `data` directives load `.csv` files.
func parseCSV(_ text: String) {
    for truth in [CSVTruth.column("label"), .allSignal, .allBackground] {
        do {
            let dataset = try CSVLoader.parse(text, fileName: "fuzz.csv", truth: truth)
            _ = dataset.count
        } catch {
            _ = "\(error)"
        }
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    // `CSVLoader.load` reads the file as UTF-8 and fails otherwise; so does this.
    let bytes = UnsafeBufferPointer(start: data, count: size)
    guard let text = String(validating: bytes, as: UTF8.self) else { return 0 }
    parseCSV(text)
    return 0
}
