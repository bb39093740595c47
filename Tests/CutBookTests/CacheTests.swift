import CutBook
import Foundation
import Testing

/// The result cache: round trips, checksums, corrupt entries.
struct CacheTests {
    @Test func storedResultLoadsBack() throws {
        let cache = ResultCache(directory: try Support.temporaryFolder())
        let value = ResultValue.series(
            Series(xName: "cut", x: [1, 2], columns: [.init(name: "loss", values: [3, .nan])]))
        try cache.store(value, for: "k1")
        guard case .hit(.series(let series)) = cache.load("k1") else {
            Issue.record("expected a hit")
            return
        }
        #expect(series.x == [1, 2])
        #expect(series.columns[0].values[0] == 3)
        #expect(series.columns[0].values[1].isNaN)
    }

    @Test func missingEntryIsMiss() throws {
        let cache = ResultCache(directory: try Support.temporaryFolder())
        guard case .miss = cache.load("absent") else {
            Issue.record("expected a miss")
            return
        }
    }

    @Test func flippedByteIsCorruptNotTrusted() throws {
        let folder = try Support.temporaryFolder()
        let cache = ResultCache(directory: folder)
        try cache.store(.scalar(3.737), for: "k")
        let file = folder.appendingPathComponent("k.json")
        var data = try Data(contentsOf: file)
        let index = data.lastIndex(of: UInt8(ascii: "3"))!
        data[index] = UInt8(ascii: "4")
        try data.write(to: file)
        guard case .corrupt(let reason) = cache.load("k") else {
            Issue.record("expected a corrupt entry")
            return
        }
        #expect(reason == "checksum mismatch")
    }

    @Test func noCacheReadsNothing() throws {
        let folder = try Support.temporaryFolder()
        try ResultCache(directory: folder).store(.scalar(1), for: "k")
        guard case .miss = ResultCache(directory: folder, reads: false).load("k") else {
            Issue.record("expected a miss with reads off")
            return
        }
    }

    @Test func inMemoryObjectsAreNotStored() throws {
        let folder = try Support.temporaryFolder()
        try ResultCache(directory: folder).store(
            .object(EngineObject(kind: "dataset", payload: 1, fields: [:])), for: "k")
        #expect(!ResultCache(directory: folder).contains("k"))
    }
}

/// The cache's SHA-256 against the FIPS 180-4 examples.
struct SHA256Tests {
    @Test func emptyMessage() {
        #expect(
            SHA256.hex([UInt8]())
                == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }

    @Test func oneBlockMessage() {
        #expect(
            SHA256.hex(Array("abc".utf8))
                == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test func twoBlockMessage() {
        let message = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"
        #expect(
            SHA256.hex(Array(message.utf8))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    @Test func millionAs() {
        #expect(
            SHA256.hex([UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000))
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }
}
