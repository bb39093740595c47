import Foundation
import Testing

@testable import CutBook

/// `docs/your-own-study.md` shows the report `reports/your-own-study/` as it is, and the study
/// it walks through builds: its results, its numbers, and its Python snippet running the
/// exported model in ONNX Runtime.
@Suite(.serialized) struct YourOwnStudyTests {
    static let document = Support.packageRoot.appendingPathComponent("docs/your-own-study.md")
    static let folderName = "reports/your-own-study"

    /// A fenced block of the doc: its info string's language, the `file=` it quotes, its text.
    struct Block {
        var language: String
        var file: String?
        var lines: [String]
    }

    /// The fenced blocks of `text`.
    static func blocks(in text: String) -> [Block] {
        var blocks: [Block] = []
        var current: Block?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.hasPrefix("```") {
                if let block = current {
                    blocks.append(block)
                    current = nil
                } else {
                    let words = line.dropFirst(3).split(separator: " ").map(String.init)
                    let file = words.first { $0.hasPrefix("file=") }.map { String($0.dropFirst(5)) }
                    current = Block(language: words.first ?? "", file: file, lines: [])
                }
            } else {
                current?.lines.append(line)
            }
        }
        return blocks
    }

    /// Whether `part` appears in `whole` as consecutive whole lines.
    static func contains(_ whole: [String], _ part: [String]) -> Bool {
        guard !part.isEmpty, part.count <= whole.count else { return false }
        return (0...(whole.count - part.count)).contains {
            Array(whole[$0..<$0 + part.count]) == part
        }
    }

    @Test func quotedBlocksAreTheReportsFiles() throws {
        let blocks = Self.blocks(in: try String(contentsOf: Self.document, encoding: .utf8))
        var quoted = Set<String>()
        for block in blocks {
            guard let file = block.file else { continue }
            let url = Support.packageRoot.appendingPathComponent(file)
            let lines = try String(contentsOf: url, encoding: .utf8).split(
                separator: "\n", omittingEmptySubsequences: false
            ).map(String.init)
            #expect(
                Self.contains(lines, block.lines),
                "docs/your-own-study.md quotes \(file), but these lines are not in it:\n\(block.lines.joined(separator: "\n"))"
            )
            quoted.insert(URL(fileURLWithPath: file).lastPathComponent)
        }
        let folder = Support.packageRoot.appendingPathComponent(Self.folderName)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
            !$0.hasPrefix(".") && $0 != "_build"
        }
        #expect(Set(files) == quoted, "files not quoted: \(Set(files).subtracting(quoted))")
    }

    /// Builds a copy of the report into its `_build/` (as `cutbook build` does), beside a
    /// cache, in a fresh folder that holds it at `reports/your-own-study`.
    static func build() async throws -> (root: URL, out: URL) {
        let root = try Support.temporaryFolder()
        let report = root.appendingPathComponent(folderName)
        try FileManager.default.createDirectory(
            at: report.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: Support.packageRoot.appendingPathComponent(folderName), to: report)
        for generated in ["_build", ".cutbook-cache"] {
            try? FileManager.default.removeItem(at: report.appendingPathComponent(generated))
        }
        var options = Support.options(report: report, parent: root)
        options.outDirectory = report.appendingPathComponent("_build").path
        let summary = try await ReportBuilder.build(
            options, progress: ProgressReporter(mode: .silent))
        return (root, summary.outDirectory)
    }

    @Test func theStudyBuildsAndItsSnippetRunsTheExportedModel() async throws {
        let (root, out) = try await Self.build()
        defer { try? FileManager.default.removeItem(at: root) }
        let document = try #require(
            try JSONSerialization.jsonObject(
                with: Data(contentsOf: out.appendingPathComponent("results.json")))
                as? [String: Any])
        let results = try #require(document["results"] as? [String: [String: Any]])
        let cuts = try #require(results["sel"]?["cuts"] as? [[String: Any]])
        #expect(cuts.map { $0["op"] as? String } == [">", "abs<", "window"])
        let doc = try String(contentsOf: Self.document, encoding: .utf8)
        try Self.expectExcerptMatches(doc, cuts: cuts)
        let nettab = try #require(results["nettab"]?["hard"] as? [String: Any])
        let s = try #require(nettab["S"] as? Double)
        let b = try #require(nettab["B"] as? Double)
        #expect(s > 0 && b > 0, "the network selects events: S \(s), B \(b)")

        let data = try String(contentsOf: out.appendingPathComponent("data.html"), encoding: .utf8)
        #expect(data.contains("52.9") && data.contains("2,946"), "the weights the doc quotes")

        let snippet = try #require(Self.blocks(in: doc).first { $0.language == "python" })
        let (status, output) = try ONNXRuntimeCheck.python(
            ["-c", snippet.lines.joined(separator: "\n")], in: root)
        #expect(
            status == 0,
            "the doc's Python snippet failed (needs numpy, onnxruntime: make deps):\n\(output)")
        let match = try #require(
            output.firstMatch(of: /^S ([0-9.e+-]+) B ([0-9.e+-]+)$/.anchorsMatchLineEndings()),
            "\(output)")
        let (onnxS, onnxB) = (Double(match.1)!, Double(match.2)!)
        #expect(abs(onnxS - s) <= 1e-5 * s, "ONNX Runtime S \(onnxS), CutBook \(s)")
        #expect(abs(onnxB - b) <= 1e-5 * b, "ONNX Runtime B \(onnxB), CutBook \(b)")
    }

    /// The trained cuts the doc shows as a results.json excerpt are the build's, to the four
    /// significant digits shown.
    static func expectExcerptMatches(_ doc: String, cuts: [[String: Any]]) throws {
        let excerpt = try #require(blocks(in: doc).first { $0.language == "json" })
        let shown = excerpt.lines.filter { $0.contains("\"column\"") }
        #expect(shown.count == cuts.count)
        for (line, cut) in zip(shown, cuts) {
            let json = line.trimmingCharacters(in: .whitespaces).trimmingCharacters(
                in: CharacterSet(charactersIn: ","))
            let written = try #require(
                try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
            #expect(Set(written.keys) == Set(cut.keys), "\(line)")
            for (key, value) in written {
                if let number = value as? Double, let built = cut[key] as? Double {
                    let rounded = Double(String(format: "%.4g", built))!
                    #expect(
                        number == rounded, "\(key): the doc shows \(number), the build \(built)")
                } else {
                    #expect("\(value)" == "\(cut[key] ?? "")", "\(key) in \(line)")
                }
            }
        }
    }
}
