/// The messages of `cutbook cache merge` (`CacheMerge`), each naming the file or folder and
/// what to do.
enum CacheMergeMessages {
    static func notAnEntry(_ path: String) -> String {
        "\(path): not a cache entry (expected <key>.bin, book-<key>.bin or CACHEDIR.TAG); move it out of the cache folder and merge again"
    }

    static func unreadable(_ path: String) -> String {
        "\(path): cannot be read; check its permissions and merge again"
    }

    static func swapped(_ path: String) -> String {
        "\(path): holds the entry of another key (its bytes were copied or renamed from another entry's file); not merged: delete it, or compute that shard again"
    }

    static func corrupt(_ path: String, reason: String) -> String {
        "\(path): corrupt (\(reason)); not merged: delete it, or compute that shard again"
    }

    static func conflict(_ first: String, _ second: String) -> String {
        "\(first) and \(second): two sound entries for the same key with different bytes (caches made by different versions of CutBook?); merge caches made by one version"
    }

    static func conflictWithDestination(_ held: String, _ source: String) -> String {
        "\(held): the destination already holds a sound entry for this key that differs from \(source); it is kept, not replaced: merge caches made by one version of CutBook"
    }

    static func changedWhileMerging(_ path: String) -> String {
        "\(path): changed while the caches were merged; the entries before it were copied, merge again"
    }

    static func notAFolder(_ path: String, destination: Bool) -> String {
        "\(path): not a folder; the \(destination ? "destination" : "source") of cache merge is a result cache folder"
    }

    static func notACache(_ path: String, destination: Bool) -> String {
        "\(path): not CutBook's result cache (no \(CacheDirectoryTag.marker.fileName) and not only cache entries); \(destination ? "merge into a cache, an empty folder or a new one" : "name the --cache folder of a build")"
    }

    static func missing(_ path: String) -> String {
        "\(path): no such folder; name the --cache folder of each shard's build"
    }

    static func sameFolder(_ path: String, _ earlier: String) -> String {
        "\(path): the same folder as \(earlier); name each cache once, and not the destination as a source"
    }
}
