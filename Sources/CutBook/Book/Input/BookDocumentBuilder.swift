import Foundation

/// Builds the book's document from a report, sharing every step with the HTML site but the
/// last: the study's Markdown (with the same placeholders) parsed by the same cmark set-up
/// (`MarkdownTree`), the same presented blocks, cross-references and provenance
/// (`ReportPresentation`), the same heading anchors (`HeadingAnchors`) and TeX parser. Only
/// where the HTML renderer writes tags, this builder makes `BookBlock`s.
///
/// Steps:
/// 1. Present the report's results (`ReportPresentation`: figure and table numbers too).
/// 2. For each chosen study, parse its Markdown into cmark's node tree.
/// 3. Walk the blocks; the study's first level-1 heading is the chapter title.
/// 4. Replace placeholders: a block directive alone in a paragraph becomes a figure, table,
///    log or check; display math alone becomes a formula block; inline ones become values,
///    formulas and cross-reference links.
/// Every problem is collected and thrown together as a `BuildFailure`.
struct BookDocumentBuilder {
    let source: BookSource
    let presentation: ReportPresentation
    var diagnostics = DiagnosticBag()
    /// The study being walked.
    var study: Study
    /// The studies in this book; references to figures elsewhere are not links.
    var chosen: Set<String> = []
    private var anchors = HeadingAnchors()
    private var skippedTitle = false

    /// Creates a builder.
    init(source: BookSource) {
        self.source = source
        presentation = ReportPresentation(
            report: source.report, plan: source.plan, results: source.results)
        study =
            source.report.studies.first
            ?? Study(
                name: "", title: "", file: "", markdown: "", directives: [], math: [],
                references: [],
                placeholderPrefix: "cbkx")
    }

    /// The document of the chosen studies (all when `studies` is empty), in chapter order.
    /// - Throws: `BuildFailure` with every problem found.
    static func document(from source: BookSource, studies: Set<String> = []) throws
        -> BookDocument
    {
        var builder = BookDocumentBuilder(source: source)
        builder.chosen = studies.isEmpty ? Set(source.report.studies.map(\.name)) : studies
        var chapters: [BookChapter] = []
        for study in source.report.studies where studies.isEmpty || studies.contains(study.name) {
            chapters.append(builder.chapter(study))
        }
        try builder.diagnostics.throwIfAny()
        let report = source.report
        let provenance = source.provenance
        var colophon = [
            "Typeset by CutBook \(provenance.cutbookVersion) with Pango and Cairo; "
                + "results by CutEngine \(provenance.engineVersion).",
            "Source: " + (provenance.gitCommit.map { "commit \($0)" } ?? "not in git") + ".",
        ]
        if let seed = report.settings.seed { colophon.append("Default seed \(seed).") }
        if let parameters = report.settings.parametersSummary { colophon.append(parameters) }
        var title = report.settings.title
        if studies.count == 1, let only = chapters.first { title = only.title }
        return BookDocument(
            title: title, authors: report.settings.authors, colophon: colophon, chapters: chapters)
    }

    /// The chapter of one study.
    mutating func chapter(_ study: Study) -> BookChapter {
        self.study = study
        skippedTitle = false
        anchors = HeadingAnchors()
        guard let tree = MarkdownTree(study.markdown) else {
            diagnostics.add(
                Diagnostic(location: nil, message: "cmark could not parse \(study.file)"))
            return BookChapter(name: study.name, title: study.title, blocks: [])
        }
        if let deep = MarkdownDepth.firstTooDeep(in: tree.root) {
            diagnostics.add(
                Messages.markdownTooDeep(
                    at: SourceLocation(file: study.file, line: deep.line, column: deep.column)))
            return BookChapter(name: study.name, title: study.title, blocks: [])
        }
        return BookChapter(
            name: study.name, title: study.title,
            blocks: blocks(of: tree.root) + [provenance(of: study)])
    }

    /// How the chapter was made: the versions, its seeds and each training's epochs and time,
    /// as the HTML page's footer says it.
    private func provenance(of study: Study) -> BookBlock {
        let made = presentation.provenance(of: study)
        let versions = source.provenance
        var text =
            "Made by CutBook \(versions.cutbookVersion), CutEngine \(versions.engineVersion), source "
            + (versions.gitCommit.map { "commit \($0)" } ?? "not in git") + "."
        if !made.seeds.isEmpty {
            text += " Seeds: \(made.seeds.map(String.init).joined(separator: ", "))."
        }
        if !made.trainings.isEmpty {
            text += " Trainings: " + made.trainings.joined(separator: "; ") + "."
        }
        return .note([.text(text)])
    }

    /// The blocks under a cmark container node.
    mutating func blocks(of node: OpaquePointer) -> [BookBlock] {
        var out: [BookBlock] = []
        for child in MarkdownNode.children(node) {
            out += block(child)
        }
        return out
    }

    private mutating func block(_ node: OpaquePointer) -> [BookBlock] {
        switch MarkdownNode.kind(node) {
        case "heading":
            let level = MarkdownNode.headingLevel(node)
            if level == 1 && !skippedTitle {
                skippedTitle = true
                return []
            }
            let text = inlines(of: node)
            return [.heading(level: max(level, 2), text: text, anchor: anchor(for: text))]
        case "paragraph":
            return paragraph(node)
        case "code_block":
            return [.code(MarkdownNode.literal(node), kind: .source)]
        case "block_quote":
            return [.quote(blocks(of: node))]
        case "list":
            let (ordered, start) = MarkdownNode.list(node)
            let items = MarkdownNode.children(node).map { blocks(of: $0) }
            return [.list(ordered: ordered, start: start, items: items)]
        case "thematic_break":
            return [.rule]
        case "table":
            return [.table(markdownTable(node))]
        default:
            // Raw HTML is omitted, as in the HTML site (cmark's safe mode).
            return []
        }
    }

    private mutating func paragraph(_ node: OpaquePointer) -> [BookBlock] {
        let children = MarkdownNode.children(node)
        if children.count == 1, MarkdownNode.kind(children[0]) == "text",
            let token = Self.soleToken(
                MarkdownNode.literal(children[0]), prefix: study.placeholderPrefix)
        {
            switch token.kind {
            case .directive where study.directives[token.index].isBlock:
                return directiveBlocks(index: token.index)
            case .math where study.math[token.index].isDisplay:
                return math(study.math[token.index]).map { [.displayMath($0)] } ?? []
            default: break
            }
        }
        let text = inlines(of: node)
        return text.isEmpty ? [] : [.paragraph(text)]
    }

    private mutating func markdownTable(_ node: OpaquePointer) -> BookTable {
        let alignments = MarkdownNode.tableAlignments(node)
        var rows: [[[BookInline]]] = []
        for row in MarkdownNode.children(node) {
            rows.append(MarkdownNode.children(row).map { inlines(of: $0) })
        }
        let headers = rows.first ?? []
        return BookTable(headers: headers, rows: Array(rows.dropFirst()), alignments: alignments)
    }

    /// The destination of a section heading: `sec-<study>-` and the anchor the HTML page
    /// gives it (`HeadingAnchors`, from the heading's text as HTML would escape it).
    private mutating func anchor(for text: [BookInline]) -> String {
        "sec-\(study.name)-" + anchors.anchor(forHTML: HTML.escape(text.plainText))
    }
}
