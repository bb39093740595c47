import Foundation
import Testing

@testable import CutBook

/// `cutbook cache merge`: sound entries (results and books) are copied; a corrupt or swapped
/// entry, a stray file or a conflict is refused, named, and nothing is copied; the destination's
/// sound entries are never replaced, its damaged ones are; bad folders are refused.
@Suite struct CacheMergeTests {
    private let keyA = String(repeating: "a", count: 64)
    private let keyB = String(repeating: "b", count: 64)
    private let keyC = String(repeating: "c", count: 64)

    /// A cache folder `name` in `parent` holding `values` by key.
    private func cache(_ name: String, in parent: URL, _ values: [String: Double]) throws -> URL {
        let folder = parent.appendingPathComponent(name)
        let cache = ResultCache(directory: folder)
        for (key, value) in values { try cache.store(.scalar(value), for: key) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try CacheDirectoryTag.marker.ensure(in: folder)
        return folder
    }

    private func value(_ folder: URL, _ key: String) -> Double? {
        guard case .hit(.scalar(let value)) = ResultCache(directory: folder).load(key) else {
            return nil
        }
        return value
    }

    private func entries(_ folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter {
            $0.hasSuffix(".bin")
        }.sorted()
    }

    private func problems(_ body: () throws -> Void) -> [String] {
        do {
            try body()
            return []
        } catch let failure as CacheMerge.Failure {
            return failure.problems
        } catch {
            return ["unexpected \(error)"]
        }
    }

    @Test func soundEntriesOfEveryShardAreCopiedOnce() throws {
        let parent = try Support.temporaryFolder()
        let one = try cache("one", in: parent, [keyA: 1])
        let two = try cache("two", in: parent, [keyB: 2, keyC: 3])
        let book = BookCache(cache: ResultCache(directory: two))
        try book.store(["x.pdf": Data("%PDF".utf8)], for: keyA)
        let destination = parent.appendingPathComponent("merged/cache")
        let outcome = try CacheMerge.merge(into: destination.path, from: [one.path, two.path])
        #expect(outcome == CacheMerge.Outcome(copied: 4))
        #expect(value(destination, keyA) == 1 && value(destination, keyB) == 2)
        #expect(value(destination, keyC) == 3)
        #expect(book.load(keyA) == ["x.pdf": Data("%PDF".utf8)])
        #expect(CacheDirectoryTag.marker.isCarried(by: destination.path))
        // Merging again finds everything there already and writes nothing.
        let again = try CacheMerge.merge(into: destination.path, from: [one.path, two.path])
        #expect(again == CacheMerge.Outcome(alreadyPresent: 4))
    }

    @Test func aCorruptOrSwappedEntryIsRefusedAndNothingIsCopied() throws {
        let parent = try Support.temporaryFolder()
        let good = try cache("good", in: parent, [keyA: 1])
        let bad = try cache("bad", in: parent, [keyB: 2, keyC: 3])
        // One byte of keyB's entry changed; keyC's bytes copied over an entry named keyA.
        var bytes = try Data(contentsOf: bad.appendingPathComponent(keyB + ".bin"))
        bytes[bytes.count - 1] ^= 0x01
        try bytes.write(to: bad.appendingPathComponent(keyB + ".bin"))
        try FileManager.default.copyItem(
            at: bad.appendingPathComponent(keyC + ".bin"),
            to: bad.appendingPathComponent(keyA + ".bin"))
        try Data("notes".utf8).write(to: bad.appendingPathComponent("notes.txt"))
        let destination = parent.appendingPathComponent("dest")
        let found = problems {
            _ = try CacheMerge.merge(into: destination.path, from: [good.path, bad.path])
        }
        let path = bad.path
        #expect(
            found == [
                CacheMergeMessages.swapped("\(path)/\(keyA).bin"),
                CacheMergeMessages.corrupt("\(path)/\(keyB).bin", reason: "checksum mismatch"),
                CacheMergeMessages.notAnEntry("\(path)/notes.txt"),
            ])
        #expect(
            found.first?.hasPrefix("\(path)/\(keyA).bin: holds the entry of another key") == true)
        #expect(!FileManager.default.fileExists(atPath: destination.path), "something was copied")
    }

    @Test func theDestinationsSoundEntriesAreNeverReplaced() throws {
        let parent = try Support.temporaryFolder()
        let destination = try cache("dest", in: parent, [keyA: 1, keyB: 2])
        let source = try cache("src", in: parent, [keyA: 10, keyC: 3])
        let found = problems {
            _ = try CacheMerge.merge(into: destination.path, from: [source.path])
        }
        #expect(
            found == [
                CacheMergeMessages.conflictWithDestination(
                    "\(destination.path)/\(keyA).bin", "\(source.path)/\(keyA).bin")
            ])
        #expect(value(destination, keyA) == 1)
        #expect(value(destination, keyC) == nil, "nothing is copied when a merge fails")

        // Two sources that disagree on one key conflict too.
        let other = try cache("other", in: parent, [keyC: 30])
        let fresh = parent.appendingPathComponent("fresh")
        let conflict = problems {
            _ = try CacheMerge.merge(into: fresh.path, from: [source.path, other.path])
        }
        #expect(
            conflict.contains(
                CacheMergeMessages.conflict(
                    "\(source.path)/\(keyC).bin", "\(other.path)/\(keyC).bin")))

        // A damaged destination entry is replaced by the sound one.
        var bytes = try Data(contentsOf: destination.appendingPathComponent(keyB + ".bin"))
        bytes.removeLast()
        try bytes.write(to: destination.appendingPathComponent(keyB + ".bin"))
        let repair = try cache("repair", in: parent, [keyB: 2])
        let outcome = try CacheMerge.merge(into: destination.path, from: [repair.path])
        #expect(outcome == CacheMerge.Outcome(copied: 1, replaced: 1))
        #expect(value(destination, keyB) == 2 && value(destination, keyA) == 1)
    }

    @Test func badFoldersAreRefused() throws {
        let parent = try Support.temporaryFolder()
        let source = try cache("src", in: parent, [keyA: 1])
        let stranger = parent.appendingPathComponent("documents")
        try FileManager.default.createDirectory(at: stranger, withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: stranger.appendingPathComponent("letter.txt"))
        let missing = parent.appendingPathComponent("shard-9").path
        #expect(
            problems { _ = try CacheMerge.merge(into: stranger.path, from: [source.path]) } == [
                CacheMergeMessages.notACache(stranger.path, destination: true)
            ])
        #expect(
            problems {
                _ = try CacheMerge.merge(
                    into: parent.appendingPathComponent("d").path,
                    from: [source.path, missing, stranger.path, source.path])
            } == [
                CacheMergeMessages.missing(missing),
                CacheMergeMessages.notACache(stranger.path, destination: false),
                CacheMergeMessages.sameFolder(source.path, source.path),
            ])
        #expect(
            problems { _ = try CacheMerge.merge(into: source.path, from: [source.path]) } == [
                CacheMergeMessages.sameFolder(source.path, source.path)
            ])
        #expect(entries(stranger).isEmpty)
        #expect(!FileManager.default.fileExists(atPath: parent.appendingPathComponent("d").path))
    }
}
