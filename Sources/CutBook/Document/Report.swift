/// A parsed report: its settings from `report.yml` and its studies in chapter order.
struct Report: Sendable {
    /// The folder's name: locations start with it, and refusals suggest `--out build/<name>`.
    var name: String
    /// The report folder's path on disk.
    var directory: String
    /// The settings read from `report.yml`.
    var settings: ReportSettings
    /// The studies, in the order of `chapters:`.
    var studies: [Study]
    /// The files the report may read (its folder and `data_folders:`).
    var files: ReportFiles

    /// Every directive of every study, in reading order.
    var allDirectives: [Directive] {
        studies.flatMap { $0.directives }
    }
}

/// One study (chapter): one Markdown file of the report.
///
/// ```swift
/// for row in try ReportBuilder.status(reportDirectory: "reports/workshop") {
///     print("\(row.study.name): \(row.study.title) (\(row.study.file))")
/// }
/// ```
public struct Study: Sendable {
    /// The file's stem (`scan` for `scan.md`); names the page and `--study`.
    public var name: String
    /// The page title as plain text: the first level-1 heading with its markup removed, math
    /// as Unicode text and directives as their values once computed (`StudyTitle`); the name
    /// when there is no such heading.
    public var title: String
    /// The file as shown in messages (`report/scan.md`).
    public var file: String
    /// The Markdown with every directive, math span and cross-reference replaced by a
    /// placeholder token (see `Placeholder`).
    var markdown: String
    /// The directives, in reading order; `directives[i]` belongs to placeholder `i`.
    var directives: [Directive]
    /// Math spans, in reading order.
    var math: [MathSpan]
    /// Cross-references such as `@fig:loss`, in reading order.
    var references: [CrossReference]
    /// The placeholder prefix used in `markdown`; unique within the file's text.
    var placeholderPrefix: String
    /// The first level-1 heading as plain text with placeholder tokens, nil when there is none.
    var titleSource: String? = nil
}

/// A `$…$` or `$$…$$` span of TeX.
struct MathSpan: Sendable, Hashable {
    /// The TeX between the dollars.
    var tex: String
    /// True for `$$…$$` (display math).
    var isDisplay: Bool
    /// Where the opening dollar is.
    var location: SourceLocation
}

/// A `@fig:label` or `@tab:label` reference in prose.
struct CrossReference: Sendable, Hashable {
    /// `fig` or `tab`.
    var kind: String
    /// The label after the colon.
    var label: String
    /// Where the `@` is.
    var location: SourceLocation
}
