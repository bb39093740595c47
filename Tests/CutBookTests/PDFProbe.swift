import Foundation

/// Runs poppler's and qpdf's command-line tools on a PDF and reads their output.
enum PDFProbe {
    struct ToolFailure: Error, CustomStringConvertible {
        var description: String
    }

    /// Writes `data` to a fresh temporary file.
    static func write(_ data: Data, name: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cutbook-book-tests-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent("\(name).pdf")
        try data.write(to: url)
        return url
    }

    /// Runs `tool` with `arguments`; its standard output.
    static func run(_ tool: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [tool] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw ToolFailure(description: "\(tool) \(arguments.joined(separator: " ")) exited with \(process.terminationStatus)")
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// `pdfinfo`'s page count and page size.
    static func info(_ file: URL) throws -> (pages: Int, pageSize: String) {
        let text = try run("pdfinfo", [file.path])
        var pages = 0
        var size = ""
        for line in text.split(separator: "\n") {
            if line.hasPrefix("Pages:") { pages = Int(line.dropFirst(6).trimmingCharacters(in: .whitespaces)) ?? 0 }
            if line.hasPrefix("Page size:") { size = line.dropFirst(10).trimmingCharacters(in: .whitespaces) }
        }
        return (pages, size)
    }
}
