import Foundation

/// What `cutbook clean` removes: the result cache only when it is CutBook's
/// (`CacheDirectoryTag`), and with `--outputs` only the site folders CutBook wrote
/// (`SiteMarker`) and the leftovers of killed builds (`FolderSwap`). Anything else is skipped
/// and reported, never deleted.
///
/// ```swift
/// let outcome = OutputCleaner.clean(cache: ".cutbook-cache", outputs: "build")
/// for path in outcome.removed { print("removed \(path)/") }
/// for skip in outcome.skipped { print(skip) }  // skipped build/notes: not written by CutBook
/// ```
public enum OutputCleaner {
    /// What a clean did.
    ///
    /// ```swift
    /// let outcome = OutputCleaner.clean(cache: ".cutbook-cache", outputs: nil)
    /// if outcome.removed.isEmpty { print("nothing to remove") }
    /// ```
    public struct Outcome: Sendable, Equatable {
        /// The folders removed, as given (under the outputs folder: joined to it).
        public var removed: [String] = []
        /// The folders left in place, each with the reason.
        public var skipped: [Skip] = []
    }

    /// A folder clean left in place, and why.
    ///
    /// ```swift
    /// for skip in OutputCleaner.clean(cache: ".cutbook-cache", outputs: "build").skipped {
    ///     print(skip.path, "kept:", skip.reason)
    /// }
    /// ```
    public struct Skip: Sendable, Equatable, CustomStringConvertible {
        /// The folder.
        public var path: String
        /// Why it was left.
        public var reason: String

        /// `skipped X: reason`.
        public var description: String { "skipped \(path): \(reason)" }
    }

    /// Removes the cache folder `cache` if it is CutBook's, and, when `outputs` is given, the
    /// sites inside that folder (or the folder itself when it is a site). An outputs folder
    /// left empty is removed too.
    public static func clean(cache: String, outputs: String?) -> Outcome {
        var outcome = Outcome()
        if exists(cache) {
            if CacheDirectoryTag.marks(ResolvedPath.of(cache)) {
                remove(cache, into: &outcome)
            } else {
                outcome.skipped.append(
                    Skip(
                        path: cache,
                        reason:
                            "not CutBook's result cache (no \(CacheDirectoryTag.marker.fileName) and not only cache entries); remove it yourself if it is not needed"
                    ))
            }
        }
        guard let outputs, exists(outputs) else { return outcome }
        let resolved = ResolvedPath.of(outputs)
        if SiteMarker.marks(resolved) {
            remove(outputs, into: &outcome)
            return outcome
        }
        guard isFolder(resolved) else {
            outcome.skipped.append(Skip(path: outputs, reason: "not a folder"))
            return outcome
        }
        for path in FolderSwap.removeLeftovers(in: resolved) {
            outcome.removed.append(outputs + "/" + URL(fileURLWithPath: path).lastPathComponent)
        }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: resolved)) ?? []
        for name in names.sorted() {
            let path = outputs + "/" + name
            if isFolder(resolved + "/" + name) && SiteMarker.marks(resolved + "/" + name) {
                remove(path, into: &outcome)
            } else if FolderSwap.processID(inTemporaryName: name) != nil {
                outcome.skipped.append(
                    Skip(path: path, reason: "a build that is still running is writing it"))
            } else {
                outcome.skipped.append(
                    Skip(
                        path: path,
                        reason:
                            "not written by CutBook (no \(SiteMarker.marker.fileName) marker); remove it yourself if it is not needed"
                    ))
            }
        }
        if (try? FileManager.default.contentsOfDirectory(atPath: resolved))?.isEmpty == true {
            remove(outputs, into: &outcome)
        }
        return outcome
    }

    private static func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: path)
    }

    private static func isFolder(_ path: String) -> Bool {
        var folder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &folder)
            && folder.boolValue
    }

    private static func remove(_ path: String, into outcome: inout Outcome) {
        do {
            try FileManager.default.removeItem(atPath: path)
            outcome.removed.append(path)
        } catch {
            let failure = OutputFailure(path: path, action: "remove", error: error)
            outcome.skipped.append(Skip(path: path, reason: failure.description))
        }
    }
}
