import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes a site atomically: into a temporary folder beside the target, which then takes the
/// target's place in one exchange (`FolderSwap`). A failure or interruption before the swap
/// leaves the previous site untouched; the output path names a complete site at every moment.
///
/// Every site carries `SiteMarker` (written first, so even a leftover of a killed build is
/// recognisable). A file whose bytes are those of the previous site's file is not written
/// again: the new folder gets a hard link to the old file (which the swap then keeps alive), so
/// a warm rebuild of a report with hundreds of megabytes of figures writes only what changed.
/// Each file operation holds `BuildInterruption`'s lock, so Ctrl-C never races a write.
enum SiteWriter {
    /// Writes `files` to the folder `target` (a resolved path `OutputTarget` allowed). With
    /// `keepingOthers`, files of the previous site that are not rewritten are kept (a
    /// `--study` build); otherwise the site is exactly `files` and the marker. Throws
    /// `OutputFailure` for file-system errors.
    static func write(_ files: [String: Data], to target: String, keepingOthers: Bool) throws {
        let parent = URL(fileURLWithPath: target).deletingLastPathComponent().path
        do {
            try FileManager.default.createDirectory(
                atPath: parent, withIntermediateDirectories: true)
        } catch {
            // EEXIST here means a part of the path exists and is not a folder.
            let code = OutputFailure.posixCode(of: error)
            throw code == EEXIST
                ? OutputFailure(path: parent, action: "create the folder", code: ENOTDIR)
                : OutputFailure(path: parent, action: "create the folder", error: error)
        }
        let token = FolderSwap.newToken()
        let temporary = FolderSwap.temporaryPath(for: target, kind: "new", token: token)
        let previous = FolderSwap.temporaryPath(for: target, kind: "old", token: token)
        let tree = TemporaryTree(root: temporary, shownAs: target)
        try BuildInterruption.withLock {
            BuildInterruption.state.temporaries.formUnion([temporary, previous])
            try tree.makeFolder("")
        }
        let old: String?
        do {
            try BuildInterruption.withLock {
                try tree.writeFile(SiteMarker.marker.fileName, SiteMarker.marker.contents)
            }
            if keepingOthers && FileManager.default.fileExists(atPath: target) {
                try linkTree(from: target, into: tree)
            }
            for path in files.keys.sorted() {
                try BuildInterruption.withLock {
                    try tree.makeFolder((path as NSString).deletingLastPathComponent)
                    // Never write through a link: that would change the previous site's file.
                    tree.remove(path)
                    let previousFile = target + "/" + path
                    if holds(previousFile, files[path]!), tree.link(previousFile, as: path) {
                        return
                    }
                    try tree.writeFile(path, files[path]!)
                }
            }
            old = try BuildInterruption.withLock {
                let old = try FolderSwap.install(temporary, at: target, previous: previous)
                BuildInterruption.state.phase = .installed
                return old
            }
        } catch {
            BuildInterruption.withLock {
                try? FileManager.default.removeItem(atPath: temporary)
                BuildInterruption.state.temporaries.subtract([temporary, previous])
            }
            throw error
        }
        if let old { try? FileManager.default.removeItem(atPath: old) }
        BuildInterruption.withLock {
            BuildInterruption.state.temporaries.subtract([temporary, previous])
            BuildInterruption.state.phase = .writing
        }
    }

    /// Recreates the files of `source` in `tree` as hard links (copies where linking fails),
    /// except the marker, which the tree already has.
    private static func linkTree(from source: String, into tree: TemporaryTree) throws {
        let manager = FileManager.default
        guard let paths = manager.enumerator(atPath: source) else { return }
        while let path = paths.nextObject() as? String {
            guard path != SiteMarker.marker.fileName else { continue }
            let from = source + "/" + path
            var isFolder: ObjCBool = false
            guard manager.fileExists(atPath: from, isDirectory: &isFolder) else { continue }
            try BuildInterruption.withLock {
                if isFolder.boolValue {
                    try tree.makeFolder(path)
                } else if !tree.link(from, as: path) {
                    try tree.writeFile(path, try Data(contentsOf: URL(fileURLWithPath: from)))
                }
            }
        }
    }

    /// Whether the file at `path` exists and holds exactly `bytes`.
    private static func holds(_ path: String, _ bytes: Data) -> Bool {
        guard
            let attributes = try? FileManager.default.attributesOfItem(atPath: path),
            (attributes[.size] as? NSNumber)?.intValue == bytes.count,
            let old = try? Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped)
        else { return false }
        return old == bytes
    }
}

/// The temporary folder a site is written into, with POSIX calls so that every failure has an
/// error number, reported on the path the file will have in the finished site.
struct TemporaryTree {
    /// The temporary folder.
    let root: String
    /// The site folder it becomes, for messages.
    let shownAs: String

    private func path(_ relative: String) -> String {
        relative.isEmpty ? root : root + "/" + relative
    }

    private func failure(_ action: String, _ relative: String, _ code: Int32) -> OutputFailure {
        OutputFailure(
            path: relative.isEmpty ? shownAs : shownAs + "/" + relative, action: action,
            code: code)
    }

    /// Creates the folder `relative` and the folders above it that are missing.
    func makeFolder(_ relative: String) throws {
        if mkdir(path(relative), 0o777) == 0 { return }
        let code = errno
        if code == EEXIST {
            var status = stat()
            if stat(path(relative), &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR {
                return
            }
        }
        if code == ENOENT && !relative.isEmpty {
            try makeFolder((relative as NSString).deletingLastPathComponent)
            if mkdir(path(relative), 0o777) == 0 { return }
        }
        throw failure("create the folder", relative, code == ENOENT ? errno : code)
    }

    /// Writes `bytes` to the new file `relative`.
    func writeFile(_ relative: String, _ bytes: Data) throws {
        let descriptor = open(path(relative), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw failure("write", relative, errno) }
        var code: Int32 = 0
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = systemWrite(
                    descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    code = errno
                    return
                }
                offset += written
            }
        }
        if close(descriptor) != 0 && code == 0 { code = errno }
        if code != 0 { throw failure("write", relative, code) }
    }

    /// Makes `relative` a hard link to `existing`; false when linking is not possible.
    func link(_ existing: String, as relative: String) -> Bool {
        systemLink(existing, path(relative)) == 0
    }

    /// Removes the file `relative` if it is there.
    func remove(_ relative: String) {
        _ = unlink(path(relative))
    }
}

#if canImport(Glibc)
    private let systemWrite = Glibc.write
    private let systemLink = Glibc.link
#else
    private let systemWrite = Darwin.write
    private let systemLink = Darwin.link
#endif
