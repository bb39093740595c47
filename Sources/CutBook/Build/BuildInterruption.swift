import Foundation

/// What an interrupted build (Ctrl-C, SIGTERM) must clean up, and what to tell the user.
///
/// The site writer registers its temporary folders here and does each file operation on them
/// while holding the lock. `interrupt()` takes the lock and never gives it back, so once it has
/// started no further file is written; it removes the temporary folders and says what state the
/// output is in. The caller then exits.
///
/// ```swift
/// signal(SIGINT, SIG_IGN)
/// let source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
/// source.setEventHandler {
///     print(BuildInterruption.interrupt())  // "interrupted: the previous output in … is kept"
///     _exit(130)
/// }
/// source.resume()
/// ```
public enum BuildInterruption {
    /// Where the output stands.
    enum Phase {
        /// Nothing is being written (or the new site is not in place yet).
        case writing
        /// The new site is in place; only the previous tree is being removed.
        case installed
    }

    final class State: @unchecked Sendable {
        let lock = NSLock()
        var target: String?
        var temporaries: Set<String> = []
        var phase = Phase.writing
    }

    static let state = State()

    /// Records the output folder of the build that is running.
    static func begin(target: String) {
        withLock {
            state.target = target
            state.phase = .writing
        }
    }

    /// Runs `body` under the lock: an interruption waits for it and then stops everything.
    static func withLock<T>(_ body: () throws -> T) rethrows -> T {
        state.lock.lock()
        defer { state.lock.unlock() }
        return try body()
    }

    /// Removes the registered temporary folders and returns the one line to print. The lock is
    /// kept, so no file is written after this returns; call it only to exit right after.
    public static func interrupt() -> String {
        state.lock.lock()
        for path in state.temporaries.sorted() {
            try? FileManager.default.removeItem(atPath: path)
        }
        guard let target = state.target else { return "interrupted: nothing was written" }
        let shown = displayPath(target)
        if state.phase == .installed {
            return "interrupted: the new output in \(shown) is complete"
        }
        if FileManager.default.fileExists(atPath: target) {
            return "interrupted: the previous output in \(shown) is kept"
        }
        return "interrupted: nothing was written to \(shown)"
    }

    /// `path` relative to the working folder when it lies inside it.
    static func displayPath(_ path: String) -> String {
        let here = ResolvedPath.of(".")
        guard path.hasPrefix(here + "/") else { return path }
        return String(path.dropFirst(here.count + 1))
    }
}
