/// The built-in page layout: the text of the package's `templates/page.html`, `index.html`,
/// `style.css` and `search.js`, compiled into CutBook so that a report builds with no templates folder in sight
/// (a release binary copied anywhere carries its layout).
///
/// `templates/` is the one source: each `DefaultTemplates+<Name>.swift` is generated from its
/// file, and `DefaultTemplatesTests` fails when a copy differs from the file. After editing a
/// template, regenerate the copies with
/// `CUTBOOK_UPDATE_TEMPLATES=1 swift test --filter DefaultTemplatesTests`.
enum DefaultTemplates {
    /// The templates folder's files and the Swift files holding their copies, in order.
    static let files: [(template: String, source: String)] = [
        ("page.html", "DefaultTemplates+Page.swift"),
        ("index.html", "DefaultTemplates+Index.swift"),
        ("style.css", "DefaultTemplates+Style.swift"),
        ("search.js", "DefaultTemplates+Search.swift"),
    ]

    /// The built-in text of the template file `name` (one of `files`).
    static func text(of name: String) -> String? {
        switch name {
        case "page.html": return page
        case "index.html": return index
        case "style.css": return style
        case "search.js": return search
        default: return nil
        }
    }

    /// The Swift source that defines the copy of template `name` (`page.html`) holding `text`:
    /// a raw multi-line string literal, with as many `#` as it needs to hold `text` unchanged.
    static func source(name: String, text: String) -> String {
        let property = String(name.prefix { $0 != "." })
        var hashes = "#"
        while text.contains("\"" + hashes) || text.contains("\\" + hashes) { hashes += "#" }
        let body = text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? "" : "        " + $0 }.joined(separator: "\n")
        return """
            // Generated from templates/\(name); do not edit. To regenerate after editing the template:
            // CUTBOOK_UPDATE_TEMPLATES=1 swift test --filter DefaultTemplatesTests

            extension DefaultTemplates {
                /// The built-in `\(name)` (a copy of `templates/\(name)`).
                static let \(property) = \(hashes)\"\"\"
            \(body)
                    \"\"\"\(hashes)
            }

            """
    }
}
