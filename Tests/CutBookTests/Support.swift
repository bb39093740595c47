import Foundation
import Testing

@testable import CutBook

/// Helpers shared by the CutBook tests.
enum Support {
    /// The condition of tests that run the built `cutbook` binary (`OutputKillTests.binary`).
    static let needsBuiltBinary: ConditionTrait = .enabled(
        if: OutputKillTests.binary != nil,
        "no built cutbook binary next to the tests; run swift build first")

    /// The folder of this test target's fixtures.
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    /// The package's root folder.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The templates folder of the package.
    static let templates = packageRoot.appendingPathComponent("templates")

    /// A new empty temporary folder.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "cutbook-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Writes a report folder named `name` into `parent` with `report.yml` naming the chapters
    /// and one file per chapter.
    @discardableResult
    static func writeReport(
        in parent: URL, name: String = "report", chapters: [(String, String)],
        settings: String? = nil
    ) throws -> URL {
        let folder = parent.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let yaml =
            settings
            ?? "title: Test report\nchapters: [\(chapters.map(\.0).joined(separator: ", "))]\ndefaults:\n  seed: 19680801\n"
        try yaml.write(
            to: folder.appendingPathComponent("report.yml"), atomically: true, encoding: .utf8)
        for (chapter, text) in chapters {
            try text.write(
                to: folder.appendingPathComponent(chapter + ".md"), atomically: true,
                encoding: .utf8)
        }
        return folder
    }

    /// The training of a network (a model with `mlp` in it) among `results`; the fixtures that
    /// ask have one.
    static func networkTraining(in results: [String: ResultValue]) -> TrainingRecord? {
        results.values.lazy.compactMap { value -> TrainingRecord? in
            guard case .training(let record) = value, record.model.contains("mlp") else {
                return nil
            }
            return record
        }.first
    }

    /// Copies a fixture report into a temporary folder (so builds can edit it).
    static func copyFixture(_ name: String, into parent: URL) throws -> URL {
        let target = parent.appendingPathComponent(name)
        try FileManager.default.copyItem(at: fixtures.appendingPathComponent(name), to: target)
        return target
    }

    /// Build options writing into `parent/out` with the cache in `parent/cache`.
    static func options(report: URL, parent: URL) -> BuildOptions {
        var options = BuildOptions(reportDirectory: report.path)
        options.outDirectory = parent.appendingPathComponent("out").path
        options.cacheDirectory = parent.appendingPathComponent("cache").path
        options.templatesDirectory = templates.path
        options.jobs = 2
        return options
    }

    /// The headlines of the failure thrown by `body`, or nil when it does not fail.
    static func headlines(_ body: () throws -> Void) -> [String]? {
        do {
            try body()
            return nil
        } catch let failure as BuildFailure {
            return failure.diagnostics.map(\.headline)
        } catch {
            return ["unexpected error: \(error)"]
        }
    }

    /// The headlines of the failure of building a one-page report whose page is `text`, or nil
    /// when the build succeeds.
    static func buildHeadlines(page text: String) async throws -> [String]? {
        let parent = try temporaryFolder()
        let report = try writeReport(in: parent, chapters: [("page", text)])
        do {
            _ = try await ReportBuilder.build(
                options(report: report, parent: parent), progress: ProgressReporter(mode: .silent))
            return nil
        } catch let failure as BuildFailure {
            return failure.diagnostics.map(\.headline)
        }
    }

    /// Loads, validates and plans a report, as a build does before running anything.
    static func check(_ folder: URL) throws {
        let report = try ReportLoader.load(directory: folder.path)
        let resolved = try Validator.validate(report)
        _ = try ExecutionPlan(directives: resolved, files: report.files)
    }
}
