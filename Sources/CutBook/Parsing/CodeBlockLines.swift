import CCmarkGFM

/// The lines of a template that are inside code blocks, as cmark-gfm itself sees them, so that
/// directives, math and references there stay literal text exactly where CommonMark makes code:
/// fenced blocks (fences included), and indented blocks only where an indented line cannot
/// continue a paragraph or belong to a list item — in lists, block quotes and at the top level.
enum CodeBlockLines {
    /// The 1-based numbers of the lines of `text` that belong to a code block.
    static func lines(in text: String) -> Set<Int> {
        guard let tree = MarkdownTree(text) else { return [] }
        var lines: Set<Int> = []
        collect(tree.root, into: &lines)
        return lines
    }

    private static func collect(_ node: OpaquePointer, into lines: inout Set<Int>) {
        if MarkdownNode.kind(node) == "code_block" {
            let first = Int(cmark_node_get_start_line(node))
            let last = Int(cmark_node_get_end_line(node))
            if first > 0 && last >= first { lines.formUnion(first...last) }
            return
        }
        for child in MarkdownNode.children(node) { collect(child, into: &lines) }
    }
}
