import CutPlot

/// Inline content: cmark's inline nodes with placeholder tokens swapped for values, formulas
/// and cross-reference links.
extension BookDocumentBuilder {
    /// A placeholder token found in text.
    struct Token {
        var kind: Placeholder.Kind
        var index: Int
        var range: Range<String.Index>
    }

    /// The inline content under a node.
    mutating func inlines(of node: OpaquePointer) -> [BookInline] {
        var out: [BookInline] = []
        for child in MarkdownNode.children(node) {
            switch MarkdownNode.kind(child) {
            case "text": out += expand(MarkdownNode.literal(child))
            case "softbreak": out.append(.text(" "))
            case "linebreak": out.append(.lineBreak)
            case "code": out.append(.code(MarkdownNode.literal(child)))
            case "emph": out.append(.emphasis(inlines(of: child)))
            case "strong": out.append(.strong(inlines(of: child)))
            case "strikethrough": out.append(.strikethrough(inlines(of: child)))
            case "link":
                let content = inlines(of: child)
                if let target = linkTarget(MarkdownNode.url(child)) {
                    out.append(.link(target, content))
                } else {
                    out += content
                }
            case "image":
                out.append(.emphasis([.text("[image: ")] + inlines(of: child) + [.text("]")]))
            default: out += inlines(of: child)
            }
        }
        return out
    }

    /// Where a Markdown link goes in the book: a page of the site (`scan.html`, `scan.html#x`)
    /// becomes its chapter; an address with a scheme (`https:`, `mailto:`) stays; any other
    /// relative address, which means nothing inside a PDF, is no link.
    func linkTarget(_ url: String) -> BookLink? {
        if url.range(of: "^[A-Za-z][A-Za-z0-9+.-]*:", options: .regularExpression) != nil {
            return .uri(url)
        }
        let page = url.split(separator: "#", maxSplits: 1).first.map(String.init) ?? ""
        guard page.hasSuffix(".html") else { return nil }
        let name = String(page.dropLast(5))
        if name == "index" { return .destination(ContentsPage.anchor) }
        return chosen.contains(name) ? .destination("chapter-\(name)") : nil
    }

    /// `text` with every placeholder token replaced by what it stands for.
    mutating func expand(_ text: String) -> [BookInline] {
        var out: [BookInline] = []
        var rest = text[...]
        while let token = Self.firstToken(in: rest, prefix: study.placeholderPrefix) {
            if token.range.lowerBound > rest.startIndex {
                out.append(.text(String(rest[..<token.range.lowerBound])))
            }
            switch token.kind {
            case .directive: out += inlineDirective(index: token.index)
            case .math:
                if let node = math(study.math[token.index]) { out.append(.math(node)) }
            case .reference: out += reference(study.references[token.index])
            }
            rest = rest[token.range.upperBound...]
        }
        if !rest.isEmpty { out.append(.text(String(rest))) }
        return out
    }

    /// The first token `<prefix><kind><digits>Z` in `text`.
    static func firstToken(in text: Substring, prefix: String) -> Token? {
        var searchFrom = text.startIndex
        while let found = text[searchFrom...].range(of: prefix) {
            var cursor = found.upperBound
            searchFrom = found.upperBound
            guard cursor < text.endIndex, let kind = Placeholder.Kind(rawValue: text[cursor]) else {
                continue
            }
            cursor = text.index(after: cursor)
            let digits = text[cursor...].prefix { $0.isASCII && $0.isNumber }
            guard !digits.isEmpty, digits.endIndex < text.endIndex, text[digits.endIndex] == "Z",
                let index = Int(digits)
            else { continue }
            return Token(
                kind: kind, index: index,
                range: found.lowerBound..<text.index(after: digits.endIndex))
        }
        return nil
    }

    /// The token when `text` (trimmed) is exactly one token.
    static func soleToken(_ text: String, prefix: String) -> Token? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)[...]
        guard let token = firstToken(in: trimmed, prefix: prefix),
            token.range == trimmed.startIndex..<trimmed.endIndex
        else { return nil }
        return token
    }

    /// A math span as a tree; a problem is reported at the span's location.
    mutating func math(_ span: MathSpan) -> MathNode? {
        do {
            return try MathNode.parse(tex: span.tex)
        } catch {
            diagnostics.add(Messages.math(error, in: span))
            return nil
        }
    }

    /// The `caption=` text of `directive`: `$…$` as formulas, the rest as inline Markdown.
    mutating func captionInlines(_ text: String, of directive: Directive) -> [BookInline] {
        var out: [BookInline] = []
        let parts = text.split(separator: "$", omittingEmptySubsequences: false)
        var offset = 0
        for (position, part) in parts.enumerated() {
            defer { offset += part.count + 1 }
            if position % 2 == 1 && position < parts.count - 1 {
                do {
                    out.append(.math(try MathNode.parse(tex: String(part))))
                } catch {
                    var problem = error
                    problem.offset += offset
                    diagnostics.add(Messages.math(problem, inOption: "caption", of: directive))
                }
            } else if !part.isEmpty {
                let literal = position % 2 == 1 ? "$" + part : String(part)
                out += markdownInlines(literal)
            }
        }
        return out
    }

    /// Inline Markdown (emphasis, code, links) of a short text such as a caption.
    mutating func markdownInlines(_ text: String) -> [BookInline] {
        let leading = text.prefix { $0 == " " }.isEmpty ? [] : [BookInline.text(" ")]
        let trailing = text.reversed().prefix { $0 == " " }.isEmpty ? [] : [BookInline.text(" ")]
        guard let tree = MarkdownTree(text), let paragraph = MarkdownNode.children(tree.root).first
        else {
            return [.text(text)]
        }
        if MarkdownDepth.firstTooDeep(in: tree.root) != nil {
            diagnostics.add(Messages.captionTooDeep(in: study.file))
            return [.text(text)]
        }
        return leading + inlines(of: paragraph) + trailing
    }

    private mutating func reference(_ reference: CrossReference) -> [BookInline] {
        guard let item = presentation.resolve(reference, diagnostics: &diagnostics) else {
            return []
        }
        let text = BookInline.text("\(item.word)\u{00A0}\(item.number)")
        return chosen.contains(item.study) ? [.link(.destination(item.anchor), [text])] : [text]
    }
}
