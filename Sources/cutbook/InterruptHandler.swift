import CutBook
import Dispatch
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Ctrl-C (SIGINT) and SIGTERM during a build: remove the temporary output folder, say that the
/// previous output is kept, and exit at once with the shell's status for that signal (130 for
/// SIGINT, 143 for SIGTERM). Trainings run on other threads
/// and are simply stopped by the exit; cache entries are renamed into place whole, so the
/// cache stays consistent.
enum InterruptHandler {
    /// The signal sources, kept alive for the life of the process.
    nonisolated(unsafe) private static var sources: [any DispatchSourceSignal] = []

    /// Routes SIGINT and SIGTERM to `BuildInterruption.interrupt()`.
    static func install() {
        for number in [SIGINT, SIGTERM] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                let line = BuildInterruption.interrupt()
                // A progress display may be mid-line on a terminal: start on a fresh line.
                let prefix = isatty(2) == 1 ? "\n" : ""
                FileHandle.standardError.write(Data((prefix + line + "\n").utf8))
                _exit(128 + number)
            }
            source.resume()
            sources.append(source)
        }
    }
}
