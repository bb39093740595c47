/// Why `cutbook build` will not write its site into the folder `--out` names.
///
/// ```swift
/// var options = BuildOptions(reportDirectory: "reports/workshop")
/// options.outDirectory = "/home/me/Documents"  // not a folder CutBook wrote
/// do {
///     _ = try await ReportBuilder.build(options, progress: .automatic())
/// } catch let refusal as OutputRefusal {
///     print("error: \(refusal)")  // names the folder and how to choose another
/// }
/// ```
public struct OutputRefusal: Error, Sendable, CustomStringConvertible {
    /// The one-line message: the folder, why, and what to do.
    public var message: String

    /// A refusal to write into `folder` (as the user wrote it) because `reason`; `fix` says
    /// what to do instead.
    init(folder: String, reason: String, fix: String) {
        message = "refusing to write the site into '\(folder)': \(reason); \(fix)"
    }

    /// A refusal to keep the result cache in `folder` (as the user wrote it) because `reason`.
    init(cacheFolder folder: String, reason: String, fix: String) {
        message = "refusing to use '\(folder)' as the result cache: \(reason); \(fix)"
    }

    /// The message.
    public var description: String { message }
}

/// The messages of output checks (`OutputTarget`) and of `cutbook clean`.
enum OutputMessages {
    static func isReportFolder(_ folder: String, report: String) -> OutputRefusal {
        OutputRefusal(
            folder: folder,
            reason: "it is the report folder, and its report.yml and chapters would be deleted",
            fix: "choose another --out, such as build/\(report)")
    }

    static func containsReport(_ folder: String, reportFolder: String, report: String)
        -> OutputRefusal
    {
        OutputRefusal(
            folder: folder,
            reason: "it contains the report folder '\(reportFolder)', which would be deleted",
            fix: "choose a folder outside it, such as build/\(report)")
    }

    static func isCache(_ folder: String) -> OutputRefusal {
        OutputRefusal(
            folder: folder, reason: "it is the result cache folder, whose results would be deleted",
            fix: "choose another --out")
    }

    static func containsCache(_ folder: String, cache: String) -> OutputRefusal {
        OutputRefusal(
            folder: folder,
            reason: "it contains the result cache folder '\(cache)', which would be deleted",
            fix: "choose another --out")
    }

    static func insideCache(_ folder: String, cache: String) -> OutputRefusal {
        OutputRefusal(
            folder: folder,
            reason: "it is inside the result cache folder '\(cache)', which cutbook clean removes",
            fix: "choose a folder outside it")
    }

    static func containsSource(_ folder: String, source: String) -> OutputRefusal {
        OutputRefusal(
            folder: folder,
            reason: "it contains '\(source)', which the report is built from and would be deleted",
            fix: "choose another --out")
    }

    static func containsTemplates(_ folder: String, templates: String?) -> OutputRefusal {
        OutputRefusal(
            folder: folder,
            reason: templates.map {
                "it contains the templates folder '\($0)', which would be deleted"
            }
                ?? "it is the templates folder, which would be deleted",
            fix: "choose another --out")
    }

    static func insideTemplates(_ folder: String, templates: String) -> OutputRefusal {
        OutputRefusal(
            folder: folder, reason: "it is inside the templates folder '\(templates)'",
            fix: "choose a folder outside it")
    }

    /// `folder` is a file: as the site folder, or (`cache`) as the cache folder.
    static func notAFolder(_ folder: String, cache: Bool = false) -> OutputRefusal {
        let reason = "it exists and is not a folder"
        return cache
            ? OutputRefusal(
                cacheFolder: folder, reason: reason, fix: "remove it or choose another --cache")
            : OutputRefusal(
                folder: folder, reason: reason, fix: "remove it or choose another --out")
    }

    static func notCutBooks(_ folder: String) -> OutputRefusal {
        OutputRefusal(
            folder: folder,
            reason:
                "the folder is not empty and has no \(SiteMarker.marker.fileName) marker, so CutBook did not write it and will not replace it",
            fix: "empty or remove it yourself, or choose another --out")
    }

    // MARK: The cache folder

    static func cacheIsReportFolder(_ folder: String) -> OutputRefusal {
        OutputRefusal(
            cacheFolder: folder,
            reason:
                "it is the report folder, and cutbook clean, which removes the cache folder, would delete the report",
            fix: "choose another --cache, or leave it out for .cutbook-cache/ in the report folder")
    }

    static func cacheContainsReport(_ folder: String, reportFolder: String) -> OutputRefusal {
        OutputRefusal(
            cacheFolder: folder,
            reason:
                "it contains the report folder '\(reportFolder)', which cutbook clean would delete with the cache",
            fix: "choose another --cache, or leave it out for .cutbook-cache/ in the report folder")
    }

    static func cacheContainsSource(_ folder: String, source: String) -> OutputRefusal {
        OutputRefusal(
            cacheFolder: folder,
            reason:
                "it contains '\(source)', which the report is built from and cutbook clean would delete",
            fix: "choose another --cache")
    }

    static func cacheOverlapsTemplates(_ folder: String, templates: String) -> OutputRefusal {
        OutputRefusal(
            cacheFolder: folder,
            reason: "it overlaps the templates folder '\(templates)'",
            fix: "choose a folder apart from it")
    }

    static func cacheNotCutBooks(_ folder: String) -> OutputRefusal {
        OutputRefusal(
            cacheFolder: folder,
            reason:
                "the folder is not empty and is not a CutBook result cache (no \(CacheDirectoryTag.marker.fileName)), and cutbook clean would delete it whole",
            fix: "choose an empty or new folder, or an existing CutBook cache")
    }
}
