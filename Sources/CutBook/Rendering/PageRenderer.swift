import Foundation

/// Renders one study's page (steps 2–5 of `SiteRenderer`).
struct PageRenderer {
    let study: Study
    let position: Int
    let renderer: SiteRenderer
    let presentation: ReportPresentation
    var diagnostics = DiagnosticBag()
    var figureFiles: [String: Data] = [:]

    init(
        study: Study, position: Int, renderer: SiteRenderer, presentation: ReportPresentation
    ) {
        self.study = study
        self.position = position
        self.renderer = renderer
        self.presentation = presentation
    }

    mutating func render() -> String {
        let content = Headings.addingAnchors(to: substitute(Markdown.html(study.markdown)))
        let studies = renderer.report.studies
        let previous = position > 0 ? studies[position - 1] : nil
        let next = position + 1 < studies.count ? studies[position + 1] : nil
        func link(_ study: Study?, rel: String, arrow: String) -> String {
            guard let study else { return "" }
            let title = HTML.escape(study.title)
            return
                "<a rel=\"\(rel)\" href=\"\(study.name).html\">\(rel == "prev" ? arrow + " " + title : title + " " + arrow)</a>"
        }
        let reportTitle = HTML.escape(renderer.report.settings.title)
        return Templates.fill(
            renderer.templates.page,
            [
                "title": HTML.escape(study.title),
                "report_title": reportTitle,
                "content": content,
                "sidebar": renderer.sidebar.navigation(
                    reportTitle: reportTitle, current: study.name,
                    sections: Headings.outline(ofHTML: content),
                    chapterBook: renderer.chapterBook(study)),
                "previous": link(previous, rel: "prev", arrow: "←"),
                "next": link(next, rel: "next", arrow: "→"),
                "provenance": provenanceHTML(),
                "generator": HTML.escape("CutBook \(CutBook.version)"),
            ])
    }

    /// Replaces every placeholder token in `html`.
    private mutating func substitute(_ html: String) -> String {
        let prefix = study.placeholderPrefix
        var output = ""
        var rest = Substring(html)
        while let range = rest.range(of: prefix) {
            var cursor = range.upperBound
            guard cursor < rest.endIndex, let kind = Placeholder.Kind(rawValue: rest[cursor]) else {
                output += rest[..<range.upperBound]
                rest = rest[range.upperBound...]
                continue
            }
            cursor = rest.index(after: cursor)
            let digits = rest[cursor...].prefix { $0.isNumber }
            let end = rest.index(cursor, offsetBy: digits.count)
            guard let index = Int(digits), end < rest.endIndex, rest[end] == "Z" else {
                output += rest[..<range.upperBound]
                rest = rest[range.upperBound...]
                continue
            }
            var before = rest[..<range.lowerBound]
            var after = rest[rest.index(after: end)...]
            let standsAlone = before.hasSuffix("<p>") && after.hasPrefix("</p>")
            if standsAlone
                && (kind == .directive
                    || study.math[safe: index, when: kind == .math]?.isDisplay == true)
            {
                before = before.dropLast(3)
                after = after.dropFirst(4)
            }
            output += before
            switch kind {
            case .directive: output += directiveHTML(study.directives[index], index: index)
            case .math: output += mathHTML(study.math[index])
            case .reference: output += referenceHTML(study.references[index])
            }
            rest = after
        }
        return output + rest
    }

    private mutating func mathHTML(_ span: MathSpan) -> String {
        do {
            return try MathML.convert(span.tex, display: span.isDisplay)
        } catch {
            diagnostics.add(Messages.math(error, in: span))
            return ""
        }
    }

    private mutating func referenceHTML(_ reference: CrossReference) -> String {
        guard let item = presentation.resolve(reference, diagnostics: &diagnostics)
        else { return "" }
        let page = item.study == study.name ? "" : "\(item.study).html"
        return "<a class=\"ref\" href=\"\(page)#\(item.anchor)\">\(item.word) \(item.number)</a>"
    }

    /// The seeds and trainings of this page, then the build's versions.
    private func provenanceHTML() -> String {
        let provenance = presentation.provenance(of: study)
        var html = "<p>Made by \(renderer.provenance.versionsHTML)."
        if !provenance.seeds.isEmpty {
            html += " Seeds: \(provenance.seeds.map(String.init).joined(separator: ", "))."
        }
        html += "</p>"
        if !provenance.trainings.isEmpty {
            html += "<ul class=\"trainings\">"
            for training in provenance.trainings { html += "<li>\(HTML.escape(training))</li>" }
            html += "</ul>"
        }
        return html
    }
}

extension Array {
    /// The element at `index` when `condition` holds and the index is valid.
    subscript(safe index: Int, when condition: Bool) -> Element? {
        condition && indices.contains(index) ? self[index] : nil
    }
}
