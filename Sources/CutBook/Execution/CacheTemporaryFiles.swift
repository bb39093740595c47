import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The temporary files a cache writes before renaming them into place, and the sweep that
/// removes the ones a killed build left behind.
///
/// A temporary file is named `.cutbook-<pid>-<UUID>.tmp`, with the process id of the build that
/// writes it. The first store or load into a folder in a process removes every file of exactly
/// that form whose process no longer runs; other files, and the files of builds still running
/// (this one included), are left alone.
enum CacheTemporaryFiles {
    private static let prefix = ".cutbook-"
    private static let suffix = ".tmp"
    private static let lock = NSLock()
    nonisolated(unsafe) private static var swept: Set<String> = []

    /// A new temporary file in `directory` for this process.
    static func url(in directory: URL) -> URL {
        directory.appendingPathComponent(
            "\(prefix)\(getpid())-\(UUID().uuidString)\(suffix)")
    }

    /// The process id in `name` when it is the name of a CutBook temporary file, else nil.
    static func processID(inName name: String) -> Int32? {
        guard name.hasPrefix(prefix), name.hasSuffix(suffix) else { return nil }
        let middle = name.dropFirst(prefix.count).dropLast(suffix.count)
        guard let dash = middle.firstIndex(of: "-") else { return nil }
        let digits = middle[middle.startIndex..<dash]
        guard !digits.isEmpty, digits.count <= 10, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
            let pid = Int32(digits), pid > 0,
            UUID(uuidString: String(middle[middle.index(after: dash)...])) != nil
        else { return nil }
        return pid
    }

    /// Whether the process `pid` is running (or exists but belongs to someone else).
    private static func isRunning(_ pid: Int32) -> Bool {
        kill(pid, 0) == 0 || errno == EPERM
    }

    /// Removes the temporary files of dead builds from `directory`, once per folder and process.
    static func sweepOnce(_ directory: URL) {
        let path = directory.standardizedFileURL.path
        lock.lock()
        let first = swept.insert(path).inserted
        lock.unlock()
        guard first else { return }
        sweep(directory)
    }

    /// Removes the temporary files of dead builds from `directory` now; returns their names.
    @discardableResult
    static func sweep(_ directory: URL) -> [String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path)
        else { return [] }
        var removed: [String] = []
        for name in names.sorted() {
            guard let pid = processID(inName: name), !isRunning(pid) else { continue }
            if (try? FileManager.default.removeItem(at: directory.appendingPathComponent(name)))
                != nil
            {
                removed.append(name)
            }
        }
        return removed
    }
}
