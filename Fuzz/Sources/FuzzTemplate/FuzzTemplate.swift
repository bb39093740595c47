import Foundation

@testable import CutBook

/// A report folder with two small files that include each other, so `<<include …>>` in the
/// input exercises file lookup, nesting and cycle detection.
let includeFolder: URL = {
    let folder = FileManager.default.temporaryDirectory
        .appendingPathComponent("cutbook-fuzz-template-\(getpid())")
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try? Data("# Part\nSome $x_1$ and <<value a>>.\n<<include b.md>>\n".utf8)
        .write(to: folder.appendingPathComponent("a.md"))
    try? Data("<<plot p kind=line\n  y=loss>>\n$$\n\\frac{1}{2}\n$$\n<<include a.md>>\n".utf8)
        .write(to: folder.appendingPathComponent("b.md"))
    return folder
}()

/// Scans one study file as `ReportLoader` does: the template scanner (`StudyScanner`), which
/// runs the inline scanner and the directive parser on every line.
func scanTemplate(_ text: String) {
    let text = ReportFiles.normalizedText(text)
    let prefix = Placeholder.prefix(unusedIn: text)
    var scanner = StudyScanner(
        files: ReportFiles(directory: includeFolder, displayName: "fuzz"), prefix: prefix)
    scanner.scan(text: text, file: "study.md")
    for diagnostic in scanner.diagnostics.diagnostics { _ = diagnostic.description }
}

@_cdecl("LLVMFuzzerInitialize")
public func initialize(_ argc: UnsafeMutablePointer<Int32>, _ argv: UnsafeMutableRawPointer)
    -> Int32
{
    atexit { try? FileManager.default.removeItem(at: includeFolder) }
    return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTemplate(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    scanTemplate(String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self))
    return 0
}
