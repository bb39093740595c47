import Foundation
import Testing

@testable import CutBook

/// A report reads only inside its folder (and, for data, the folders `data_folders:` lists), and
/// writes only pages whose names stay inside the output folder.
@Suite struct ConfinementTests {
    private static let csv = "x,label\n1,1\n2,0\n3,1\n"
    private static let secret = "SECRET-LINE,do not publish\n"
    private let inside = "a report may only read files inside its folder report/"
    private let insideData =
        "a data file must lie inside the report folder report/ or inside a folder listed under data_folders: in report.yml"
    private let fixInside =
        "move or copy the file into the report folder and name it relative to it"
    private let fixData =
        "move or copy the file into the report folder, or list its folder under data_folders: in report.yml"

    /// A parent folder with `secret.md` and `secret.csv` beside the report.
    private func parentWithSecrets() throws -> URL {
        let parent = try Support.temporaryFolder()
        try Self.secret.write(
            to: parent.appendingPathComponent("secret.md"), atomically: true, encoding: .utf8)
        try Self.secret.write(
            to: parent.appendingPathComponent("secret.csv"), atomically: true, encoding: .utf8)
        return parent
    }

    private func headlines(_ folder: URL) -> [String] {
        Support.headlines { try Support.check(folder) } ?? ["no error"]
    }

    /// Every file below `folder` with its contents, to show that a refused build changed nothing.
    private func snapshot(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        while let path = enumerator?.nextObject() as? String {
            let url = folder.appendingPathComponent(path)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory),
                !isDirectory.boolValue
            {
                files[path] = FileManager.default.contents(atPath: url.path)
            } else {
                files[path + "/"] = Data()
            }
        }
        return files
    }

    /// Builds the report into `parent/out`; expects a refusal that leaves `parent` as it was.
    private func refusedBuild(_ folder: URL, parent: URL) async throws -> [String] {
        let before = try snapshot(parent)
        var found: [String] = []
        do {
            _ = try await ReportBuilder.build(
                Support.options(report: folder, parent: parent),
                progress: ProgressReporter(mode: .silent))
        } catch let failure as BuildFailure {
            found = failure.diagnostics.map(\.headline)
        }
        #expect(try snapshot(parent) == before, "a refused build changed files")
        return found
    }

    @Test func includeEscapingWithDotsIsRefused() async throws {
        let parent = try parentWithSecrets()
        let folder = try Support.writeReport(
            in: parent, chapters: [("page", "# P\n\n<<include ../../../../etc/passwd>>\n")])
        let found = try await refusedBuild(folder, parent: parent)
        #expect(
            found == [
                "report/page.md:3:11: error: <<include>> file '../../../../etc/passwd' leads outside the report folder: \(inside); \(fixInside)"
            ])
    }

    @Test func absoluteIncludeIsRefused() throws {
        let parent = try parentWithSecrets()
        let secret = parent.appendingPathComponent("secret.md").path
        let folder = try Support.writeReport(
            in: parent, chapters: [("page", "<<include \(secret)>>\n")])
        #expect(
            headlines(folder) == [
                "report/page.md:1:11: error: <<include>> file '\(secret)' is an absolute path: \(inside), named relative to the report folder; \(fixInside)"
            ])
    }

    @Test func dataFileEscapingIsRefusedWithoutShowingTheFile() async throws {
        let parent = try parentWithSecrets()
        let folder = try Support.writeReport(
            in: parent,
            chapters: [
                ("page", "Text.\n\n<<data csv file=../secret.csv columns=x truth=label as=d>>\n")
            ])
        let found = try await refusedBuild(folder, parent: parent)
        #expect(
            found == [
                "report/page.md:3:17: error: <<data>> file '../secret.csv' leads outside the report folder: \(insideData); \(fixData)"
            ])
        #expect(!found.joined().contains("SECRET"))
    }

    @Test func absoluteDataFileIsRefused() throws {
        let parent = try parentWithSecrets()
        let folder = try Support.writeReport(
            in: parent, chapters: [("page", "<<data npy file=/etc/passwd as=d>>\n")])
        #expect(
            headlines(folder) == [
                "report/page.md:1:17: error: <<data>> file '/etc/passwd' is an absolute path: \(insideData), named relative to the report folder; \(fixData)"
            ])
    }

    @Test func fileSymlinksPointingOutsideAreRefused() throws {
        let parent = try parentWithSecrets()
        let folder = try Support.writeReport(
            in: parent,
            chapters: [
                (
                    "page",
                    "<<include part.md>>\n"
                )
            ],
            settings: "title: T\nchapters: [page, linked]\n")
        let manager = FileManager.default
        let secretMD = parent.appendingPathComponent("secret.md").path
        try manager.createSymbolicLink(
            atPath: folder.appendingPathComponent("part.md").path, withDestinationPath: secretMD)
        try manager.createSymbolicLink(
            atPath: folder.appendingPathComponent("linked.md").path,
            withDestinationPath: "../secret.md")
        let link = "leads outside the report folder through a symbolic link"
        let hint = "replace the link by the file itself, or"
        #expect(
            headlines(folder) == [
                "report/report.yml:2:18: error: chapter 'linked' (file linked.md) \(link): \(inside); \(hint) \(fixInside)",
                "report/page.md:1:11: error: <<include>> file 'part.md' \(link): \(inside); \(hint) \(fixInside)",
            ])
    }

    @Test func dataLinksToOutsideFilesFoldersAndNowhereAreRefused() throws {
        let parent = try parentWithSecrets()
        let folder = try Support.writeReport(
            in: parent,
            chapters: [
                (
                    "page",
                    "<<data csv file=outside/secret.csv columns=x truth=label as=a>>\n<<data npy file=gone.npy as=b>>\n<<data csv file=events.csv columns=x truth=label as=c>>\n"
                )
            ])
        let manager = FileManager.default
        try manager.createSymbolicLink(
            atPath: folder.appendingPathComponent("outside").path, withDestinationPath: "..")
        try manager.createSymbolicLink(
            atPath: folder.appendingPathComponent("gone.npy").path,
            withDestinationPath: parent.appendingPathComponent("no-such-file.npy").path)
        try manager.createSymbolicLink(
            atPath: folder.appendingPathComponent("events.csv").path,
            withDestinationPath: parent.appendingPathComponent("secret.csv").path)
        let link = "leads outside the report folder through a symbolic link"
        let hint = "replace the link by the file itself, or"
        #expect(
            headlines(folder) == [
                "report/page.md:1:17: error: <<data>> file 'outside/secret.csv' \(link): \(insideData); \(hint) \(fixData)",
                "report/page.md:2:17: error: <<data>> file 'gone.npy' \(link): \(insideData); \(hint) \(fixData)",
                "report/page.md:3:17: error: <<data>> file 'events.csv' \(link): \(insideData); \(hint) \(fixData)",
            ])
    }

    @Test func symlinksInsideTheReportAreFollowed() async throws {
        let parent = try Support.temporaryFolder()
        let folder = try Support.writeReport(
            in: parent,
            chapters: [
                (
                    "page",
                    "# Linked\n\n<<include parts/intro.md>>\n\n<<data csv file=data/events.csv columns=x truth=label as=d>>\n\nEvents: <<value d.events fmt=d>>.\n"
                )
            ])
        let manager = FileManager.default
        let real = folder.appendingPathComponent("real")
        try manager.createDirectory(at: real, withIntermediateDirectories: true)
        try "Intro text.\n".write(
            to: real.appendingPathComponent("intro.md"), atomically: true, encoding: .utf8)
        try Self.csv.write(
            to: real.appendingPathComponent("events.csv"), atomically: true, encoding: .utf8)
        try manager.createSymbolicLink(
            atPath: folder.appendingPathComponent("parts").path, withDestinationPath: "real")
        try manager.createSymbolicLink(
            atPath: folder.appendingPathComponent("data").path, withDestinationPath: real.path)
        let summary = try await ReportBuilder.build(
            Support.options(report: folder, parent: parent),
            progress: ProgressReporter(mode: .silent))
        let page = try String(
            contentsOf: summary.outDirectory.appendingPathComponent("page.html"), encoding: .utf8)
        #expect(page.contains("Intro text."))
        #expect(page.contains("Events: <span class=\"value\">3</span>."))
    }

    @Test func dataFoldersAllowDataBesideTheReport() async throws {
        let parent = try Support.temporaryFolder()
        let shared = parent.appendingPathComponent("shared-data")
        let absolute = parent.appendingPathComponent("absolute-data")
        for folder in [shared, absolute] {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Self.csv.write(
                to: folder.appendingPathComponent("events.csv"), atomically: true, encoding: .utf8)
        }
        let folder = try Support.writeReport(
            in: parent,
            chapters: [
                (
                    "page",
                    "<<data csv file=../shared-data/events.csv columns=x truth=label as=a>>\n<<data csv file=../absolute-data/events.csv columns=x truth=label as=b>>\n\nA <<value a.events fmt=d>>, b <<value b.signal fmt=d>>.\n"
                )
            ],
            settings:
                "title: T\nchapters: [page]\ndata_folders: [../shared-data, \(absolute.path)]\n")
        let summary = try await ReportBuilder.build(
            Support.options(report: folder, parent: parent),
            progress: ProgressReporter(mode: .silent))
        let page = try String(
            contentsOf: summary.outDirectory.appendingPathComponent("page.html"), encoding: .utf8)
        #expect(
            page.contains(
                "A <span class=\"value\">3</span>, b <span class=\"value\">2</span>."))
    }

    @Test func dataFoldersDoNotOpenIncludes() throws {
        let parent = try Support.temporaryFolder()
        let shared = parent.appendingPathComponent("shared")
        try FileManager.default.createDirectory(at: shared, withIntermediateDirectories: true)
        try "Shared.\n".write(
            to: shared.appendingPathComponent("part.md"), atomically: true, encoding: .utf8)
        let folder = try Support.writeReport(
            in: parent, chapters: [("page", "<<include ../shared/part.md>>\n")],
            settings: "title: T\nchapters: [page]\ndata_folders: [../shared]\n")
        #expect(
            headlines(folder) == [
                "report/page.md:1:11: error: <<include>> file '../shared/part.md' leads outside the report folder: \(inside); \(fixInside)"
            ])
    }

    @Test func badDataFoldersAreLocated() throws {
        let parent = try Support.temporaryFolder()
        try "not a folder".write(
            to: parent.appendingPathComponent("file.txt"), atomically: true, encoding: .utf8)
        let folder = try Support.writeReport(
            in: parent, chapters: [("page", "Text.\n")],
            settings: "title: T\nchapters: [page]\ndata_folders: [../missing, ../file.txt, \"\"]\n")
        let expected = "expected an existing folder, relative to report.yml or absolute"
        #expect(
            headlines(folder) == [
                "report/report.yml:3:41: error: data_folders: an entry is empty: expected a folder path"
            ])
        try "title: T\nchapters: [page]\ndata_folders: [../missing, ../file.txt]\n".write(
            to: folder.appendingPathComponent("report.yml"), atomically: true, encoding: .utf8)
        #expect(
            headlines(folder) == [
                "report/report.yml:3:16: error: data_folders: '../missing' is not a folder: \(expected); create it or fix the path",
                "report/report.yml:3:28: error: data_folders: '../file.txt' is not a folder: \(expected); create it or fix the path",
            ])
        try "title: T\nchapters: [page]\ndata_folders: {a: b}\n".write(
            to: folder.appendingPathComponent("report.yml"), atomically: true, encoding: .utf8)
        #expect(
            headlines(folder) == [
                "report/report.yml:3:15: error: 'data_folders' expects a list of texts"
            ])
    }

    @Test func pageNamesStayInsideTheOutput() async throws {
        let parent = try parentWithSecrets()
        try "old".write(
            to: parent.appendingPathComponent("secret.html"), atomically: true, encoding: .utf8)
        let folder = try Support.writeReport(
            in: parent, chapters: [("a", "# A\n"), ("index", "# I\n"), ("scan", "# S\n")],
            settings:
                "title: T\nchapters:\n  - a\n  - ../secret\n  - index\n  - sub/page\n  - .hidden\n  - a\n  - Scan\n  - scan\n  - two words\n"
        )
        let found = try await refusedBuild(folder, parent: parent)
        let rule = "use ASCII letters, digits, '-' and '_' only (no '/', '.' or spaces)"
        let rename = "rename the file and its entry in chapters:"
        let once = "list each chapter once, with names that differ in more than case"
        #expect(
            found == [
                "report/report.yml:4:5: error: chapter '../secret' is not a page name: \(rule); it names ../secret.md and the page ../secret.html; \(rename)",
                "report/report.yml:5:5: error: chapter 'index' cannot be used: index.html is the report's contents page; rename index.md and its entry in chapters:",
                "report/report.yml:6:5: error: chapter 'sub/page' is not a page name: \(rule); it names sub/page.md and the page sub/page.html; \(rename)",
                "report/report.yml:7:5: error: chapter '.hidden' is not a page name: \(rule); it names .hidden.md and the page .hidden.html; \(rename)",
                "report/report.yml:8:5: error: chapter 'a' is listed twice in chapters:; \(once)",
                "report/report.yml:10:5: error: chapter 'scan' names the same page as 'Scan' (page names differ only in case); \(once)",
                "report/report.yml:11:5: error: chapter 'two words' is not a page name: \(rule); it names two words.md and the page two words.html; \(rename)",
            ])
        #expect(
            try String(contentsOf: parent.appendingPathComponent("secret.html"), encoding: .utf8)
                == "old")
    }

    @Test func settingsLinkedFromOutsideAreRefused() throws {
        let parent = try parentWithSecrets()
        let folder = parent.appendingPathComponent("report")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "title: Outside\nchapters: [secret]\n".write(
            to: parent.appendingPathComponent("outside.yml"), atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(
            atPath: folder.appendingPathComponent("report.yml").path,
            withDestinationPath: "../outside.yml")
        #expect(
            headlines(folder) == [
                "report/report.yml:1:1: error: report.yml leads outside the report folder through a symbolic link: \(inside); replace the link by the file itself, or \(fixInside)"
            ])
    }
}
