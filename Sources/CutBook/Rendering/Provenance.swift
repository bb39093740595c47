import CutEngine
import Foundation

/// How a report was made: versions, the source's git commit, the default seed and the
/// parameters in effect. Recorded on every page (with the page's seeds and trainings) and on
/// the index (with the default seed and the parameters).
struct Provenance: Sendable {
    /// CutBook's version.
    var cutbookVersion: String
    /// CutEngine's version.
    var engineVersion: String
    /// The git commit of the report's sources, with `+changes` when the work tree differs.
    var gitCommit: String?

    /// Creates a provenance record.
    init(cutbookVersion: String, engineVersion: String, gitCommit: String?) {
        self.cutbookVersion = cutbookVersion
        self.engineVersion = engineVersion
        self.gitCommit = gitCommit
    }

    /// The provenance of this build, asking git about `directory`.
    static func current(directory: URL) -> Provenance {
        Provenance(
            cutbookVersion: CutBook.version, engineVersion: CutEngine.version,
            gitCommit: gitCommit(in: directory))
    }

    /// `git rev-parse HEAD` in `directory`, nil when it is not in a git work tree.
    static func gitCommit(in directory: URL) -> String? {
        func git(_ arguments: [String]) -> String? {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["git", "-C", directory.path] + arguments
            let pipe = Pipe()
            process.standardOutput = pipe
            process.standardError = FileHandle.nullDevice
            do { try process.run() } catch { return nil }
            let data = pipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            guard process.terminationStatus == 0 else { return nil }
            return String(data: data, encoding: .utf8)?.trimmingCharacters(
                in: .whitespacesAndNewlines)
        }
        guard let commit = git(["rev-parse", "--short=12", "HEAD"]) else { return nil }
        let changes = git(["status", "--porcelain", "--", "."]) ?? ""
        return changes.isEmpty ? commit : commit + "+changes"
    }

    var versionsHTML: String {
        "CutBook \(HTML.escape(cutbookVersion)), CutEngine \(HTML.escape(engineVersion)), "
            + "source \(gitCommit.map { "commit <code>\(HTML.escape($0))</code>" } ?? "not in git")"
    }

    func indexHTML(report: Report) -> String {
        var html = "<p>Made by \(versionsHTML)."
        if let seed = report.settings.seed { html += " Default seed \(seed)." }
        if let parameters = report.settings.parametersSummary {
            html += " " + HTML.escape(parameters)
        }
        return html + "</p>"
    }
}
