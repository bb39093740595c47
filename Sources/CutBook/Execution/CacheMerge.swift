import Foundation

/// `cutbook cache merge DEST SRC…`: checks every entry of the source caches (the shards' caches
/// of a sharded build) and copies them into the destination cache.
///
/// Every entry of every source is read and checked first (`ResultCache.decode`, or the book
/// cache's frame and body): its checksum holds and it names the key its file is named after.
/// Nothing is copied when any problem is found, and every problem is reported at once: a corrupt
/// entry, a swapped one (bytes copied or renamed from another entry's file), a file that is not
/// a cache entry, or a conflict, two sound entries for one key whose bytes differ (results are
/// pure functions of their keys, so that means one of the caches came from other code). A sound
/// entry the destination already holds is never written again; a damaged one there is replaced
/// by the sound one. Entries of earlier formats (which a build treats as missing) and the
/// temporary files of killed builds are skipped and counted. Entries are copied as the
/// cache stores them, through a temporary file renamed into place.
///
/// ```swift
/// let outcome = try CacheMerge.merge(into: "cache", from: ["shard-1", "shard-2", "shard-3"])
/// print("\(outcome.copied) entries copied")
/// ```
public enum CacheMerge {
    /// What a merge did.
    public struct Outcome: Sendable, Equatable {
        /// Entries copied into the destination (`replaced` of them over damaged ones).
        public var copied = 0
        /// Sound entries skipped because the destination (or an earlier source) held the same
        /// bytes.
        public var alreadyPresent = 0
        /// Damaged entries of the destination replaced by a source's sound entry.
        public var replaced = 0
        /// Entries of earlier formats skipped (a build does not read them either).
        public var earlierFormat = 0
        /// Temporary files of killed builds skipped.
        public var temporaryFiles = 0
    }

    /// Why a merge copied nothing: every problem found, one line each.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        /// The problems, each naming the file or folder and what to do.
        public var problems: [String]
        /// The problems, one a line.
        public var description: String { problems.joined(separator: "\n") }
    }

    /// Merges the caches `sources` into `destination` (created when missing); throws `Failure`
    /// (nothing copied) or, when writing fails, `OutputFailure`.
    public static func merge(into destination: String, from sources: [String]) throws -> Outcome {
        try checkFolders(destination: destination, sources: sources)
        var outcome = Outcome()
        var problems: [String] = []
        var planned: [String: String] = [:]  // entry name → the source folder it comes from
        let destinationURL = URL(fileURLWithPath: destination)
        for source in sources {
            let folder = URL(fileURLWithPath: source)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: source)) ?? []
            for name in names.sorted() {
                let path = folder.appendingPathComponent(name).path
                guard let entry = CacheEntryName(name) else {
                    problems.append(CacheMergeMessages.notAnEntry(path))
                    continue
                }
                switch entry {
                case .tag: continue
                case .temporary:
                    outcome.temporaryFiles += 1
                    continue
                case .earlierFormat:
                    outcome.earlierFormat += 1
                    continue
                case .result, .book: break
                }
                guard let data = FileManager.default.contents(atPath: path) else {
                    problems.append(CacheMergeMessages.unreadable(path))
                    continue
                }
                switch entry.check(data) {
                case .earlierFormat:
                    outcome.earlierFormat += 1
                    continue
                case .swapped:
                    problems.append(CacheMergeMessages.swapped(path))
                    continue
                case .corrupt(let reason):
                    problems.append(CacheMergeMessages.corrupt(path, reason: reason))
                    continue
                case .sound: break
                }
                if let first = planned[name] {
                    let earlier = URL(fileURLWithPath: first).appendingPathComponent(name).path
                    if FileManager.default.contents(atPath: earlier) == data {
                        outcome.alreadyPresent += 1
                    } else {
                        problems.append(CacheMergeMessages.conflict(earlier, path))
                    }
                    continue
                }
                let target = destinationURL.appendingPathComponent(name).path
                if let held = FileManager.default.contents(atPath: target) {
                    if entry.check(held) == .sound {
                        if held == data {
                            outcome.alreadyPresent += 1
                        } else {
                            problems.append(
                                CacheMergeMessages.conflictWithDestination(target, path))
                        }
                        continue
                    }
                    outcome.replaced += 1
                }
                planned[name] = source
            }
        }
        guard problems.isEmpty else { throw Failure(problems: problems) }
        try copy(planned, into: destinationURL)
        outcome.copied = planned.count
        return outcome
    }

    /// Refuses a destination that is not a cache and sources that are missing, not caches,
    /// the destination itself or named twice.
    private static func checkFolders(destination: String, sources: [String]) throws {
        var problems: [String] = []
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        if manager.fileExists(atPath: destination, isDirectory: &isFolder) {
            if !isFolder.boolValue {
                problems.append(CacheMergeMessages.notAFolder(destination, destination: true))
            } else if !CacheDirectoryTag.marks(destination) && !isEmpty(destination) {
                problems.append(CacheMergeMessages.notACache(destination, destination: true))
            }
        }
        var seen: [String: String] = [ResolvedPath.of(destination): destination]
        for source in sources {
            if let earlier = seen[ResolvedPath.of(source)] {
                problems.append(CacheMergeMessages.sameFolder(source, earlier))
                continue
            }
            seen[ResolvedPath.of(source)] = source
            if !manager.fileExists(atPath: source, isDirectory: &isFolder) {
                problems.append(CacheMergeMessages.missing(source))
            } else if !isFolder.boolValue {
                problems.append(CacheMergeMessages.notAFolder(source, destination: false))
            } else if !CacheDirectoryTag.marks(source) && !isEmpty(source) {
                problems.append(CacheMergeMessages.notACache(source, destination: false))
            }
        }
        if !problems.isEmpty { throw Failure(problems: problems) }
    }

    private static func isEmpty(_ folder: String) -> Bool {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).isEmpty
    }

    /// Copies the planned entries, each checked again as it is read, through a temporary file.
    private static func copy(_ planned: [String: String], into destination: URL) throws {
        try ResultCache(directory: destination).createFolder()
        CacheTemporaryFiles.sweepOnce(destination)
        for name in planned.keys.sorted() {
            let path = URL(fileURLWithPath: planned[name]!).appendingPathComponent(name).path
            guard let data = FileManager.default.contents(atPath: path),
                CacheEntryName(name)?.check(data) == .sound
            else { throw Failure(problems: [CacheMergeMessages.changedWhileMerging(path)]) }
            let temporary = CacheTemporaryFiles.url(in: destination)
            let target = destination.appendingPathComponent(name)
            do {
                try data.write(to: temporary)
                _ = try? FileManager.default.removeItem(at: target)
                try FileManager.default.moveItem(at: temporary, to: target)
            } catch {
                _ = try? FileManager.default.removeItem(at: temporary)
                throw OutputFailure(path: target.path, error: error)
            }
        }
    }
}
