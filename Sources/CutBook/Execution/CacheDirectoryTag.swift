import Foundation

/// The standard `CACHEDIR.TAG` file (https://bford.info/cachedir/) that marks the result
/// cache as a cache: backup tools skip the folder, and `cutbook clean` removes a cache folder
/// only when it is CutBook's.
///
/// `ResultCache.store` calls `marker.ensure(in:)` after creating the folder.
enum CacheDirectoryTag {
    /// The tag: the signature the standard requires, then a comment saying what wrote it.
    static let marker = FolderMarker(
        fileName: "CACHEDIR.TAG", signature: "Signature: 8a477f597d28d172789f06886806bc55",
        signatureIsWholeLine: false,
        explanation: """
            # This file is a cache directory tag created by CutBook (cutbook build).
            # The folder holds CutBook's result cache; cutbook clean removes it.

            """)

    /// Whether the folder at `path` is CutBook's result cache: it carries the tag, or (a cache
    /// written before the tag existed) it holds nothing but cache entries and their temporary
    /// files (`<key>.bin`, `<key>.json`, `book-<key>.bin`, `.<key>.<token>.tmp`).
    static func marks(_ path: String) -> Bool {
        if marker.isCarried(by: path) { return true }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: path),
            !names.isEmpty
        else { return false }
        return names.allSatisfy(isEntryName)
    }

    /// Whether `name` is the name of a cache entry or of an entry's temporary file.
    static func isEntryName(_ name: String) -> Bool {
        let hex = Set("0123456789abcdef")
        func isKey(_ text: Substring) -> Bool { text.count >= 16 && text.allSatisfy(hex.contains) }
        if name.hasPrefix("."), name.hasSuffix(".tmp") {
            let inner = name.dropFirst().dropLast(4)
            return inner.split(separator: ".").first.map(isKey) ?? false
        }
        for suffix in [".bin", ".json"] where name.hasSuffix(suffix) {
            var stem = name.dropLast(suffix.count)
            if stem.hasPrefix("book-") { stem = stem.dropFirst(5) }
            return isKey(stem)
        }
        return false
    }
}
