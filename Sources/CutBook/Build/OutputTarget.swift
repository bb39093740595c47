import Foundation

/// Decides where a build may write its site, before anything is computed: CutBook replaces only
/// a folder it wrote itself (it carries `SiteMarker`) or an empty one, and never a folder that
/// holds the report, its sources, the templates or the result cache.
enum OutputTarget {
    /// The resolved path of the site folder for `options` and `report`, or `OutputRefusal`
    /// saying why that folder cannot be used. `templates` is the templates folder in use.
    static func resolve(_ options: BuildOptions, report: Report, templates: URL) throws
        -> String
    {
        let given = options.resolvedOutDirectory
        let out = ResolvedPath.of(given)
        let reportFolder = ResolvedPath.of(report.directory)
        if out == reportFolder {
            throw OutputMessages.isReportFolder(given, report: report.name)
        }
        if ResolvedPath.isInside(reportFolder, out) {
            throw OutputMessages.containsReport(
                given, reportFolder: shown(reportFolder), report: report.name)
        }
        let cache = ResolvedPath.of(options.cacheDirectory)
        if out == cache { throw OutputMessages.isCache(given) }
        if ResolvedPath.isInside(cache, out) {
            throw OutputMessages.containsCache(given, cache: shown(cache))
        }
        if ResolvedPath.isInside(out, cache) {
            throw OutputMessages.insideCache(given, cache: shown(cache))
        }
        for source in sources(of: report) where ResolvedPath.isInside(source, out) {
            throw OutputMessages.containsSource(given, source: shown(source))
        }
        let templatesFolder = ResolvedPath.of(templates.path)
        if ResolvedPath.isInside(templatesFolder, out) {
            throw OutputMessages.containsTemplates(
                given, templates: out == templatesFolder ? nil : shown(templatesFolder))
        }
        if ResolvedPath.isInside(out, templatesFolder) {
            throw OutputMessages.insideTemplates(given, templates: shown(templatesFolder))
        }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: out, isDirectory: &isFolder) else {
            // Only a dangling symbolic link is left unresolved: it is not a folder either.
            let attributes = try? FileManager.default.attributesOfItem(atPath: out)
            if attributes?[.type] as? FileAttributeType == .typeSymbolicLink {
                throw OutputMessages.notAFolder(given)
            }
            return out
        }
        guard isFolder.boolValue else { throw OutputMessages.notAFolder(given) }
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: out)) ?? []
        if !entries.isEmpty && !SiteMarker.marks(out) { throw OutputMessages.notCutBooks(given) }
        return out
    }

    /// The files the report is built from (resolved): report.yml, the chapters and every data
    /// file a directive reads.
    static func sources(of report: Report) -> [String] {
        let folder = URL(fileURLWithPath: report.directory)
        var files = ["report.yml"] + report.studies.map { $0.name + ".md" }
        files += report.allDirectives.compactMap { $0.option("file")?.value }
        return files.map { ResolvedPath.of(folder.appendingPathComponent($0).path) }
    }

    /// `path` relative to the working folder when it lies inside it.
    static func shown(_ path: String) -> String {
        BuildInterruption.displayPath(path)
    }
}
