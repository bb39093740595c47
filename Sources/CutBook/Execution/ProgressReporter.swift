import Foundation

/// Shows what a build is doing: on a terminal one status line per running training (epoch,
/// loss, time left), redrawn in place; otherwise plain lines.
public final class ProgressReporter: @unchecked Sendable {
    /// Where lines go.
    public enum Mode: Sendable {
        /// Redrawn status lines (standard error is a terminal).
        case terminal
        /// One line per event.
        case plain
        /// Nothing.
        case silent
    }

    private let mode: Mode
    private let lock = NSLock()
    private var running: [String: (label: String, start: Date, line: String, lastPlain: Int)] = [:]
    private var drawnLines = 0
    private var lastDraw = Date.distantPast
    private let write: @Sendable (String) -> Void

    /// Creates a reporter; `write` receives text to print (standard error by default).
    public init(
        mode: Mode, write: @escaping @Sendable (String) -> Void = ProgressReporter.standardError
    ) {
        self.mode = mode
        self.write = write
    }

    /// The mode for this process: terminal when standard error is one.
    public static func automatic() -> ProgressReporter {
        ProgressReporter(mode: isatty(2) == 1 ? .terminal : .plain)
    }

    /// Writes to standard error.
    public static let standardError: @Sendable (String) -> Void = { text in
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// A directive started.
    public func begin(id: String, label: String) {
        lock.withLock {
            running[id] = (label, Date(), label, 0)
            if mode == .plain { write("run   \(label)\n") }
            redraw()
        }
    }

    /// A training finished an epoch.
    public func epoch(id: String, epoch: Int, of total: Int, loss: Double) {
        lock.withLock {
            guard var entry = running[id] else { return }
            let elapsed = Date().timeIntervalSince(entry.start)
            let left = epoch > 0 ? elapsed / Double(epoch) * Double(total - epoch) : 0
            entry.line =
                "\(entry.label): epoch \(epoch)/\(total) loss \(NumberFormat(".6g")!.format(loss)) "
                + "~\(Int(left.rounded()))s left"
            let decile = total > 0 ? epoch * 10 / total : 0
            if mode == .plain && decile > entry.lastPlain {
                entry.lastPlain = decile
                write("      \(entry.line)\n")
            }
            running[id] = entry
            if Date().timeIntervalSince(lastDraw) > 0.1 { redraw() }
        }
    }

    /// A directive finished (or failed).
    public func end(id: String, succeeded: Bool) {
        lock.withLock {
            guard let entry = running.removeValue(forKey: id) else { return }
            let seconds = Date().timeIntervalSince(entry.start)
            let status = succeeded ? "done " : "FAIL "
            clear()
            if mode != .silent {
                write("\(status) \(entry.label) (\(String(format: "%.2f", seconds)) s)\n")
            }
            redraw()
        }
    }

    /// A note (for example a corrupt cache entry).
    public func note(_ text: String) {
        lock.withLock {
            clear()
            if mode != .silent { write(text + "\n") }
            redraw()
        }
    }

    private func clear() {
        guard mode == .terminal, drawnLines > 0 else { return }
        write(String(repeating: "\u{1B}[1A\u{1B}[2K", count: drawnLines))
        drawnLines = 0
    }

    private func redraw() {
        guard mode == .terminal else { return }
        lastDraw = Date()
        clear()
        let lines = running.keys.sorted().map { running[$0]!.line }
        for line in lines { write(line + "\n") }
        drawnLines = lines.count
    }
}
