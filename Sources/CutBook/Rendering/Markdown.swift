import CCmarkGFM
import Foundation

/// CommonMark with GitHub's tables, strikethrough and autolinks, rendered by the system's
/// cmark-gfm. Raw HTML in the source is omitted (cmark's safe mode), so pages stay well-formed.
enum Markdown {
    private static let registration: Void = {
        cmark_gfm_core_extensions_ensure_registered()
    }()
    private static let lock = NSLock()

    /// The HTML for `text`.
    static func html(_ text: String) -> String {
        lock.withLock { _ = registration }
        let options = CMARK_OPT_DEFAULT
        guard let parser = cmark_parser_new(options) else { return "" }
        defer { cmark_parser_free(parser) }
        for name in ["table", "strikethrough", "autolink"] {
            if let extensionHandle = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, extensionHandle)
            }
        }
        let bytes = Array(text.utf8)
        bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                cmark_parser_feed(parser, chars.baseAddress, chars.count)
            }
        }
        guard let document = cmark_parser_finish(parser) else { return "" }
        defer { cmark_node_free(document) }
        guard
            let rendered = cmark_render_html(
                document, options, cmark_parser_get_syntax_extensions(parser))
        else { return "" }
        defer { free(rendered) }
        return String(cString: rendered)
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
