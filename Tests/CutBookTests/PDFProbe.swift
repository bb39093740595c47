import Foundation

/// Runs poppler's and qpdf's command-line tools on a PDF and reads their output.
enum PDFProbe {
    struct ToolFailure: Error, CustomStringConvertible {
        var description: String
    }

    /// Writes `data` to a fresh temporary file.
    static func write(_ data: Data, name: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "cutbook-book-tests-\(UUID().uuidString.prefix(8))")
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
            throw ToolFailure(
                description:
                    "\(tool) \(arguments.joined(separator: " ")) exited with \(process.terminationStatus)"
            )
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// `pdfinfo`'s page count and page size.
    static func info(_ file: URL) throws -> (pages: Int, pageSize: String) {
        let text = try run("pdfinfo", [file.path])
        var pages = 0
        var size = ""
        for line in text.split(separator: "\n") {
            if line.hasPrefix("Pages:") {
                pages = Int(line.dropFirst(6).trimmingCharacters(in: .whitespaces)) ?? 0
            }
            if line.hasPrefix("Page size:") {
                size = line.dropFirst(10).trimmingCharacters(in: .whitespaces)
            }
        }
        return (pages, size)
    }
}

extension PDFProbe {
    /// Each font of `pdffonts`: its name and whether it is embedded.
    static func fonts(_ file: URL) throws -> [(name: String, embedded: Bool)] {
        let lines = try run("pdffonts", [file.path]).split(separator: "\n").dropFirst(2)
        return lines.map { line in
            let columns = line.split(separator: " ", omittingEmptySubsequences: true)
            // name type [type…] encoding emb sub uni object ID: `emb` is the fifth from the end.
            return (String(columns[0]), columns[columns.count - 5] == "yes")
        }
    }

    /// The outline's titles, depth first, each with its depth (0 for the top level).
    static func outline(_ file: URL) throws -> [(title: String, depth: Int)] {
        let text = try run("qpdf", ["--json=2", "--json-key=outlines", file.path])
        let json = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
        var titles: [(String, Int)] = []
        func walk(_ items: [[String: Any]], depth: Int) {
            for item in items {
                titles.append((item["title"] as? String ?? "", depth))
                walk(item["kids"] as? [[String: Any]] ?? [], depth: depth + 1)
            }
        }
        walk(json?["outlines"] as? [[String: Any]] ?? [], depth: 0)
        return titles
    }

    /// How many images `pdfimages -list` finds.
    static func imageCount(_ file: URL) throws -> Int {
        try run("pdfimages", ["-list", file.path]).split(separator: "\n").dropFirst(2).count
    }

    /// The text of page `page` (1-based).
    static func text(_ file: URL, page: Int) throws -> String {
        try run("pdftotext", ["-f", "\(page)", "-l", "\(page)", "-layout", file.path, "-"])
    }

    /// The box (points, from the top-left) of the first word `word` on page `page`.
    static func wordBox(_ file: URL, page: Int, word: String) throws -> (
        x: Double, y: Double, width: Double
    )? {
        let html = try run(
            "pdftotext", ["-bbox", "-f", "\(page)", "-l", "\(page)", file.path, "-"])
        for line in html.split(separator: "\n") where line.contains(">\(word)</word>") {
            func number(_ key: String) -> Double? {
                guard let range = line.range(of: "\(key)=\"") else { return nil }
                return Double(line[range.upperBound...].prefix { $0 != "\"" })
            }
            if let x = number("xMin"), let y = number("yMin"), let right = number("xMax") {
                return (x, y, right - x)
            }
        }
        return nil
    }

    /// Page `page` rendered in gray at `dpi`: width, height and one byte per pixel (0 black).
    static func grayPage(_ file: URL, page: Int, dpi: Int) throws -> (
        width: Int, height: Int, pixels: [UInt8]
    ) {
        let folder = file.deletingLastPathComponent()
        let stem = folder.appendingPathComponent("probe-\(page)").path
        _ = try run(
            "pdftoppm",
            [
                "-gray", "-r", "\(dpi)", "-f", "\(page)", "-l", "\(page)", "-singlefile", file.path,
                stem,
            ])
        let data = [UInt8](try Data(contentsOf: URL(fileURLWithPath: stem + ".pgm")))
        // A binary PGM: "P5", width, height, maximum, each followed by white space, then pixels.
        var fields: [Int] = []
        var index = 2
        while fields.count < 3 {
            while data[index] == 0x20 || data[index] == 0x0A { index += 1 }
            var value = 0
            while data[index] >= 0x30 && data[index] <= 0x39 {
                value = value * 10 + Int(data[index] - 0x30)
                index += 1
            }
            fields.append(value)
        }
        index += 1
        return (fields[0], fields[1], Array(data[index...]))
    }
}

extension PDFProbe {
    /// The PDF rewritten by qpdf with uncompressed, readable objects.
    static func readable(_ file: URL) throws -> String {
        try run("qpdf", ["--qdf", "--object-streams=disable", file.path, "-"])
    }

    /// The targets of the document's links and outline entries: `dest:NAME` for internal ones,
    /// `uri:ADDRESS` for web addresses.
    static func linkTargets(_ file: URL) throws -> [String] {
        var targets: [String] = []
        for line in try readable(file).split(separator: "\n") {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("/Dest (") {
                targets.append("dest:" + trimmed.dropFirst(7).dropLast())
            }
            if trimmed.hasPrefix("/URI (") {
                targets.append("uri:" + trimmed.dropFirst(6).dropLast())
            }
        }
        return targets
    }

    /// Each page's text lines (layout kept), without blank lines.
    static func pageLines(_ file: URL) throws -> [[String]] {
        let pages = try info(file).pages
        return try (1...pages).map { page in
            try text(file, page: page).split(separator: "\n").map {
                $0.trimmingCharacters(in: .whitespaces)
            }.filter { !$0.isEmpty }
        }
    }
}
