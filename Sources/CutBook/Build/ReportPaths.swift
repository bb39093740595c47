import Foundation

/// Where a build writes: the site and the result cache live with the report, whatever the
/// working folder (`<report>/_build/` and `<report>/.cutbook-cache/`), unless `--out` and
/// `--cache` choose other folders.
///
/// ```swift
/// ReportPaths.output(report: "/home/me/study", given: nil)  // "/home/me/study/_build"
/// ReportPaths.cache(report: "/home/me/study", given: "/tmp/cache")  // "/tmp/cache"
/// ```
public enum ReportPaths {
    /// The site folder's name inside the report folder when `--out` is not given.
    public static let outputFolderName = "_build"
    /// The cache folder's name inside the report folder when `--cache` is not given.
    public static let cacheFolderName = ".cutbook-cache"

    /// The site folder: `given` (as written), or `_build/` in the report folder `report`.
    public static func output(report: String, given: String?) -> String {
        given ?? inside(report, outputFolderName)
    }

    /// The result cache folder: `given` (as written), or `.cutbook-cache/` in the report
    /// folder `report`.
    public static func cache(report: String, given: String?) -> String {
        given ?? inside(report, cacheFolderName)
    }

    /// The folders inside a report folder that are CutBook's own output, never the report's
    /// sources: the default site and cache folders.
    static func ownFolders(report: String) -> [String] {
        [inside(report, outputFolderName), inside(report, cacheFolderName)]
    }

    private static func inside(_ report: String, _ name: String) -> String {
        URL(fileURLWithPath: report).standardizedFileURL.appendingPathComponent(name).path
    }
}
