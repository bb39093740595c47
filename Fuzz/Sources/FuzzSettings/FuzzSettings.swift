@testable import CutBook

/// Reads `report.yml` text (Yams, then CutBook's key checks): settings or `BuildFailure`.
func parseSettings(_ yaml: String) {
    do {
        _ = try ReportLoader.parseSettings(yaml: yaml, file: "fuzz/report.yml")
    } catch {
        _ = "\(error)"
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSettings(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    // `ReportLoader.load` rejects files that are not UTF-8 before parsing; so does this.
    let bytes = UnsafeBufferPointer(start: data, count: size)
    guard let yaml = String(validating: bytes, as: UTF8.self) else { return 0 }
    parseSettings(yaml)
    return 0
}
