import CCmarkGFM
import CutPlot
import Foundation

/// A study's title as plain text, for every place that shows it outside the page's own
/// heading: the page's `<title>`, the contents, the previous/next links, `cutbook list` and the
/// book's chapter titles, running heads and outline.
///
/// The title is the study's first level-1 heading (as the book and cmark-gfm find it, so never
/// one inside code). Its markup is removed by cmark's plain-text renderer; math becomes Unicode
/// text (`$\sigma$` → `σ`); a directive becomes its value once results exist (`…` before);
/// a cross-reference becomes `Figure 2`.
enum StudyTitle {
    /// The first level-1 heading of `study.markdown` as plain text that still holds the
    /// placeholder tokens; nil when there is no such heading.
    static func source(of study: Study) -> String? {
        guard let tree = MarkdownTree(study.markdown), let heading = firstTitle(in: tree.root)
        else { return nil }
        guard let rendered = cmark_render_plaintext(heading, CMARK_OPT_DEFAULT, 0) else {
            return nil
        }
        defer { free(rendered) }
        let text = String(cString: rendered).split(whereSeparator: \.isNewline)
            .joined(separator: " ")
        return text.trimmingCharacters(in: .whitespaces)
    }

    private static func firstTitle(in node: OpaquePointer) -> OpaquePointer? {
        for child in MarkdownNode.children(node) {
            let kind = MarkdownNode.kind(child)
            if kind == "heading" && MarkdownNode.headingLevel(child) == 1 { return child }
            if kind == "block_quote" || kind == "list" || kind == "item",
                let found = firstTitle(in: child)
            {
                return found
            }
        }
        return nil
    }

    /// The title of `study` as plain text; `values` gives the text of directive `index` (nil
    /// before results exist, when directives show as `…`), `numbering` the figure and table
    /// numbers for cross-references. A title that renders empty is the study's name.
    static func text(
        of study: Study, values: ((Int) -> String)?, numbering: Numbering? = nil
    ) -> String {
        guard let source = study.titleSource else { return study.name }
        let prefix = study.placeholderPrefix
        var output = ""
        var rest = Substring(source)
        while let range = rest.range(of: prefix) {
            output += rest[..<range.lowerBound]
            var cursor = range.upperBound
            guard cursor < rest.endIndex, let kind = Placeholder.Kind(rawValue: rest[cursor])
            else {
                output += rest[range]
                rest = rest[range.upperBound...]
                continue
            }
            cursor = rest.index(after: cursor)
            let digits = rest[cursor...].prefix(while: \.isNumber)
            let end = rest.index(cursor, offsetBy: digits.count)
            guard let index = Int(digits), end < rest.endIndex, rest[end] == "Z" else {
                output += rest[range]
                rest = rest[range.upperBound...]
                continue
            }
            switch kind {
            case .directive:
                output += values?(index) ?? "…"
            case .math:
                output += Label.plainText("$" + study.math[index].tex + "$")
            case .reference:
                let reference = study.references[index]
                let key = "\(reference.kind):\(reference.label)"
                if let item = numbering?.byLabel[key] {
                    output += "\(reference.kind == "fig" ? "Figure" : "Table") \(item.number)"
                } else {
                    output += "@" + key
                }
            }
            rest = rest[rest.index(after: end)...]
        }
        let title = (output + rest).trimmingCharacters(in: .whitespaces)
        return title.isEmpty ? study.name : title
    }
}

extension Report {
    /// The ids of the directives that the studies' titles and `##` sections show; a build
    /// computes them for every study, because every page's links and the contents show them.
    var titleDirectiveIDs: [String] {
        studies.flatMap { study -> [String] in
            let sections = Headings.headingLines(of: study).filter { $0.level == 2 }.map(\.text)
            let source = ([study.titleSource ?? ""] + sections).joined(separator: "\n")
            return study.directives.indices.filter {
                source.contains(
                    Placeholder.token(prefix: study.placeholderPrefix, kind: .directive, index: $0))
            }.map { "\(study.name)#\($0)" }
        }
    }

    /// The report with each study's title showing the values of its directives.
    func withTitles(plan: ExecutionPlan, results: [String: ResultValue]) -> Report {
        let presentation = ReportPresentation(report: self, plan: plan, results: results)
        var report = self
        for position in report.studies.indices {
            let study = report.studies[position]
            report.studies[position].title = StudyTitle.text(
                of: study,
                values: { presentation.inlineText(study, index: $0) ?? "" },
                numbering: presentation.numbering)
        }
        return report
    }
}
