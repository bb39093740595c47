import Foundation
import Testing

@testable import CutBook

/// The finished book is cached: a warm build copies it, a damaged entry is typeset again.
@Suite("Book cache")
struct BookCacheTests {
    private func bookEntries(in cache: URL) throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: cache, includingPropertiesForKeys: nil)
            .filter { $0.lastPathComponent.hasPrefix("book-") }
    }

    private func temporaryCache() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent(
            "cutbook-book-cache-\(UUID().uuidString.prefix(8))")
    }

    @Test func warmBuildReusesTheCachedBookUnchanged() async throws {
        let cache = temporaryCache()
        let first = try await BookTestSupport.build(formats: ["pdf"], cache: cache)
        let entries = try bookEntries(in: cache)
        try #require(entries.count == 1)
        let stored = try Data(contentsOf: entries[0])

        let second = try await BookTestSupport.build(formats: ["pdf"], cache: cache)
        #expect(try bookEntries(in: cache) == entries)
        #expect(try Data(contentsOf: entries[0]) == stored)
        #expect(
            try Data(contentsOf: first.appendingPathComponent("book.pdf"))
                == Data(contentsOf: second.appendingPathComponent("book.pdf")))
    }

    @Test func damagedEntryIsTypesetAgainNotTrusted() async throws {
        let cache = temporaryCache()
        let first = try await BookTestSupport.build(formats: ["pdf"], cache: cache)
        let entry = try #require(try bookEntries(in: cache).first)
        let good = try Data(contentsOf: entry)
        var damaged = good
        damaged[damaged.count - 100] ^= 0xFF
        try damaged.write(to: entry)

        let second = try await BookTestSupport.build(formats: ["pdf"], cache: cache)
        #expect(
            try Data(contentsOf: first.appendingPathComponent("book.pdf"))
                == Data(contentsOf: second.appendingPathComponent("book.pdf")))
        #expect(try Data(contentsOf: entry) == good)
    }

    @Test func studyBooksAndTheWholeBookAreCachedApart() async throws {
        let cache = temporaryCache()
        _ = try await BookTestSupport.build(formats: ["pdf"], cache: cache)
        let study = try #require(
            try FileManager.default.contentsOfDirectory(
                atPath: BookTestSupport.fixture.path
            ).first { $0.hasSuffix(".md") }?.dropLast(3))
        _ = try await BookTestSupport.build(
            formats: ["pdf"], studies: [String(study)], cache: cache)
        #expect(try bookEntries(in: cache).count == 2)
    }
}
