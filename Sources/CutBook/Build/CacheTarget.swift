import Foundation

/// Decides, before anything is computed, whether a build may keep its results in the cache
/// folder (`--cache`, or the report's `.cutbook-cache/`): an empty or missing folder, or one
/// that is already CutBook's cache (`CacheDirectoryTag`). Never the report folder, a folder
/// holding the report, its sources or the templates, nor a folder of other files: the cache
/// gets a `CACHEDIR.TAG`, and `cutbook clean` removes a tagged folder whole.
enum CacheTarget {
    /// Throws `OutputRefusal` saying why the cache folder for `options` cannot be used.
    /// `templates` is the templates folder in use (nil for the built-in layout).
    static func check(_ options: BuildOptions, report: Report, templates: URL?) throws {
        let given = options.cacheFolder(of: report)
        let cache = ResolvedPath.of(given)
        let reportFolder = ResolvedPath.of(report.directory)
        if ResolvedPath.isInside(reportFolder, cache) {
            throw cache == reportFolder
                ? OutputMessages.cacheIsReportFolder(given)
                : OutputMessages.cacheContainsReport(given, reportFolder: shown(reportFolder))
        }
        for source in OutputTarget.sources(of: report) where ResolvedPath.isInside(source, cache) {
            throw OutputMessages.cacheContainsSource(given, source: shown(source))
        }
        if let templates {
            let folder = ResolvedPath.of(templates.path)
            if ResolvedPath.isInside(folder, cache) || ResolvedPath.isInside(cache, folder) {
                throw OutputMessages.cacheOverlapsTemplates(given, templates: shown(folder))
            }
        }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: cache, isDirectory: &isFolder) else {
            return
        }
        guard isFolder.boolValue else { throw OutputMessages.notAFolder(given, cache: true) }
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: cache)) ?? []
        if !entries.isEmpty && !CacheDirectoryTag.marks(cache) {
            throw OutputMessages.cacheNotCutBooks(given)
        }
    }

    private static func shown(_ path: String) -> String {
        OutputTarget.shown(path)
    }
}
