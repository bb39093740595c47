import CutBook
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Ctrl-C (SIGINT) and SIGTERM during a build: remove the temporary output folder, say that the
/// previous output is kept, and exit at once with the shell's status for that signal (130 for
/// SIGINT, 143 for SIGTERM). Trainings run on other threads and are simply stopped by the exit;
/// cache entries are renamed into place whole, so the cache stays consistent.
///
/// The signal handler only writes the signal's number into a pipe (the one async-signal-safe
/// thing it needs); a dedicated thread reads it and does the rest. That thread is not one of
/// Dispatch's pooled workers, which on Linux are not started while the build's own threads
/// keep every core busy: a handler queued there could wait for the whole training.
enum InterruptHandler {
    /// The write end of the pipe, read by the signal handler.
    nonisolated(unsafe) private static var writeEnd: Int32 = -1

    /// Routes SIGINT and SIGTERM to `BuildInterruption.interrupt()`.
    static func install() {
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else {
            FileHandle.standardError.write(
                Data("warning: Ctrl-C will stop the build without cleaning up (no pipe)\n".utf8))
            return
        }
        writeEnd = ends[1]
        let readEnd = ends[0]
        let watcher = Thread {
            var number: Int32 = 0
            while read(readEnd, &number, MemoryLayout<Int32>.size) != MemoryLayout<Int32>.size {}
            let line = BuildInterruption.interrupt()
            // A progress display may be mid-line on a terminal: start on a fresh line.
            let prefix = isatty(2) == 1 ? "\n" : ""
            FileHandle.standardError.write(Data((prefix + line + "\n").utf8))
            _exit(128 + number)
        }
        watcher.name = "cutbook interrupt"
        watcher.start()
        for number in [SIGINT, SIGTERM] {
            signal(number) { received in
                var value = received
                _ = write(InterruptHandler.writeEnd, &value, MemoryLayout<Int32>.size)
            }
        }
    }
}
