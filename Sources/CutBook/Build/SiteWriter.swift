import Foundation

/// Writes a site atomically: into a temporary folder beside the target, which then replaces
/// the target by renames. A failure before the swap leaves the previous site untouched.
enum SiteWriter {
    /// Writes `files` to `target`. With `keepingOthers`, files of the previous site that are not
    /// rewritten are kept (a `--study` build); otherwise the site is exactly `files`.
    static func write(_ files: [String: Data], to target: URL, keepingOthers: Bool) throws {
        let manager = FileManager.default
        let parent = target.deletingLastPathComponent()
        try manager.createDirectory(at: parent, withIntermediateDirectories: true)
        let token = UUID().uuidString.prefix(8)
        let temporary = parent.appendingPathComponent(".\(target.lastPathComponent).new-\(token)")
        let previous = parent.appendingPathComponent(".\(target.lastPathComponent).old-\(token)")
        do {
            if keepingOthers && manager.fileExists(atPath: target.path) {
                try manager.copyItem(at: target, to: temporary)
            } else {
                try manager.createDirectory(at: temporary, withIntermediateDirectories: true)
            }
            for path in files.keys.sorted() {
                let url = temporary.appendingPathComponent(path)
                try manager.createDirectory(
                    at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try files[path]!.write(to: url)
            }
        } catch {
            try? manager.removeItem(at: temporary)
            throw error
        }
        if manager.fileExists(atPath: target.path) {
            try manager.moveItem(at: target, to: previous)
            do {
                try manager.moveItem(at: temporary, to: target)
            } catch {
                try? manager.moveItem(at: previous, to: target)
                throw error
            }
            try? manager.removeItem(at: previous)
        } else {
            try manager.moveItem(at: temporary, to: target)
        }
    }
}
