import CCmarkGFM
import Foundation

/// A Markdown document parsed by cmark-gfm with GitHub's tables, strikethrough and autolinks:
/// the one cmark set-up of CutBook. The HTML site renders the tree (`html`); the book walks it.
final class MarkdownTree {
    /// The `cmark_node *` of the document.
    let root: OpaquePointer
    private let parser: OpaquePointer

    private static let registration: Void = {
        cmark_gfm_core_extensions_ensure_registered()
    }()
    private static let lock = NSLock()

    /// Parses `text`; returns nil only when cmark cannot allocate.
    init?(_ text: String) {
        Self.lock.withLock { _ = Self.registration }
        guard let parser = cmark_parser_new(CMARK_OPT_DEFAULT) else { return nil }
        for name in ["table", "strikethrough", "autolink"] {
            if let syntax = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, syntax)
            }
        }
        let bytes = Array(text.utf8)
        bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                cmark_parser_feed(parser, chars.baseAddress, chars.count)
            }
        }
        guard let root = cmark_parser_finish(parser) else {
            cmark_parser_free(parser)
            return nil
        }
        self.parser = parser
        self.root = root
    }

    /// The tree as HTML. Raw HTML in the source is omitted (cmark's safe mode), so pages stay
    /// well-formed.
    func html() -> String {
        guard
            let rendered = cmark_render_html(
                root, CMARK_OPT_DEFAULT, cmark_parser_get_syntax_extensions(parser))
        else { return "" }
        defer { free(rendered) }
        return String(cString: rendered)
    }

    deinit {
        cmark_node_free(root)
        cmark_parser_free(parser)
    }
}

/// Reading a cmark node.
enum MarkdownNode {
    /// The node's type name (`paragraph`, `heading`, `table_cell`, `text`, …).
    static func kind(_ node: OpaquePointer) -> String {
        cmark_node_get_type_string(node).map { String(cString: $0) } ?? ""
    }

    /// The node's children, in order.
    static func children(_ node: OpaquePointer) -> [OpaquePointer] {
        var out: [OpaquePointer] = []
        var child = cmark_node_first_child(node)
        while let current = child {
            out.append(current)
            child = cmark_node_next(current)
        }
        return out
    }

    /// The node's literal text (text, code, code blocks).
    static func literal(_ node: OpaquePointer) -> String {
        cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
    }

    /// A link's address.
    static func url(_ node: OpaquePointer) -> String {
        cmark_node_get_url(node).map { String(cString: $0) } ?? ""
    }

    /// A heading's level.
    static func headingLevel(_ node: OpaquePointer) -> Int {
        Int(cmark_node_get_heading_level(node))
    }

    /// Whether a list is numbered, and its first number.
    static func list(_ node: OpaquePointer) -> (ordered: Bool, start: Int) {
        (cmark_node_get_list_type(node) == CMARK_ORDERED_LIST, Int(cmark_node_get_list_start(node)))
    }

    /// A table's column alignments.
    static func tableAlignments(_ node: OpaquePointer) -> [ColumnAlignment] {
        let count = Int(cmark_gfm_extensions_get_table_columns(node))
        guard let raw = cmark_gfm_extensions_get_table_alignments(node) else {
            return Array(repeating: .left, count: count)
        }
        return (0..<count).map { column in
            switch raw[column] {
            case UInt8(ascii: "c"): return .center
            case UInt8(ascii: "r"): return .right
            default: return .left
            }
        }
    }
}
