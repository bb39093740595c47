import Foundation

/// The files a build read through `ReportFiles`: `report.yml`, the chapters, the includes and
/// the data files, each as the resolved path the report layer located (also when the file then
/// turned out to be missing, so that its creation can be noticed). `cutbook serve` watches them.
///
/// A log collects what is located while `recording` runs, in that task and its child tasks;
/// the planning and loading stages, which locate every file a build reads, run there. A failed
/// build still leaves the files it read up to the failure in the log.
///
/// ```swift
/// let log = FileReadLog()
/// let summary = try await log.recording {
///     try await ReportBuilder.build(options, progress: .automatic())
/// }
/// print(log.files)  // ["/…/quickstart/data.md", "/…/quickstart/report.yml", …]
/// ```
public final class FileReadLog: @unchecked Sendable {
    /// The log of the build running in this task, if one is recording.
    @TaskLocal static var current: FileReadLog?

    private let lock = NSLock()
    private var paths: Set<String> = []

    /// Creates an empty log.
    public init() {}

    /// Runs `body`, adding every file the report layer locates for reading while it runs.
    public func recording<T>(_ body: () async throws -> T) async rethrows -> T {
        try await Self.$current.withValue(self) { try await body() }
    }

    /// The paths recorded so far, sorted.
    public var files: [String] {
        lock.lock()
        defer { lock.unlock() }
        return paths.sorted()
    }

    /// Records that `url` was located for reading.
    func add(_ url: URL) {
        lock.lock()
        defer { lock.unlock() }
        paths.insert(url.path)
    }
}
