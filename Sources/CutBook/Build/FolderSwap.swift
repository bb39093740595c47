import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Replaces an output folder by a new one so that the output path always names a complete
/// folder, and finds the temporary folders of builds that died.
///
/// A build writes into `.<name>.new-<pid>-<token>` beside the target, then exchanges it with the
/// target in one step (Linux `renameat2` with `RENAME_EXCHANGE`), after which the temporary path
/// holds the previous tree, which is removed. Where the file system cannot exchange, the target
/// is renamed to `.<name>.old-<pid>-<token>` and the new folder renamed into place: between the
/// two renames the output path is missing for an instant. A folder of this pattern whose process
/// no longer runs is a leftover of a killed build, removed by the next build into the same parent.
enum FolderSwap {
    /// The temporary folder beside `target` for kind `new` (the site being written) or `old`
    /// (the previous site during a two-rename swap), named with this process's id.
    static func temporaryPath(for target: String, kind: String, token: String) -> String {
        let url = URL(fileURLWithPath: target)
        let name = ".\(url.lastPathComponent).\(kind)-\(getpid())-\(token)"
        return url.deletingLastPathComponent().appendingPathComponent(name).path
    }

    /// A fresh token for `temporaryPath`: eight lowercase hex digits.
    static func newToken() -> String {
        String(UUID().uuidString.lowercased().filter(\.isHexDigit).prefix(8))
    }

    /// Puts the folder `new` at `target`. When `target` exists, the two are exchanged where the
    /// file system can (then `new` names the previous tree) or moved by two renames through
    /// `previous` (then `previous` names it). Returns the path holding the previous tree, if any,
    /// for the caller to remove.
    static func install(_ new: String, at target: String, previous: String) throws
        -> String?
    {
        guard FileManager.default.fileExists(atPath: target) else {
            try rename(new, target)
            return nil
        }
        if try exchange(new, target) { return new }
        // The file system cannot exchange (EINVAL or ENOSYS): two renames, with the output
        // path missing between them; a kill there leaves the site in `previous`.
        try rename(target, previous)
        do {
            try rename(new, target)
        } catch {
            _ = cRename(previous, target)
            throw error
        }
        return previous
    }

    /// Exchanges the entries at `a` and `b` atomically. Returns false when the file system or
    /// kernel cannot (EINVAL, ENOSYS); throws `OutputFailure` for any other error.
    static func exchange(_ a: String, _ b: String) throws -> Bool {
        guard let renameat2 = renameat2Function else { return false }
        // RENAME_EXCHANGE from <linux/fs.h>; Glibc's module does not export the constant.
        let renameExchange: UInt32 = 1 << 1
        if renameat2(AT_FDCWD, a, AT_FDCWD, b, renameExchange) == 0 { return true }
        let code = errno
        if code == EINVAL || code == ENOSYS || code == ENOTSUP { return false }
        throw OutputFailure(path: b, action: "replace", code: code)
    }

    /// Renames `from` to `to`, throwing `OutputFailure` on error.
    static func rename(_ from: String, _ to: String) throws {
        guard cRename(from, to) == 0 else {
            throw OutputFailure(path: to, action: "replace", code: errno)
        }
    }

    /// Removes, in the folder `parent`, every temporary folder of the pattern above whose
    /// process no longer runs, and returns their paths. Nothing else is touched. A dead build's
    /// `old` folder whose target is missing (a kill between the two renames of the fallback
    /// swap) holds the previous site: it is renamed back to the target instead.
    @discardableResult
    static func removeLeftovers(in parent: String) -> [String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: parent) else {
            return []
        }
        var removed: [String] = []
        for name in names.sorted() {
            guard let pid = processID(inTemporaryName: name), !isRunning(pid) else { continue }
            let path = parent + "/" + name
            if name.contains(".old-"), let target = targetName(inTemporaryName: name),
                !FileManager.default.fileExists(atPath: parent + "/" + target),
                cRename(path, parent + "/" + target) == 0
            {
                continue
            }
            guard
                let attributes = try? FileManager.default.attributesOfItem(atPath: path),
                attributes[.type] as? FileAttributeType == .typeDirectory,
                (try? FileManager.default.removeItem(atPath: path)) != nil
            else { continue }
            removed.append(path)
        }
        return removed
    }

    /// The process id in a name `.<name>.new-<pid>-<token>` or `.<name>.old-<pid>-<token>`
    /// (token: eight lowercase hex digits); nil for any other name.
    static func processID(inTemporaryName name: String) -> Int32? {
        guard name.hasPrefix("."), let dot = name.lastIndex(of: "."), dot != name.startIndex
        else { return nil }
        let parts = name[name.index(after: dot)...].split(
            separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0] == "new" || parts[0] == "old",
            let pid = Int32(parts[1]), pid > 0, String(pid) == parts[1],
            parts[2].count == 8, parts[2].allSatisfy({ "0123456789abcdef".contains($0) })
        else { return nil }
        return pid
    }

    /// The target folder's name in a temporary name `.<name>.<kind>-<pid>-<token>`.
    static func targetName(inTemporaryName name: String) -> String? {
        guard processID(inTemporaryName: name) != nil, let dot = name.lastIndex(of: ".") else {
            return nil
        }
        let target = name[name.index(after: name.startIndex)..<dot]
        return target.isEmpty ? nil : String(target)
    }

    /// Whether a process with id `pid` exists (one we may not signal counts too).
    static func isRunning(_ pid: Int32) -> Bool {
        kill(pid, 0) == 0 || errno == EPERM
    }
}

/// `renameat2` from the C library, looked up at run time: Glibc's Swift module does not export
/// it and Swift cannot call the variadic `syscall`. Nil where the C library lacks it.
private let renameat2Function:
    (@convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32)? =
        {
            #if os(Linux)
                guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2")
                else { return nil }
                return unsafeBitCast(
                    symbol,
                    to: (@convention(c) (
                        Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32
                    ) -> Int32).self)
            #else
                return nil
            #endif
        }()

/// The C library's `rename(2)` (the name is taken by `FolderSwap.rename`).
#if canImport(Glibc)
    private let cRename = Glibc.rename
#else
    private let cRename = Darwin.rename
#endif
