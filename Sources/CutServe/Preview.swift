import CutBook
import FlyingSocks
import Foundation

/// `cutbook serve`: builds a report, serves its site on 127.0.0.1 and rebuilds it whenever a
/// file the build read changes; the open pages reload themselves after each rebuild.
///
/// The steps, over and over:
/// 1. note the state of every file the last build read (`SourceWatcher`),
/// 2. build the HTML pages (`BuildOptions.skipsBook`, so the previous PDF book stays in place),
/// 3. tell the open pages (`PreviewStatus`): a good build reloads them, a failed one shows its
///    `file:line:col` errors over the last good pages, which stay on disk and served,
/// 4. when the formats ask for the PDF book and nothing changed meanwhile, build again with it,
/// 5. wait for a change to any file read (`report.yml`, chapters, includes, data files, and
///    the files of the watched template folders), then start over.
///
/// ```swift
/// var preview = Preview(build: BuildOptions(reportDirectory: "reports/quickstart"), port: 0)
/// try await preview.run(progress: .automatic()) { line in print(line) }  // runs until Ctrl-C
/// ```
public struct Preview: Sendable {
    /// What each build is asked to do (its output folder is the one served).
    public var build: BuildOptions
    /// The port on 127.0.0.1; 0 lets the system pick a free one (the announced URL names it).
    public var port: UInt16
    /// Folders whose files are watched besides the files the build reads (the templates).
    public var watchedFolders: [String] = []

    /// A preview of the build `build` on 127.0.0.1:`port`.
    public init(build: BuildOptions, port: UInt16) {
        self.build = build
        self.port = port
    }

    /// Serves and rebuilds until the task is cancelled or the process ends. `announce` gets the
    /// URL once the port is bound (standard output in the CLI); build results and errors go to
    /// `log`. Throws `PreviewError` when the folder has no `report.yml` or the port cannot be
    /// bound, and `OutputRefusal` when the output folder is not one CutBook may write.
    public func run(
        progress: ProgressReporter, log: @escaping @Sendable (String) -> Void = { _ in },
        announce: @escaping @Sendable (String) -> Void
    ) async throws {
        let settings = URL(fileURLWithPath: build.reportDirectory)
            .appendingPathComponent("report.yml").path
        guard FileManager.default.fileExists(atPath: settings) else {
            throw PreviewError.noReport(folder: build.reportDirectory)
        }
        let status = PreviewStatus()
        let site = SiteFiles(root: build.resolvedOutDirectory)
        let server: PreviewServer
        do {
            server = try PreviewServer(port: port, site: site, status: status)
        } catch {
            throw PreviewError.cannotListen(port: port, reason: "\(error)")
        }
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                do {
                    try await server.run()
                } catch is CancellationError {
                } catch {
                    throw PreviewError.cannotListen(port: port, reason: Self.reason(error))
                }
            }
            group.addTask {
                let bound = try await server.boundPort()
                announce("serving http://127.0.0.1:\(bound)/ (Ctrl-C stops)")
                try await rebuildForever(status: status, progress: progress, log: log)
            }
            try await group.next()
            group.cancelAll()
        }
    }

    /// Steps 1–5 of the type's comment, until cancelled.
    private func rebuildForever(
        status: PreviewStatus, progress: ProgressReporter, log: @escaping @Sendable (String) -> Void
    ) async throws {
        let watcher = SourceWatcher(folders: watchedFolders)
        var builder = PreviewBuilder(options: build, progress: progress, log: log)
        var watched: [String] = []
        while !Task.isCancelled {
            let before = watcher.snapshot(of: watched)
            let pages = try await builder.attempt(withBook: false)
            watched = builder.watchedFiles
            // Files first read by this build start from their state now.
            var baseline = watcher.snapshot(of: watched).merging(before) { _, old in old }
            await builder.publish(pages, to: status)
            if pages.bookPending,
                SourceWatcher.changes(from: baseline, to: watcher.snapshot(of: watched)).isEmpty
            {
                await builder.publish(try await builder.attempt(withBook: true), to: status)
                baseline = watcher.snapshot(of: watched).merging(baseline) { _, old in old }
            }
            let changed = await watcher.nextChange(after: baseline)
            if !changed.isEmpty {
                log("changed: " + changed.map(Self.shown).joined(separator: ", "))
            }
        }
    }

    /// A socket error as one line (`Address already in use`).
    static func reason(_ error: any Error) -> String {
        if case .failed(_, _, let message) = error as? SocketError { return message }
        return "\(error)"
    }

    /// `path` relative to the working folder when it lies inside it.
    static func shown(_ path: String) -> String {
        let here = FileManager.default.currentDirectoryPath
        return path.hasPrefix(here + "/") ? String(path.dropFirst(here.count + 1)) : path
    }
}

/// Why `cutbook serve` stopped.
public enum PreviewError: Error, CustomStringConvertible {
    /// The port could not be bound on 127.0.0.1 (in use, or not allowed).
    case cannotListen(port: UInt16, reason: String)
    /// The folder to preview has no `report.yml` (a mistyped folder, most likely).
    case noReport(folder: String)

    /// One line for the user, with the fix.
    public var description: String {
        switch self {
        case .cannotListen(let port, let reason):
            return
                "cannot serve on 127.0.0.1:\(port): \(reason); choose another --port (0 picks a free one)"
        case .noReport(let folder):
            return "no report.yml in '\(folder)'; pass the report folder (with report.yml)"
        }
    }
}
