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

    static func notAFolder(_ folder: String) -> OutputRefusal {
        OutputRefusal(
            folder: folder, reason: "it exists and is not a folder",
            fix: "remove it or choose another --out")
    }

    static func notCutBooks(_ folder: String) -> OutputRefusal {
        OutputRefusal(
            folder: folder,
            reason:
                "the folder is not empty and has no \(SiteMarker.marker.fileName) marker, so CutBook did not write it and will not replace it",
            fix: "empty or remove it yourself, or choose another --out")
    }
}
