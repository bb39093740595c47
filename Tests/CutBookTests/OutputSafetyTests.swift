import Foundation
import Testing

@testable import CutBook

/// `--out` refuses every folder CutBook did not write, and the report's own folders, with exit
/// status 2 and a message saying why; a refused build touches no file.
@Suite struct OutputSafetyTests {
    /// A report `report` with one prose chapter in a new folder, and build options writing to
    /// `out` (relative to that folder) with the cache in `cache/`.
    private func setUp(out: String) throws -> (parent: URL, options: BuildOptions) {
        let parent = try Support.temporaryFolder()
        let report = try Support.writeReport(in: parent, chapters: [("one", "# One\n\nHi.\n")])
        var options = Support.options(report: report, parent: parent)
        options.outDirectory = parent.appendingPathComponent(out).path
        return (ResolvedPathBase.resolved(parent), options)
    }

    /// The message `build` refuses with, checking that no file under `parent` changed.
    private func refusal(_ options: BuildOptions, parent: URL) async throws -> String? {
        let before = try Tree.snapshot(parent)
        defer { #expect((try? Tree.snapshot(parent)) == before) }
        do {
            _ = try await ReportBuilder.build(options, progress: ProgressReporter(mode: .silent))
            return nil
        } catch let refusal as OutputRefusal {
            return refusal.message
        }
    }

    @Test func theReportFolderIsRefused() async throws {
        let (parent, options) = try setUp(out: "report")
        #expect(
            try await refusal(options, parent: parent)
                == "refusing to write the site into '\(parent.path)/report': it is the report folder, and its report.yml and chapters would be deleted; choose another --out, such as build/report"
        )
    }

    @Test func theReportFolderThroughDotDotAndALinkIsRefused() async throws {
        var (parent, options) = try setUp(out: "report/../report")
        #expect(
            try await refusal(options, parent: parent)?.contains("it is the report folder") == true)
        try FileManager.default.createSymbolicLink(
            atPath: parent.appendingPathComponent("alias").path, withDestinationPath: "report")
        options.outDirectory = parent.appendingPathComponent("alias").path
        #expect(
            try await refusal(options, parent: parent)?.contains("it is the report folder") == true)
    }

    @Test func aFolderContainingTheReportIsRefused() async throws {
        let (parent, options) = try setUp(out: ".")
        #expect(
            try await refusal(options, parent: parent)
                == "refusing to write the site into '\(parent.path)/.': it contains the report folder '\(parent.path)/report', which would be deleted; choose a folder outside it, such as build/report"
        )
    }

    @Test func theCacheFolderAndFoldersAroundItAreRefused() async throws {
        var (parent, options) = try setUp(out: "cache")
        try FileManager.default.createDirectory(
            at: parent.appendingPathComponent("cache"), withIntermediateDirectories: true)
        #expect(
            try await refusal(options, parent: parent)
                == "refusing to write the site into '\(parent.path)/cache': it is the result cache folder, whose results would be deleted; choose another --out"
        )
        options.cacheDirectory = parent.appendingPathComponent("keep/cache").path
        options.outDirectory = parent.appendingPathComponent("keep").path
        #expect(
            try await refusal(options, parent: parent)
                == "refusing to write the site into '\(parent.path)/keep': it contains the result cache folder '\(parent.path)/keep/cache', which would be deleted; choose another --out"
        )
        options.outDirectory = parent.appendingPathComponent("keep/cache/site").path
        #expect(
            try await refusal(options, parent: parent)
                == "refusing to write the site into '\(parent.path)/keep/cache/site': it is inside the result cache folder '\(parent.path)/keep/cache', which cutbook clean removes; choose a folder outside it"
        )
    }

    @Test func aFolderHoldingADataFileOrTheTemplatesIsRefused() async throws {
        let parent = try Support.temporaryFolder()
        let report = try Support.writeReport(
            in: parent,
            chapters: [
                ("one", "# One\n\n<<data csv file=data/points.csv columns=x truth=t as=p>>\n")
            ])
        let data = report.appendingPathComponent("data")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        try "x,t\n1,0\n2,1\n".write(
            to: data.appendingPathComponent("points.csv"), atomically: true, encoding: .utf8)
        var options = Support.options(report: report, parent: parent)
        options.outDirectory = data.path
        let root = ResolvedPathBase.resolved(parent).path
        #expect(
            try await refusal(options, parent: parent)
                == "refusing to write the site into '\(data.path)': it contains '\(root)/report/data/points.csv', which the report is built from and would be deleted; choose another --out"
        )
        let templates = parent.appendingPathComponent("templates")
        try FileManager.default.copyItem(at: Support.templates, to: templates)
        options.templatesDirectory = templates.path
        options.outDirectory = templates.path
        #expect(
            try await refusal(options, parent: parent)
                == "refusing to write the site into '\(templates.path)': it is the templates folder, which would be deleted; choose another --out"
        )
        options.outDirectory = templates.appendingPathComponent("site").path
        #expect(
            try await refusal(options, parent: parent)
                == "refusing to write the site into '\(templates.path)/site': it is inside the templates folder '\(root)/templates'; choose a folder outside it"
        )
    }

    @Test func aFileIsRefused() async throws {
        let (parent, options) = try setUp(out: "notes.txt")
        try "mine\n".write(
            to: parent.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
        #expect(
            try await refusal(options, parent: parent)
                == "refusing to write the site into '\(parent.path)/notes.txt': it exists and is not a folder; remove it or choose another --out"
        )
    }

    @Test func aDanglingLinkIsRefused() async throws {
        let (parent, options) = try setUp(out: "gone")
        try FileManager.default.createSymbolicLink(
            atPath: parent.appendingPathComponent("gone").path, withDestinationPath: "missing")
        #expect(
            try await refusal(options, parent: parent)
                == "refusing to write the site into '\(parent.path)/gone': it exists and is not a folder; remove it or choose another --out"
        )
    }

    @Test func aFolderCutBookDidNotWriteIsRefused() async throws {
        let (parent, options) = try setUp(out: "docs")
        let docs = parent.appendingPathComponent("docs")
        try FileManager.default.createDirectory(
            at: docs.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try "\\documentclass{article}\n".write(
            to: docs.appendingPathComponent("thesis.tex"), atomically: true, encoding: .utf8)
        try Data([0, 1, 2]).write(to: docs.appendingPathComponent("sub/data.bin"))
        #expect(
            try await refusal(options, parent: parent)
                == "refusing to write the site into '\(docs.path)': the folder is not empty and has no .cutbook-site marker, so CutBook did not write it and will not replace it; empty or remove it yourself, or choose another --out"
        )
    }

    @Test func anEmptyFolderIsAdoptedAndMarked() async throws {
        let (parent, options) = try setUp(out: "site")
        let site = parent.appendingPathComponent("site")
        try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
        _ = try await ReportBuilder.build(options, progress: ProgressReporter(mode: .silent))
        let marker = try String(
            contentsOf: site.appendingPathComponent(SiteMarker.marker.fileName), encoding: .utf8)
        #expect(marker.hasPrefix("cutbook-site 1\n"))
        #expect(SiteMarker.marks(site.path))
        // The marked site is replaced by the next build.
        _ = try await ReportBuilder.build(options, progress: ProgressReporter(mode: .silent))
        #expect(
            FileManager.default.fileExists(atPath: site.appendingPathComponent("one.html").path))
    }

    @Test func aSiteOfAnEarlierCutBookWithoutMarkerIsReplaced() async throws {
        let (parent, options) = try setUp(out: "old")
        let old = parent.appendingPathComponent("old")
        try FileManager.default.createDirectory(at: old, withIntermediateDirectories: true)
        try "<html><head><meta name=\"generator\" content=\"CutBook 0.0.9\" /></head></html>\n"
            .write(to: old.appendingPathComponent("index.html"), atomically: true, encoding: .utf8)
        _ = try await ReportBuilder.build(options, progress: ProgressReporter(mode: .silent))
        #expect(
            FileManager.default.fileExists(atPath: old.appendingPathComponent(".cutbook-site").path)
        )
    }

    @Test func aParentThatIsAFileIsAOneLineWriteError() async throws {
        let (parent, options) = try setUp(out: "plain/site")
        try "x".write(to: parent.appendingPathComponent("plain"), atomically: true, encoding: .utf8)
        do {
            _ = try await ReportBuilder.build(options, progress: ProgressReporter(mode: .silent))
            Issue.record("the build should fail")
        } catch let failure as OutputFailure {
            #expect(
                failure.description
                    == "cannot create the folder '\(parent.path)/plain': a part of the path is a file, not a folder; remove that file or choose another --out"
            )
        }
    }

    @Test func foundationErrorsBecomeOneLineMessages() {
        let underlying = NSError(domain: NSPOSIXErrorDomain, code: Int(ENOSPC))
        let cocoa = NSError(
            domain: NSCocoaErrorDomain, code: CocoaError.fileWriteUnknown.rawValue,
            userInfo: [NSUnderlyingErrorKey: underlying, NSFilePathErrorKey: "/out/a.png"])
        #expect(
            OutputFailure(path: "/out", error: cocoa).description
                == "cannot write '/out/a.png': no space left on device; free space or choose another --out"
        )
        let readOnly = CocoaError(.fileWriteVolumeReadOnly)
        #expect(
            OutputFailure(path: "/ro/site", error: readOnly).description
                == "cannot write '/ro/site': the file system is read-only; choose another --out on a writable file system"
        )
        #expect(
            OutputFailure(path: "/mnt", action: "replace", code: EBUSY).description
                == "cannot replace '/mnt': the folder is in use (a mount point or open elsewhere); unmount or close it, or choose another --out"
        )
        #expect(
            OutputFailure(path: "/p", code: EACCES).description
                == "cannot write '/p': permission denied; make the folder writable or choose another --out"
        )
    }
}

/// Resolving a test's temporary folder the way the builder resolves paths (so that messages
/// naming resolved paths can be compared).
enum ResolvedPathBase {
    static func resolved(_ url: URL) -> URL {
        URL(fileURLWithPath: ResolvedPath.of(url.path))
    }
}

/// Every path under a folder with its bytes (files) or nil (folders), to show a refused build
/// touched nothing.
enum Tree {
    static func snapshot(_ root: URL) throws -> [String: Data?] {
        var entries: [String: Data?] = [:]
        let manager = FileManager.default
        guard let paths = manager.enumerator(atPath: root.path) else { return entries }
        while let path = paths.nextObject() as? String {
            let full = root.appendingPathComponent(path).path
            let type = try manager.attributesOfItem(atPath: full)[.type] as? FileAttributeType
            switch type {
            case .typeDirectory: entries[path] = .some(nil)
            case .typeSymbolicLink:
                entries[path] = Data(try manager.destinationOfSymbolicLink(atPath: full).utf8)
            default: entries[path] = try Data(contentsOf: URL(fileURLWithPath: full))
            }
        }
        return entries
    }
}
