import Foundation
import Testing

@testable import CutBook

/// Every `cutbook` command in a ```sh block of README.md and docs/*.md runs with the release
/// binary and exits 0, in a temporary copy of the repository's `reports/` folder, unless the skip
/// table below says why it cannot run in a test.
@Suite(.serialized) struct DocsCommandsTests {
    /// Commands that do not run here, each with the reason. A listed command that no longer
    /// appears in the docs fails the test, so the table stays as short as the docs allow.
    static let skipped: [String: String] = [
        ".build/release/cutbook build reports/workshop --study push-down":
            "the workshop report's studies train networks; minutes of CPU",
        ".build/release/cutbook build reports/workshop --format html,pdf":
            "the whole workshop report, HTML and PDF; minutes of CPU",
        ".build/release/cutbook serve reports/quickstart": "serve never returns",
        "cutbook serve reports/quickstart": "serve never returns",
        "cutbook serve reports/quickstart --port 0": "serve never returns",
        ".build/release/cutbook bench --json --workloads mlp,cuts2d-erf":
            "times training epochs; slow in a test run",
    ]

    /// Placeholders in doc commands (upper-case words such as DIR or NAME=VALUE) and what the
    /// test puts in their place; a placeholder missing here fails the test.
    static let substitutions: [String: String] = [:]

    /// The upper-case words of `command` that have no substitution.
    static func unknownPlaceholders(in command: String) -> [String] {
        command.split(whereSeparator: { !$0.isLetter && $0 != "_" }).map(String.init).filter {
            $0.count > 1 && $0.allSatisfy { $0.isUppercase || $0 == "_" }
                && substitutions[$0] == nil
        }
    }

    /// The longest a runnable doc command may take.
    static let timeout: TimeInterval = 120

    /// The documentation files whose commands are checked.
    static let documents: [URL] = {
        let docs = Support.packageRoot.appendingPathComponent("docs")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: docs.path)) ?? []
        return [Support.packageRoot.appendingPathComponent("README.md")]
            + names.filter { $0.hasSuffix(".md") }.sorted().map { docs.appendingPathComponent($0) }
    }()

    /// A command of a doc's ```sh block and the path its `# → PATH` comment promises, if any.
    struct DocCommand: Equatable {
        var line: String
        var promised: String? = nil
    }

    /// The `cutbook` command lines of the ```sh blocks of `text`, without trailing `# comments`.
    static func commands(in text: String) -> [DocCommand] {
        var inShell = false
        var found: [DocCommand] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("```") {
                inShell = !inShell && trimmed == "```sh"
                continue
            }
            guard inShell,
                trimmed.hasPrefix("cutbook ") || trimmed.hasPrefix(".build/release/cutbook ")
            else { continue }
            var command = DocCommand(line: trimmed)
            if let comment = trimmed.range(of: " #") {
                command.line = trimmed[..<comment.lowerBound].trimmingCharacters(in: .whitespaces)
                let words = trimmed[comment.upperBound...].split(separator: " ")
                if let arrow = words.firstIndex(of: "→"), arrow + 1 < words.count,
                    words[arrow + 1].contains("/")
                {
                    command.promised = String(words[arrow + 1])
                }
            }
            found.append(command)
        }
        return found
    }

    @Test func extractionFindsShellCommandsOnly() {
        let text = """
            ```sh
            cutbook build a   # a comment → a/_build/index.html
            make report
            ```
            ```yaml
            cutbook build b
            ```
            ```sh
            .build/release/cutbook list a
            ```
            """
        #expect(
            Self.commands(in: text) == [
                DocCommand(line: "cutbook build a", promised: "a/_build/index.html"),
                DocCommand(line: ".build/release/cutbook list a"),
            ])
        #expect(
            Self.unknownPlaceholders(in: "cutbook init DIR -P NAME=VALUE") == [
                "DIR", "NAME", "VALUE",
            ])
        #expect(Self.unknownPlaceholders(in: "cutbook build ~/study -P steps=50").isEmpty)
    }

    @Test func everySkippedCommandIsStillInTheDocs() throws {
        let all = try Self.documents.flatMap {
            Self.commands(in: try String(contentsOf: $0, encoding: .utf8)).map(\.line)
        }
        for command in Self.skipped.keys {
            #expect(all.contains(command), "skip table lists \(command), no doc has it")
        }
    }

    @Test(Support.needsBuiltBinary, .timeLimit(.minutes(10)))
    func everyDocCommandRuns() throws {
        let binary = try #require(OutputKillTests.binary)
        for document in Self.documents {
            let text = try String(contentsOf: document, encoding: .utf8)
            let runnable = Self.commands(in: text).filter { Self.skipped[$0.line] == nil }
            guard !runnable.isEmpty else { continue }
            let folder = try Self.workspace(binary: binary)
            defer { try? FileManager.default.removeItem(at: folder) }
            for command in runnable {
                let unknown = Self.unknownPlaceholders(in: command.line)
                guard unknown.isEmpty else {
                    Issue.record(
                        "`\(command.line)` has placeholders \(unknown) without a substitution")
                    continue
                }
                let result = try Self.run(command.line, in: folder)
                #expect(
                    result.status == 0,
                    "\(document.lastPathComponent): `\(command.line)` exited \(result.status): \(result.output)"
                )
                if let promised = command.promised {
                    let path = promised.replacingOccurrences(of: "~", with: "home")
                    #expect(
                        FileManager.default.fileExists(
                            atPath: folder.appendingPathComponent(path).path),
                        "\(document.lastPathComponent): `\(command.line)` promises \(promised)")
                }
            }
        }
    }

    /// A temporary folder with a fresh copy of `reports/`, `.build/release/cutbook` and
    /// `bin/cutbook` linked to the binary, and `home/` for `~`.
    static func workspace(binary: URL) throws -> URL {
        let manager = FileManager.default
        let folder = try Support.temporaryFolder()
        let reports = folder.appendingPathComponent("reports")
        try manager.copyItem(at: Support.packageRoot.appendingPathComponent("reports"), to: reports)
        for report in try manager.contentsOfDirectory(atPath: reports.path) {
            for generated in ["_build", ".cutbook-cache"] {
                let url = reports.appendingPathComponent(report).appendingPathComponent(generated)
                try? manager.removeItem(at: url)
            }
        }
        for link in [".build/release", "bin"] {
            let directory = folder.appendingPathComponent(link)
            try manager.createDirectory(at: directory, withIntermediateDirectories: true)
            try manager.createSymbolicLink(
                at: directory.appendingPathComponent("cutbook"), withDestinationURL: binary)
        }
        try manager.createDirectory(
            at: folder.appendingPathComponent("home"), withIntermediateDirectories: true)
        return folder
    }

    /// Runs `command` with `/bin/sh` in `folder`, with `cutbook` on the PATH and `~` in `home/`;
    /// a command that outlives the timeout is killed and reported with status -1.
    static func run(_ command: String, in folder: URL) throws -> (status: Int32, output: String) {
        var line = command
        for (placeholder, value) in substitutions {
            line = line.replacingOccurrences(of: placeholder, with: value)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", line]
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment["HOME"] = folder.appendingPathComponent("home").path
        environment["PATH"] =
            folder.appendingPathComponent("bin").path + ":"
            + (environment["PATH"] ?? "/usr/bin:/bin")
        process.environment = environment
        let log = folder.appendingPathComponent("command.log")
        FileManager.default.createFile(atPath: log.path, contents: nil)
        let handle = try FileHandle(forWritingTo: log)
        defer { try? handle.close() }
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(50_000) }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
            return (-1, "timed out after \(Int(timeout)) s")
        }
        process.waitUntilExit()
        let output = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        return (process.terminationStatus, String(output.suffix(2000)))
    }
}
