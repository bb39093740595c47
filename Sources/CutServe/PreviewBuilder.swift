import CutBook
import Foundation

/// One build of the preview at a time: runs it, records the files it read, and decides whether
/// the open pages must hear of it (`PreviewStatus.advance`).
///
/// A good build is announced when the site changed: a file other than the PDF book was written
/// anew, which the site writer's hard links for unchanged files make cheap to see from the
/// files' states. So the book's own pass, which leaves the pages as they were, reloads nothing.
struct PreviewBuilder {
    /// What one build gave.
    struct Outcome {
        /// The errors, as printed; nil for a good build.
        var failure: String?
        /// True when the HTML was written and the PDF book is still to be built.
        var bookPending = false
    }

    let options: BuildOptions
    let progress: ProgressReporter
    let log: @Sendable (String) -> Void

    /// The files the last good build read, and those the builds since then read.
    private(set) var watchedFiles: [String] = []
    private var lastGoodReads: [String] = []
    private var lastSite: SourceWatcher.Snapshot?
    private var lastFailed = false

    init(
        options: BuildOptions, progress: ProgressReporter, log: @escaping @Sendable (String) -> Void
    ) {
        self.options = options
        self.progress = progress
        self.log = log
    }

    /// Builds the HTML (with `withBook`, the PDF book too); throws only `OutputRefusal`, which
    /// no edit of the report can cure.
    mutating func attempt(withBook: Bool) async throws -> Outcome {
        var options = options
        options.skipsBook = !withBook
        let reads = FileReadLog()
        let start = Date()
        var outcome = Outcome()
        do {
            let summary = try await reads.recording {
                try await ReportBuilder.build(options, progress: progress)
            }
            let seconds = String(format: "%.2f", Date().timeIntervalSince(start))
            log(
                (withBook ? "built the book" : "built \(summary.pages.count) pages")
                    + " in \(seconds) s: \(summary.computed) computed, \(summary.loaded) from cache"
                    + (summary.bookPending ? "; the PDF book follows" : ""))
            outcome.bookPending = summary.bookPending
            lastGoodReads = reads.files
            watchedFiles = lastGoodReads
            return outcome
        } catch let refusal as OutputRefusal {
            throw refusal
        } catch let failure as BuildFailure {
            outcome.failure = failure.description
        } catch let failure as OutputFailure {
            outcome.failure = "error: \(failure)"
        } catch {
            outcome.failure = "error: \(error)"
        }
        log(outcome.failure! + "\nserving the last good build; fix the sources to rebuild")
        // Watch what this build read as well: the file it stopped at may be a new one.
        watchedFiles = Array(Set(lastGoodReads).union(reads.files)).sorted()
        return outcome
    }

    /// Tells the open pages about `outcome` when what they would show has changed.
    mutating func publish(_ outcome: Outcome, to status: PreviewStatus) async {
        if let failure = outcome.failure {
            lastFailed = true
            await status.advance(failure: failure)
            return
        }
        let site = Self.siteSnapshot(options.resolvedOutDirectory)
        guard site != lastSite || lastFailed else { return }
        lastSite = site
        lastFailed = false
        await status.advance(failure: nil)
    }

    /// The states of the site's files, except the PDF book at its top level.
    static func siteSnapshot(_ folder: String) -> SourceWatcher.Snapshot {
        let paths = FileManager.default.enumerator(atPath: folder)?.allObjects as? [String] ?? []
        var snapshot: SourceWatcher.Snapshot = [:]
        for path in paths where path.contains("/") || !path.hasSuffix(".pdf") {
            // Folders and the site marker are new in every build; only the files tell.
            var isFolder: ObjCBool = false
            let full = folder + "/" + path
            guard !path.split(separator: "/").contains(where: { $0.hasPrefix(".") }),
                FileManager.default.fileExists(atPath: full, isDirectory: &isFolder),
                !isFolder.boolValue
            else { continue }
            snapshot[path] = SourceWatcher.state(of: full)
        }
        return snapshot
    }
}
