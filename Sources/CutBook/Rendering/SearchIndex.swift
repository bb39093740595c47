import Foundation

/// The search index of the site, `search-index.js`: one entry per section of every page (the
/// text before a page's first `##` is an entry of its own), written as a script that sets
/// `window.cutbookSearchIndex`, which `templates/search.js` reads. A script rather than JSON,
/// because browsers block `fetch()` of a file next to a page opened from `file://`.
///
/// The text of a section is its Markdown as the page shows it, as plain text: values as
/// formatted, figures and tables as `Figure 6.3.` and their caption, cross-references as
/// `Figure 6.3`, math as its TeX (readers search for `w_x`, not for MathML's letters). Every
/// study is indexed, also in a `--study` build, so the index always lists every page; a value
/// that build did not compute is left out of the text.
enum SearchIndex {
    /// One section of a page.
    struct Entry: Encodable, Equatable {
        /// The page (`scan.html`).
        var page: String
        /// The section's anchor on the page; empty for the text before the first section.
        var anchor: String
        /// The chapter's title.
        var chapter: String
        /// The section's title as plain text; the chapter's title for the opening text.
        var section: String
        /// The section's text, plain, with runs of white space as one space.
        var text: String
    }

    /// The name of the index in the site folder.
    static let fileName = "search-index.js"

    /// The entries of every study of the presentation's report, in reading order.
    static func entries(_ presentation: ReportPresentation) -> [Entry] {
        presentation.report.studies.flatMap { entries(of: $0, presentation) }
    }

    /// The index file's text.
    static func script(_ entries: [Entry]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Encoding strings cannot fail.
        let json = String(decoding: try! encoder.encode(entries), as: UTF8.self)
        return "// The search index of this site, written by CutBook; read by search.js.\n"
            + "window.cutbookSearchIndex = \(json);\n"
    }

    private static func entries(of study: Study, _ presentation: ReportPresentation) -> [Entry] {
        let markdown = Markdown.html(study.markdown)
        // The anchors come from the headings as the page writes them (math as MathML) …
        let anchors = Headings.outline(
            ofHTML: Headings.addingAnchors(
                to: substitute(markdown, of: study, presentation) { span in
                    (try? MathML.convert(span.tex, display: span.isDisplay)) ?? ""
                })
        ).map(\.anchor)
        // … the text from the same headings and paragraphs with math as TeX.
        let chunks = sections(
            of: substitute(markdown, of: study, presentation) { span in HTML.escape(span.tex) })
        var entries: [Entry] = []
        for (position, chunk) in chunks.enumerated() {
            let anchor = position == 0 ? "" : anchors[position - 1]
            let heading = plainText(chunk.heading)
            let text = plainText(chunk.body)
            if position == 0 && text.isEmpty { continue }
            entries.append(
                Entry(
                    page: "\(study.name).html", anchor: anchor, chapter: study.title,
                    section: position == 0 ? study.title : heading, text: text))
        }
        return entries
    }

    /// `html` with its placeholders replaced: directives by their text, math by `math`,
    /// cross-references by `Figure 6.3`.
    private static func substitute(
        _ html: String, of study: Study, _ presentation: ReportPresentation,
        math: (MathSpan) -> String
    ) -> String {
        var html = html
        func replace(_ kind: Placeholder.Kind, _ index: Int, with text: String) {
            let token = Placeholder.token(prefix: study.placeholderPrefix, kind: kind, index: index)
            html = html.replacingOccurrences(of: token, with: text)
        }
        for index in study.directives.indices {
            replace(.directive, index, with: HTML.escape(directiveText(study, index, presentation)))
        }
        for (index, span) in study.math.enumerated() { replace(.math, index, with: math(span)) }
        var ignored = DiagnosticBag()
        for (index, reference) in study.references.enumerated() {
            let item = presentation.resolve(reference, diagnostics: &ignored)
            replace(.reference, index, with: item.map { "\($0.word) \($0.number)" } ?? "")
        }
        return html
    }

    /// A figure's or table's number and caption (its math as TeX, like the prose's); a value's
    /// text; nothing for other blocks.
    private static func directiveText(
        _ study: Study, _ index: Int, _ presentation: ReportPresentation
    ) -> String {
        guard let item = presentation.plan.nodes["\(study.name)#\(index)"]?.directive else {
            return ""
        }
        if let numbered = presentation.numbering.byID[item.id] {
            let word = item.verb == .plot ? "Figure" : "Table"
            let caption = (item.text("caption") ?? "").replacingOccurrences(of: "$", with: "")
            return " \(word) \(numbered.number). \(caption) "
        }
        return presentation.inlineText(study, index: index) ?? ""
    }

    /// The page split at its `<h2>` and `<h3>` headings: the text before the first, then each
    /// heading's content with the text up to the next heading.
    private static func sections(of html: String) -> [(heading: String, body: String)] {
        var chunks: [(heading: String, body: String)] = []
        var heading = ""
        var bodyStart = html.startIndex
        var rest = Substring(html)
        while let open = rest.range(of: "<h") {
            let after = rest[open.upperBound...]
            rest = after
            guard let level = after.first, level == "2" || level == "3",
                after.dropFirst().first == ">",
                let close = after.range(of: "</h\(level)>")
            else { continue }
            chunks.append((heading, String(html[bodyStart..<open.lowerBound])))
            heading = String(after[after.index(after.startIndex, offsetBy: 2)..<close.lowerBound])
            rest = after[close.upperBound...]
            bodyStart = rest.startIndex
        }
        chunks.append((heading, String(html[bodyStart...])))
        return chunks
    }

    /// `html` as text: tags removed (cmark ends every block with a line break, so words of
    /// two blocks stay apart), the entities cmark and `HTML.escape` write decoded, runs of
    /// white space as one space.
    static func plainText(_ html: String) -> String {
        var text = HTML.removingTags(html)
        for (entity, character) in [
            ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&"),
        ] {
            text = text.replacingOccurrences(of: entity, with: character)
        }
        return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
