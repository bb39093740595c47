import Foundation

/// The file `.cutbook-site` that marks a folder as a site CutBook wrote. `cutbook build` replaces
/// only a folder that carries it (or an empty one), and `cutbook clean --outputs` removes only
/// such folders, so neither can delete a folder of the user's by mistake.
///
/// Its first line is the signature `cutbook-site 1`; the rest says in words what wrote it.
/// Sites written before the marker existed are recognised by the generator line CutBook puts
/// in every page (`<meta name="generator" content="CutBook …">` in `index.html`).
enum SiteMarker {
    /// The marker's file name.
    static let fileName = ".cutbook-site"

    /// The first line of the marker.
    static let signature = "cutbook-site 1"

    /// The marker's bytes, as the site writer puts them into every site.
    static var contents: Data {
        Data(
            """
            \(signature)
            This folder is an HTML site written by CutBook \(CutBook.version) (`cutbook build`).
            cutbook build replaces it as a whole and cutbook clean --outputs removes it;
            do not keep files of your own here.

            """.utf8)
    }

    /// Whether the folder at `folder` (a resolved path) is a site CutBook wrote: it carries the
    /// marker, or it is a site of an earlier CutBook whose `index.html` names CutBook as its
    /// generator.
    static func marks(_ folder: String) -> Bool {
        if let data = regularFileBytes(folder + "/" + fileName, limit: 256),
            let text = String(data: data, encoding: .utf8),
            text.split(separator: "\n", omittingEmptySubsequences: false).first
                == Substring(signature)
        {
            return true
        }
        guard let index = regularFileBytes(folder + "/index.html", limit: 4096),
            let head = String(data: index, encoding: .utf8)
        else { return false }
        return head.contains("<meta name=\"generator\" content=\"CutBook ")
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
