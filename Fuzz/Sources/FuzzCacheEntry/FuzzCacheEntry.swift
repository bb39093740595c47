import Foundation

@testable import CutBook

/// The cache entry reader on any bytes: `ResultCache.decode` is pure (no file is read), so the
/// input is decoded twice, as a whole entry and as the body of an entry framed for `key` with
/// a valid checksum (so that the body's decoder is reached, not only the checksum test).
/// Neither may trap, and a hit must encode again.
let key = "fuzz"

func check(_ lookup: ResultCache.Lookup) {
    if case .hit(let value) = lookup { _ = try? value.binaryEncoded() }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCacheEntry(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let input = Data(bytes: data, count: size)
    check(ResultCache.decode(entry: input, key: key))
    let framed = CacheEntryFrame.frame(input, key: key, magic: ResultCache.entryMagic)
    check(ResultCache.decode(entry: framed, key: key))
    return 0
}
