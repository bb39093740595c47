import Foundation

@testable import CutBook

/// Scans one study file and checks its directives against the registry (`Validator`): option
/// kinds, defaults, result names, labels and the training-data links between directives.
func validateTemplate(_ text: String) {
    let prefix = Placeholder.prefix(unusedIn: text)
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cutbook-fuzz-none")
    let files = ReportFiles(directory: folder, displayName: "fuzz")
    let (study, _) = ReportLoader.scanStudy(
        "study", text: text, files: files, reportName: "fuzz", prefix: prefix)
    let settings = ReportSettings(
        title: "Fuzz", authors: [], chapters: ["study"], seed: 7, formats: ["html"])
    let report = Report(
        name: "fuzz", directory: folder.path, settings: settings, studies: [study], files: files)
    do {
        _ = try Validator.validate(report)
    } catch {
        _ = "\(error)"
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDirectives(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    validateTemplate(String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self))
    return 0
}
