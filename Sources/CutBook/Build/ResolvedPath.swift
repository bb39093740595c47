import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Absolute paths with symbolic links and `..` resolved, so that two spellings of one folder
/// compare equal (`--out ./rep/../rep` and `--out rep`, or a link to the report folder).
enum ResolvedPath {
    /// `path` made absolute (from the working folder) with every symbolic link and `.`/`..`
    /// resolved. The longest existing prefix goes through `realpath`; the rest, which does not
    /// exist yet, is normalised by its names.
    static func of(_ path: String) -> String {
        let absolute =
            path.hasPrefix("/")
            ? path : FileManager.default.currentDirectoryPath + "/" + path
        var existing = absolute.split(separator: "/").map(String.init)
        var pending: [String] = []
        while true {
            if let real = realpath("/" + existing.joined(separator: "/"), nil) {
                defer { free(real) }
                let base = String(cString: real)
                return normalised(([base] + pending.reversed()).joined(separator: "/"))
            }
            guard let last = existing.popLast() else { return normalised(absolute) }
            pending.append(last)
        }
    }

    /// `path` (absolute) with empty components, `.` and `..` removed by name.
    static func normalised(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/") {
            switch part {
            case ".": continue
            case "..": _ = parts.popLast()
            default: parts.append(part)
            }
        }
        return "/" + parts.joined(separator: "/")
    }

    /// Whether the resolved path `inner` is `outer` or lies inside it.
    static func isInside(_ inner: String, _ outer: String) -> Bool {
        inner == outer || outer == "/" || inner.hasPrefix(outer + "/")
    }
}
