import Foundation

/// Writes a site atomically: into a temporary folder beside the target, which then replaces
/// the target by renames. A failure before the swap leaves the previous site untouched.
///
/// A file whose bytes are those of the previous site's file is not written again: the new
/// folder gets a hard link to the old file (which the swap then keeps alive), so a warm rebuild
/// of a report with hundreds of megabytes of figures writes only what changed.
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
            try manager.createDirectory(at: temporary, withIntermediateDirectories: true)
            if keepingOthers && manager.fileExists(atPath: target.path) {
                try linkTree(from: target, to: temporary)
            }
            var folders: Set<String> = []
            for path in files.keys.sorted() {
                let url = temporary.appendingPathComponent(path)
                let folder = url.deletingLastPathComponent()
                if folders.insert(folder.path).inserted {
                    try manager.createDirectory(at: folder, withIntermediateDirectories: true)
                }
                let old = target.appendingPathComponent(path)
                // Never write through a link: that would change the previous site's file.
                try? manager.removeItem(at: url)
                if Self.holds(old, files[path]!), (try? manager.linkItem(at: old, to: url)) != nil {
                    continue
                }
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

    /// Recreates the files of `source` in `target` as hard links (copies where linking fails).
    private static func linkTree(from source: URL, to target: URL) throws {
        let manager = FileManager.default
        guard let paths = manager.enumerator(atPath: source.path) else { return }
        while let path = paths.nextObject() as? String {
            let from = source.appendingPathComponent(path)
            let to = target.appendingPathComponent(path)
            var isFolder: ObjCBool = false
            guard manager.fileExists(atPath: from.path, isDirectory: &isFolder) else { continue }
            if isFolder.boolValue {
                try manager.createDirectory(at: to, withIntermediateDirectories: true)
            } else if (try? manager.linkItem(at: from, to: to)) == nil {
                try manager.copyItem(at: from, to: to)
            }
        }
    }

    /// Whether the file at `url` exists and holds exactly `bytes`.
    private static func holds(_ url: URL, _ bytes: Data) -> Bool {
        guard
            let attributes = try? FileManager.default.attributesOfItem(atPath: url.path),
            (attributes[.size] as? NSNumber)?.intValue == bytes.count,
            let old = try? Data(contentsOf: url, options: .alwaysMapped)
        else { return false }
        return old == bytes
    }
}
