import Foundation

/// Shows what a build is doing: on a terminal one status line per running directive (how far
/// it is and the time left), redrawn in place; otherwise plain lines.
///
/// Long work reports `progress(id:done:of:)` as often as it likes (a training every epoch): the
/// reporter only takes a lock and reads the clock. A terminal is redrawn at most ten times a
/// second. Plain mode prints a progress line only once the work has run 2 s, then one per
/// tenth of the work but never two within 5 s, and at least one a minute while work goes on;
/// so short work prints just its start and end, and long work is never silent for long.
/// `tick()` (called every second by the reporter of `automatic()`) keeps that promise for work
/// that cannot report in between, like one stage of drawing a huge figure.
///
/// ```swift
/// let quiet = ProgressReporter(mode: .silent)  // for a library user that prints nothing
/// let summary = try await ReportBuilder.build(
///     BuildOptions(reportDirectory: "reports/quickstart"), progress: quiet)
/// ```
public final class ProgressReporter: @unchecked Sendable {
    /// Where lines go.
    ///
    /// ```swift
    /// let lines = ProgressReporter(mode: .plain)  // one line per event, as in a CI log
    /// ```
    public enum Mode: Sendable {
        /// Redrawn status lines (standard error is a terminal).
        case terminal
        /// One line per event.
        case plain
        /// Nothing.
        case silent
    }

    /// Seconds of work before plain mode prints its first progress line.
    static let quietSeconds = 2.0
    /// The shortest gap between two plain progress lines of one directive.
    static let plainGapSeconds = 5.0
    /// The longest gap between two plain progress lines of one directive.
    static let plainHeartbeatSeconds = 60.0

    private struct Entry {
        var label: String
        var start: Double
        var line: String
        var status: String
        var printedTenth = -1
        var printedAt: Double?
    }

    private let mode: Mode
    private let lock = NSLock()
    private var running: [String: Entry] = [:]
    private var drawnLines = 0
    private var lastDraw = -Double.infinity
    private let write: @Sendable (String) -> Void
    private let now: @Sendable () -> Double
    private var timer: (any DispatchSourceTimer)?

    /// Creates a reporter; `write` receives text to print (standard error by default) and `now`
    /// tells the time in seconds (a monotonic clock by default; tests pass a fake one).
    public init(
        mode: Mode, write: @escaping @Sendable (String) -> Void = ProgressReporter.standardError,
        now: @escaping @Sendable () -> Double = { ProcessInfo.processInfo.systemUptime }
    ) {
        self.mode = mode
        self.write = write
        self.now = now
    }

    /// The mode for this process: terminal when standard error is one.
    public static func automatic() -> ProgressReporter {
        let reporter = ProgressReporter(mode: isatty(2) == 1 ? .terminal : .plain)
        reporter.startTicking()
        return reporter
    }

    deinit { timer?.cancel() }

    /// Calls `tick()` every `seconds` on a background queue until the reporter goes away.
    func startTicking(every seconds: Double = 1) {
        let timer = DispatchSource.makeTimerSource(queue: .global(qos: .utility))
        timer.schedule(deadline: .now() + seconds, repeating: seconds)
        timer.setEventHandler { [weak self] in self?.tick() }
        lock.withLock { self.timer = timer }
        timer.resume()
    }

    /// In plain mode, prints a line for every directive that has run 2 s and printed nothing
    /// for a minute (its last known progress, without the stale estimate, and the time so
    /// far); on a terminal, redraws.
    func tick() {
        guard mode != .silent else { return }
        lock.withLock {
            let time = now()
            if mode == .terminal {
                redraw()
                return
            }
            for id in running.keys.sorted() {
                guard var entry = running[id], time - entry.start >= Self.quietSeconds,
                    time - (entry.printedAt ?? entry.start) >= Self.plainHeartbeatSeconds
                else { continue }
                entry.printedAt = time
                running[id] = entry
                write("      \(entry.status), \(Self.duration(time - entry.start)) so far\n")
            }
        }
    }

    /// Writes to standard error.
    public static let standardError: @Sendable (String) -> Void = { text in
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// A directive started.
    func begin(id: String, label: String) {
        lock.withLock {
            running[id] = Entry(label: label, start: now(), line: label, status: label)
            if mode == .plain { write("run   \(label)\n") }
            redraw()
        }
    }

    /// Directive `id` has done `done` of `total` steps of its work; `unit` names a step
    /// (`epoch`, `cut`, `stage`) and `detail` (like `loss 0.25`) is shown after the count.
    func progress(
        id: String, done: Int, of total: Int, unit: String = "step", detail: String? = nil
    ) {
        guard mode != .silent else { return }
        lock.withLock {
            guard var entry = running[id] else { return }
            let time = now()
            let elapsed = time - entry.start
            let percent = total > 0 ? done * 100 / total : 100
            var line = "\(entry.label): \(unit) \(done)/\(total) (\(percent) %)"
            if let detail { line += " \(detail)" }
            entry.status = line
            if done > 0 && done < total {
                let left = elapsed / Double(done) * Double(total - done)
                line += ", about \(Self.duration(left)) left"
            }
            entry.line = line
            let tenth = percent / 10
            let sincePrinted = time - (entry.printedAt ?? -Double.infinity)
            if mode == .plain && elapsed >= Self.quietSeconds
                && ((tenth > entry.printedTenth && sincePrinted >= Self.plainGapSeconds)
                    || sincePrinted >= Self.plainHeartbeatSeconds)
            {
                entry.printedTenth = tenth
                entry.printedAt = time
                write("      \(line)\n")
            }
            running[id] = entry
            if mode == .terminal && time - lastDraw > 0.1 { redraw() }
        }
    }

    /// A training finished an epoch.
    func epoch(id: String, epoch: Int, of total: Int, loss: Double) {
        progress(
            id: id, done: epoch, of: total, unit: "epoch",
            detail: "loss \(NumberFormat(".6g")!.format(loss))")
    }

    /// A directive finished (or failed).
    func end(id: String, succeeded: Bool) {
        lock.withLock {
            guard let entry = running.removeValue(forKey: id) else { return }
            let seconds = now() - entry.start
            let status = succeeded ? "done " : "FAIL "
            clear()
            if mode != .silent {
                write("\(status) \(entry.label) (\(String(format: "%.2f", seconds)) s)\n")
            }
            redraw()
        }
    }

    /// A note (for example a corrupt cache entry).
    func note(_ text: String) {
        lock.withLock {
            clear()
            if mode != .silent { write(text + "\n") }
            redraw()
        }
    }

    /// Like `12 s`, `3 min 20 s` or `2 h 5 min`.
    static func duration(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded())
        if whole < 60 { return "\(whole) s" }
        if whole < 3600 { return "\(whole / 60) min \(whole % 60) s" }
        return "\(whole / 3600) h \(whole % 3600 / 60) min"
    }

    private func clear() {
        guard mode == .terminal, drawnLines > 0 else { return }
        write(String(repeating: "\u{1B}[1A\u{1B}[2K", count: drawnLines))
        drawnLines = 0
    }

    private func redraw() {
        guard mode == .terminal else { return }
        lastDraw = now()
        clear()
        let lines = running.keys.sorted().map { running[$0]!.line }
        for line in lines { write(line + "\n") }
        drawnLines = lines.count
    }
}
