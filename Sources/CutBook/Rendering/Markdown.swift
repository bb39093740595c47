import Foundation

/// CommonMark with GitHub's tables, strikethrough and autolinks as HTML, through the one cmark
/// set-up (`MarkdownTree`). Raw HTML in the source is omitted (cmark's safe mode), so pages
/// stay well-formed.
enum Markdown {
    /// The HTML for `text`.
    static func html(_ text: String) -> String {
        MarkdownTree(text)?.html() ?? ""
    }

    /// The HTML of `text` as inline content (one paragraph's inside, without `<p>`).
    static func inlineHTML(_ text: String) -> String {
        var html = self.html(text).trimmingCharacters(in: .whitespacesAndNewlines)
        if html.hasPrefix("<p>") && html.hasSuffix("</p>") {
            html = String(html.dropFirst(3).dropLast(4))
        }
        return html
    }
}
