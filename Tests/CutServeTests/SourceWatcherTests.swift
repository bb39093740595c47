import Foundation
import Testing

@testable import CutServe

/// The watcher sees a file change, appear and disappear, and the files of watched folders.
struct SourceWatcherTests {
    private func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "cutserve-watch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func changesAreEditsCreationsAndRemovals() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let a = dir.appendingPathComponent("a.md").path
        let b = dir.appendingPathComponent("b.md").path
        try Data("one".utf8).write(to: URL(fileURLWithPath: a))
        let watcher = SourceWatcher()
        let before = watcher.snapshot(of: [a, b])
        #expect(SourceWatcher.changes(from: before, to: watcher.snapshot(of: [a, b])) == [])
        try Data("three".utf8).write(to: URL(fileURLWithPath: a))
        try Data("new".utf8).write(to: URL(fileURLWithPath: b))
        #expect(SourceWatcher.changes(from: before, to: watcher.snapshot(of: [a, b])) == [a, b])
        let later = watcher.snapshot(of: [a, b])
        try FileManager.default.removeItem(atPath: b)
        #expect(SourceWatcher.changes(from: later, to: watcher.snapshot(of: [a, b])) == [b])
    }

    @Test func aNewFileInAWatchedFolderIsAChange() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let watcher = SourceWatcher(folders: [dir.path])
        let before = watcher.snapshot(of: [])
        try Data("body{}".utf8).write(to: dir.appendingPathComponent("style.css"))
        #expect(
            SourceWatcher.changes(from: before, to: watcher.snapshot(of: []))
                == [dir.appendingPathComponent("style.css").path])
    }

    @Test func nextChangeReturnsOnceTheFilesSettle() async throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("a.md")
        try Data("one".utf8).write(to: file)
        var watcher = SourceWatcher()
        watcher.interval = .milliseconds(20)
        watcher.settle = .milliseconds(20)
        let before = watcher.snapshot(of: [file.path])
        let writer = Task {
            try await Task.sleep(for: .milliseconds(50))
            try Data("two!".utf8).write(to: file)
        }
        let changed = await watcher.nextChange(after: before)
        try await writer.value
        #expect(changed == [file.path])
    }
}
