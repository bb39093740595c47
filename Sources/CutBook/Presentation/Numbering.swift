/// Figure and table numbers in reading order over the whole report, and where each label is.
struct Numbering {
    /// A numbered item.
    struct Item {
        var number: Int
        var study: String
        var anchor: String
    }

    /// By directive id.
    private(set) var byID: [String: Item] = [:]
    /// By `fig:label` / `tab:label`.
    private(set) var byLabel: [String: Item] = [:]

    init(report: Report, directives: [ResolvedDirective]) {
        var figures = 0
        var tables = 0
        for item in directives where item.directive.isBlock {
            let kind: String
            let number: Int
            switch item.verb {
            case .plot:
                figures += 1
                (kind, number) = ("fig", figures)
            case .table:
                tables += 1
                (kind, number) = ("tab", tables)
            default: continue
            }
            let label = item.text("label")
            let anchor = "\(kind)-\(label ?? String(number))"
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
