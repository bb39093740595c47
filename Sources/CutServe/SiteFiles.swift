import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The files of a site folder as the preview server may hand them out: a request path names a
/// regular file inside the folder, or nothing.
///
/// A path is refused (the server answers 404) when one of its segments is `..`, `.` or another
/// name that starts with a dot (so `.cutbook-site` stays private too), or holds a NUL or a
/// backslash, and when the file it names, with every symbolic link resolved, lies outside the
/// folder or is not a regular file. A folder stands for its `index.html`. Request paths are
/// always read from the site folder, so `//etc/passwd` is `etc/passwd` inside it.
///
/// ```swift
/// let site = SiteFiles(root: "build/quickstart")
/// site.file(for: "/scan.html")          // …/build/quickstart/scan.html
/// site.file(for: "/../report.yml")      // nil
/// ```
struct SiteFiles: Sendable {
    /// The site folder as given.
    let root: String

    /// The regular file inside `root` that `requestPath` (percent-decoded) names, resolved;
    /// nil when there is none or the path is refused.
    func file(for requestPath: String) -> URL? {
        let segments = requestPath.split(separator: "/", omittingEmptySubsequences: true)
        guard segments.allSatisfy(Self.isAllowed) else { return nil }
        guard let resolvedRoot = Self.realPath(root) else { return nil }
        var candidate = ([resolvedRoot] + segments.map(String.init)).joined(separator: "/")
        if Self.isFolder(candidate) { candidate += "/index.html" }
        guard let resolved = Self.realPath(candidate), resolved.hasPrefix(resolvedRoot + "/"),
            Self.isRegularFile(resolved)
        else { return nil }
        return URL(fileURLWithPath: resolved)
    }

    /// Whether one segment of a request path may name a file of the site.
    static func isAllowed(_ segment: Substring) -> Bool {
        !segment.hasPrefix(".") && !segment.contains("\0") && !segment.contains("\\")
    }

    /// `path` with every symbolic link, `.` and `..` resolved; nil when it does not exist.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    private static func isFolder(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR
    }

    private static func isRegularFile(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG
    }

    /// The media type of a site file, from its extension.
    static func contentType(of url: URL) -> String {
        mediaTypes[url.pathExtension.lowercased()] ?? "application/octet-stream"
    }

    /// The extensions a CutBook site holds, with their media types.
    static let mediaTypes: [String: String] = [
        "html": "text/html; charset=utf-8",
        "css": "text/css; charset=utf-8",
        "js": "text/javascript; charset=utf-8",
        "json": "application/json",
        "svg": "image/svg+xml",
        "png": "image/png",
        "jpg": "image/jpeg",
        "pdf": "application/pdf",
        "txt": "text/plain; charset=utf-8",
        "csv": "text/csv; charset=utf-8",
        "onnx": "application/octet-stream",
        "woff2": "font/woff2",
    ]
}
