import Foundation

/// The file `.cutbook-site` that marks a folder as a site CutBook wrote. `cutbook build` replaces
/// only a folder that carries it (or an empty one), and `cutbook clean --outputs` removes only
/// such folders, so neither can delete a folder of the user's by mistake.
///
/// Its first line is the signature `cutbook-site 1`; the rest says in words what wrote it.
/// Sites written before the marker existed are recognised by the generator line CutBook puts
/// in every page (`<meta name="generator" content="CutBook …">` in `index.html`).
enum SiteMarker {
    /// The marker, as the site writer puts it into every site.
    static let marker = FolderMarker(
        fileName: ".cutbook-site", signature: "cutbook-site 1", signatureIsWholeLine: true,
        explanation: """
            This folder is an HTML site written by CutBook \(CutBook.version) (`cutbook build`).
            cutbook build replaces it as a whole and cutbook clean --outputs removes it;
            do not keep files of your own here.

            """)

    /// Whether the folder at `folder` (a resolved path) is a site CutBook wrote: it carries the
    /// marker, or it is a site of an earlier CutBook whose `index.html` names CutBook as its
    /// generator.
    static func marks(_ folder: String) -> Bool {
        if marker.isCarried(by: folder) { return true }
        guard let index = FolderMarker.regularFileBytes(folder + "/index.html", limit: 4096),
            let head = String(data: index, encoding: .utf8)
        else { return false }
        return head.contains("<meta name=\"generator\" content=\"CutBook ")
    }
}
