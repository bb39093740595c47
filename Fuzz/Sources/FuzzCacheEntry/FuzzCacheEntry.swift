import Foundation

@testable import CutBook

/// One cache folder per process; each input is written as the entry of `key`. In memory
/// (`/dev/shm`) where there is one: Foundation syncs every file it writes, which on a disk
/// makes a run fifty times slower.
let cache = ResultCache(
    directory: URL(
        fileURLWithPath: FileManager.default.fileExists(atPath: "/dev/shm")
            ? "/dev/shm" : NSTemporaryDirectory()
    )
    .appendingPathComponent("cutbook-fuzz-cache-\(getpid())"))
let key = "fuzz"

/// Reads `entry` as the cache entry file of `key`. Today through a file and `load`; when
/// `ResultCache.decode(entry:key:)` exists this body becomes that one call.
func lookUp(entry: Data) -> ResultCache.Lookup {
    try? FileManager.default.createDirectory(at: cache.directory, withIntermediateDirectories: true)
    guard (try? entry.write(to: cache.url(for: key))) != nil else { fatalError("cannot write") }
    return cache.load(key)
}

/// The entry with its checksum line recomputed, so the fuzzer reaches the body's decoder
/// (it cannot forge a checksum itself). Nil when the input has no header line.
func withValidChecksum(_ entry: Data) -> Data? {
    guard let newline = entry.firstIndex(of: UInt8(ascii: "\n")) else { return nil }
    let body = entry[(newline + 1)...]
    var fixed = Data(("cutbook-cache 2 " + EntryChecksum.hex(body) + "\n").utf8)
    fixed.append(body)
    return fixed
}

func check(_ lookup: ResultCache.Lookup) {
    if case .hit(let value) = lookup { _ = try? value.binaryEncoded() }
}

@_cdecl("LLVMFuzzerInitialize")
public func initialize(_ argc: UnsafeMutablePointer<Int32>, _ argv: UnsafeMutableRawPointer)
    -> Int32
{
    atexit { try? FileManager.default.removeItem(at: cache.directory) }
    return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCacheEntry(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let entry = Data(bytes: data, count: size)
    check(lookUp(entry: entry))
    if let fixed = withValidChecksum(entry) { check(lookUp(entry: fixed)) }
    return 0
}
