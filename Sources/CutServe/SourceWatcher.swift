import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Notices changes to the files a build read, by polling: every `interval` it compares each
/// file's state (device, inode, size, modification time; or absence) with the state it had
/// before the build. Polling is portable and, for the few dozen files of a report, cheap.
///
/// A change is reported once the files have been still for `settle` (an editor's save may be
/// several writes, or a write then a rename), so one save gives one rebuild.
///
/// ```swift
/// let watcher = SourceWatcher(folders: ["reports/quickstart/templates"])
/// let before = watcher.snapshot(of: ["reports/quickstart/scan.md"])
/// // … build …
/// let changed = await watcher.nextChange(after: before)  // ["…/scan.md"] after a save
/// ```
struct SourceWatcher: Sendable {
    /// What a file is like at one moment; nil when there is no file.
    struct FileState: Hashable, Sendable {
        var device: UInt64
        var inode: UInt64
        var size: Int64
        var modifiedSeconds: Int
        var modifiedNanoseconds: Int
    }

    /// The states of a set of files, by path.
    typealias Snapshot = [String: FileState?]

    /// Folders whose files are watched as well (one level deep): the templates in use.
    var folders: [String] = []
    /// How often the files are looked at.
    var interval: Duration = .milliseconds(200)
    /// How long the files must stay unchanged before a change is reported.
    var settle: Duration = .milliseconds(100)

    /// The states of `files` and of the files in `folders`, now.
    func snapshot(of files: [String]) -> Snapshot {
        var snapshot: Snapshot = [:]
        for path in files + folders.flatMap(Self.files(in:)) {
            snapshot[path] = Self.state(of: path)
        }
        return snapshot
    }

    /// The paths whose state differs between `old` and `new`; a path in only one of them counts
    /// as changed when it exists.
    static func changes(from old: Snapshot, to new: Snapshot) -> [String] {
        Set(old.keys).union(new.keys).filter { path in
            (old[path] ?? nil) != (new[path] ?? nil)
        }.sorted()
    }

    /// Waits until a file of `before` (or of the watched folders) changes, then until the files
    /// settle; returns the changed paths. Returns an empty list when the task is cancelled.
    func nextChange(after before: Snapshot) async -> [String] {
        let files = Array(before.keys)
        while !Task.isCancelled {
            var changed = Self.changes(from: before, to: snapshot(of: files))
            if !changed.isEmpty {
                var last = snapshot(of: files)
                while !Task.isCancelled {
                    try? await Task.sleep(for: settle)
                    let now = snapshot(of: files)
                    if now == last { break }
                    last = now
                }
                changed = Self.changes(from: before, to: last)
                if !changed.isEmpty { return changed }
            }
            try? await Task.sleep(for: interval)
        }
        return []
    }

    /// The state of the file at `path`, nil when there is none.
    static func state(of path: String) -> FileState? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        #if canImport(Darwin)
            let modified = status.st_mtimespec
        #else
            let modified = status.st_mtim
        #endif
        return FileState(
            device: UInt64(status.st_dev), inode: UInt64(status.st_ino),
            size: Int64(status.st_size), modifiedSeconds: Int(modified.tv_sec),
            modifiedNanoseconds: Int(modified.tv_nsec))
    }

    /// The paths of the entries of `folder` that are not hidden, sorted; none when it is missing.
    static func files(in folder: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { folder + "/" + $0 }
    }
}
