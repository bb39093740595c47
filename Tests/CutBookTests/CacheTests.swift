import Foundation
import Testing

@testable import CutBook

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

    @Test func nonFiniteNumbersRoundTripExactly() throws {
        let cache = ResultCache(directory: try Support.temporaryFolder())
        let negativeNaN = -Double.nan
        let specials = [Double.nan, negativeNaN, .infinity, -.infinity, -0.0, 1e-310]
        let record = TrainingRecord(
            model: "cuts(sigmoid)", epochs: 2, seconds: .nan,
            log: [.init(epoch: 1, loss: .nan, cuts: [.infinity])], losses: specials,
            trackedCuts: [specials], parameters: [.init(name: "w", shape: [6], values: specials)],
            warnings: ["loss became NaN"], columns: ["pt"])
        let table = ResultTable(headers: ["a"], rows: [[.number(.nan)], [.text("b")]])
        try cache.store(.training(record), for: "t")
        try cache.store(.table(table), for: "u")
        guard case .hit(.training(let back)) = cache.load("t"),
            case .hit(.table(let tableBack)) = cache.load("u")
        else {
            Issue.record("expected hits")
            return
        }
        #expect(back.losses.map(\.bitPattern) == specials.map(\.bitPattern))
        #expect(back.trackedCuts[0].map(\.bitPattern) == specials.map(\.bitPattern))
        #expect(back.parameters[0].values.map(\.bitPattern) == specials.map(\.bitPattern))
        #expect(back.seconds.isNaN && back.log[0].loss.isNaN && back.log[0].cuts == [.infinity])
        #expect(back.warnings == ["loss became NaN"])
        guard case .number(let cell) = tableBack.rows[0][0] else {
            Issue.record("expected a number cell")
            return
        }
        #expect(cell.isNaN && tableBack.rows[1][0] == .text("b"))
    }

    @Test func truncatedEntryIsCorrupt() throws {
        let folder = try Support.temporaryFolder()
        try ResultCache(directory: folder).store(.scalar(1), for: "k")
        let file = folder.appendingPathComponent("k.bin")
        let data = try Data(contentsOf: file)
        try data.prefix(data.count - 3).write(to: file)
        guard case .corrupt(let reason) = ResultCache(directory: folder).load("k") else {
            Issue.record("expected a corrupt entry")
            return
        }
        #expect(reason == "checksum mismatch")
    }

    @Test func firstFormatEntryIsNotTrusted() throws {
        let folder = try Support.temporaryFolder()
        let body = Data(#"{"kind":"scalar","scalar":2.5}"#.utf8)
        var entry = Data("cutbook-cache 1 \(SHA256.hex(body))\n".utf8)
        entry.append(body)
        try entry.write(to: folder.appendingPathComponent("k.json"))
        guard case .miss = ResultCache(directory: folder).load("k") else {
            Issue.record("expected a first-format entry (which names no key) to be a miss")
            return
        }
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
        let file = folder.appendingPathComponent("k.bin")
        var data = try Data(contentsOf: file)
        data[data.count - 1] ^= 1
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
            .object(EngineObject(kind: "dataset", payload: 1)), for: "k")
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
