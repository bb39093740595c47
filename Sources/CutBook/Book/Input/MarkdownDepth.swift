import CCmarkGFM

/// How deeply a Markdown tree nests, measured without recursion, so that the book's recursive
/// walk of the tree (blocks inside block quotes and lists, inlines inside emphasis and links)
/// is only started on trees whose depth it can take.
enum MarkdownDepth {
    /// The deepest nesting the book walks: far beyond any document a person writes, and far
    /// below what the walk's stack could hold.
    static let limit = 100

    /// The first node nested deeper than `limit` below `root` (the document is depth 0), with
    /// its line and column in the parsed text, or nil when the tree is shallow enough.
    static func firstTooDeep(in root: OpaquePointer) -> (line: Int, column: Int)? {
        guard let iterator = cmark_iter_new(root) else { return nil }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE || event == CMARK_EVENT_NONE { return nil }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else {
                continue
            }
            // Its depth, counted up the parents, but never more than one past the limit.
            var depth = 0
            var parent = cmark_node_parent(node)
            while let above = parent, depth <= limit {
                depth += 1
                parent = cmark_node_parent(above)
            }
            if depth > limit { return located(node) }
        }
    }

    /// The start of `node`, or of the nearest ancestor that knows its start (inline nodes do
    /// not all carry positions).
    private static func located(_ node: OpaquePointer) -> (line: Int, column: Int) {
        var current: OpaquePointer? = node
        while let candidate = current {
            let line = Int(cmark_node_get_start_line(candidate))
            if line > 0 {
                return (line, max(1, Int(cmark_node_get_start_column(candidate))))
            }
            current = cmark_node_parent(candidate)
        }
        return (1, 1)
    }
}
