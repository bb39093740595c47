/// A figure's or table's number: its chapter's number and its place among the chapter's
/// figures (or tables), written `6.3` for the third figure of the sixth chapter.
struct ItemNumber: Equatable, Hashable, Sendable, CustomStringConvertible {
    /// The chapter's number, 1 for the report's first study.
    var chapter: Int
    /// The item's place among its chapter's items of the same kind, from 1.
    var index: Int

    /// Creates a number.
    init(chapter: Int, index: Int) {
        self.chapter = chapter
        self.index = index
    }

    /// `chapter.index`, as captions and cross-references show it.
    var description: String { "\(chapter).\(index)" }
}

/// Figure and table numbers per chapter, in reading order, and where each label is: the one
/// numbering both the HTML site and the PDF book show.
///
/// Numbers restart in every chapter (`Figure 6.1`, `Figure 6.2`, …). Anchors do not change
/// with the numbering: a labelled item's anchor is `fig-<label>` (`tab-<label>`), an
/// unlabelled one's `fig-<n>` with `n` counting that kind over the whole report, so figure file
/// names (`<study>-<anchor>`) and links stay what they were.
struct Numbering {
    /// A numbered item.
    struct Item {
        var number: ItemNumber
        var study: String
        var anchor: String
    }

    /// By directive id.
    private(set) var byID: [String: Item] = [:]
    /// By `fig:label` / `tab:label`.
    private(set) var byLabel: [String: Item] = [:]

    init(report: Report, directives: [ResolvedDirective]) {
        var chapters: [String: Int] = [:]
        for (position, study) in report.studies.enumerated() { chapters[study.name] = position + 1 }
        var overall: [String: Int] = [:]
        var inChapter: [String: Int] = [:]
        for item in directives where item.directive.isBlock {
            let kind: String
            switch item.verb {
            case .plot: kind = "fig"
            case .table: kind = "tab"
            default: continue
            }
            let chapter = chapters[item.study] ?? 0
            overall[kind, default: 0] += 1
            inChapter["\(kind) \(chapter)", default: 0] += 1
            let number = ItemNumber(chapter: chapter, index: inChapter["\(kind) \(chapter)"]!)
            let label = item.text("label")
            let anchor = "\(kind)-\(label ?? String(overall[kind]!))"
            let entry = Item(number: number, study: item.study, anchor: anchor)
            byID[item.id] = entry
            if let label { byLabel["\(kind):\(label)"] = entry }
        }
    }

    /// The labels of one kind, for suggestions.
    func labels(kind: String) -> [String] {
        byLabel.keys.filter { $0.hasPrefix(kind + ":") }.map {
            String($0.dropFirst(kind.count + 1))
        }.sorted()
    }
}
