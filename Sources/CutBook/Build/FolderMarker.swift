import Foundation

/// A small file that marks a folder as written by CutBook: a signature line, then words saying
/// what wrote the folder. `SiteMarker` (the site's `.cutbook-site`) and `CacheDirectoryTag`
/// (the result cache's `CACHEDIR.TAG`) are the two.
struct FolderMarker: Sendable {
    /// The marker's file name.
    let fileName: String
    /// The first line of the marker.
    let signature: String
    /// Whether the signature must be the whole first line (`cutbook-site 1` is not
    /// `cutbook-site 10`), or only its start (the cache directory tag standard asks for the
    /// file to begin with it).
    let signatureIsWholeLine: Bool
    /// The lines after the signature, each ending in a newline.
    let explanation: String

    /// The marker's bytes: the signature line, then the explanation.
    var contents: Data { Data((signature + "\n" + explanation).utf8) }

    /// Whether the folder at `folder` carries the marker: a regular file (not a link) of this
    /// name that starts with the signature.
    func isCarried(by folder: String) -> Bool {
        guard
            let data = Self.regularFileBytes(
                folder + "/" + fileName, limit: signature.utf8.count + 1)
        else { return false }
        let text = String(decoding: data, as: UTF8.self)
        guard signatureIsWholeLine else { return text.hasPrefix(signature) }
        return text.split(separator: "\n", omittingEmptySubsequences: false).first
            == Substring(signature)
    }

    /// Writes the marker into `directory` unless it is already there.
    func ensure(in directory: URL) throws {
        let url = directory.appendingPathComponent(fileName)
        guard !FileManager.default.fileExists(atPath: url.path) else { return }
        try contents.write(to: url, options: .atomic)
    }

    /// The first `limit` bytes of the regular file (not a link) at `path`, if it is one.
    static func regularFileBytes(_ path: String, limit: Int) -> Data? {
        guard
            let attributes = try? FileManager.default.attributesOfItem(atPath: path),
            attributes[.type] as? FileAttributeType == .typeRegular,
            let handle = FileHandle(forReadingAtPath: path)
        else { return nil }
        defer { try? handle.close() }
        return try? handle.read(upToCount: limit)
    }
}
