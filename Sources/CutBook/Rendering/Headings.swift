/// Anchors for section headings: `<h2>`/`<h3>` get an `id` made from their text (the rule is
/// `HeadingAnchors`, which the book uses too), and the index lists each page's `##` sections
/// with links to those anchors.
enum Headings {
    /// `html` with an `id` on every `<h2>` and `<h3>` (unique within the page).
    static func addingAnchors(to html: String) -> String {
        var output = ""
        var rest = Substring(html)
        var anchors = HeadingAnchors()
        while let open = rest.range(of: "<h") {
            let after = rest[open.upperBound...]
            guard let level = after.first, level == "2" || level == "3",
                after.dropFirst().first == ">",
                let close = after.range(of: "</h\(level)>")
            else {
                output += rest[..<open.upperBound]
                rest = after
                continue
            }
            let inner = after[after.index(after.startIndex, offsetBy: 2)..<close.lowerBound]
            let anchor = anchors.anchor(forHTML: String(inner))
            output += rest[..<open.lowerBound]
            output += "<h\(level) id=\"\(anchor)\">\(inner)</h\(level)>"
            rest = after[close.upperBound...]
        }
        return output + rest
    }

    /// The `## ` headings of a study (outside code blocks), as (HTML, anchor); math in them is
    /// MathML, directives their values' text (`values`), other placeholders are dropped.
    /// Anchors match those `addingAnchors` gives.
    static func sections(of study: Study, values: (Int) -> String) -> [(
        title: String, anchor: String
    )] {
        var sections: [(String, String)] = []
        var anchors = HeadingAnchors()
        for (level, text) in headingLines(of: study) {
            let html = Markdown.inlineHTML(text)
            let title = substitutingValues(
                in: substitutingMath(in: html, of: study), of: study, values)
            let anchor = anchors.anchor(forHTML: title)
            if level == 2 { sections.append((title, anchor)) }
        }
        return sections
    }

    /// The `##` and `###` heading lines of a study's Markdown outside code blocks, as (level,
    /// text after the hashes).
    static func headingLines(of study: Study) -> [(level: Int, text: String)] {
        let code = CodeBlockLines.lines(in: study.markdown)
        let lines = study.markdown.split(separator: "\n", omittingEmptySubsequences: false)
        var headings: [(Int, String)] = []
        for (index, line) in lines.enumerated() where !code.contains(index + 1) {
            let trimmed = line.drop { $0 == " " }
            let level = trimmed.hasPrefix("## ") ? 2 : trimmed.hasPrefix("### ") ? 3 : 0
            if level > 0 { headings.append((level, String(trimmed.dropFirst(level + 1)))) }
        }
        return headings
    }

    private static func substitutingValues(
        in html: String, of study: Study, _ values: (Int) -> String
    ) -> String {
        var title = html
        for index in study.directives.indices {
            let token = Placeholder.token(
                prefix: study.placeholderPrefix, kind: .directive, index: index)
            if title.contains(token) {
                title = title.replacingOccurrences(of: token, with: HTML.escape(values(index)))
            }
        }
        for index in study.references.indices {
            let token = Placeholder.token(
                prefix: study.placeholderPrefix, kind: .reference, index: index)
            title = title.replacingOccurrences(of: token, with: "")
        }
        return title
    }

    private static func substitutingMath(in html: String, of study: Study) -> String {
        var title = html
        for (index, span) in study.math.enumerated() {
            let token = Placeholder.token(
                prefix: study.placeholderPrefix, kind: .math, index: index)
            if title.contains(token) {
                let math = (try? MathML.convert(span.tex, display: false)) ?? HTML.escape(span.tex)
                title = title.replacingOccurrences(of: token, with: math)
            }
        }
        return title
    }
}

extension Headings {
    /// A section heading of a rendered page.
    struct Outline: Equatable {
        /// 2 or 3.
        var level: Int
        /// Its `id`.
        var anchor: String
        /// Its content as HTML, without links (it is shown inside one).
        var title: String
    }

    /// The `<h2 id>` and `<h3 id>` headings of `html` (a page after `addingAnchors`), in order.
    static func outline(ofHTML html: String) -> [Outline] {
        var outline: [Outline] = []
        var rest = Substring(html)
        while let open = rest.range(of: "<h") {
            let after = rest[open.upperBound...]
            rest = after
            guard let level = after.first, level == "2" || level == "3",
                after.dropFirst().hasPrefix(" id=\""),
                let idEnd = after.dropFirst(6).firstIndex(of: "\""),
                after[idEnd...].hasPrefix("\">"),
                let close = after.range(of: "</h\(level)>")
            else { continue }
            let anchor = String(after[after.index(after.startIndex, offsetBy: 6)..<idEnd])
            let inner = after[after.index(idEnd, offsetBy: 2)..<close.lowerBound]
            outline.append(
                Outline(level: level == "2" ? 2 : 3, anchor: anchor, title: withoutLinks(inner)))
            rest = after[close.upperBound...]
        }
        return outline
    }

    /// `html` without its `<a …>` and `</a>` tags (their content stays).
    private static func withoutLinks(_ html: Substring) -> String {
        var output = ""
        var rest = html
        while let open = rest.range(of: "<a "),
            let end = rest[open.upperBound...].firstIndex(of: ">")
        {
            output += rest[..<open.lowerBound]
            rest = rest[rest.index(after: end)...]
        }
        output += rest
        return output.replacingOccurrences(of: "</a>", with: "")
    }
}
