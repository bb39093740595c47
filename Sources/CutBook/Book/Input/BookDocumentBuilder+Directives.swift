import Foundation

/// Directive results as book content: figures (vector drawings), tables, logs, checks, values.
extension BookDocumentBuilder {
    private func resolved(_ index: Int) -> ResolvedDirective? {
        source.plan.nodes["\(study.name)#\(index)"]?.directive
    }

    private func format(_ item: ResolvedDirective) -> NumberFormat {
        NumberFormat(item.text("fmt") ?? ".4g") ?? NumberFormat(".4g")!
    }

    private mutating func result(_ item: ResolvedDirective) -> ResultValue? {
        if let result = source.results[item.id] { return result }
        diagnostics.add(
            Diagnostic(
                location: item.directive.location, directive: item.directive.text,
                message: "<<\(item.verb)>> has no result to show"))
        return nil
    }

    private mutating func mismatch(_ item: ResolvedDirective, _ result: ResultValue) {
        diagnostics.add(
            Diagnostic(
                location: item.directive.location, directive: item.directive.text,
                message: "<<\(item.verb)>> cannot show a \(result.kindName)"))
    }

    /// The blocks of a block directive.
    mutating func directiveBlocks(index: Int) -> [BookBlock] {
        guard let item = resolved(index) else { return [] }
        if !item.verb.isShown { return [] }
        guard let result = result(item) else { return [] }
        let format = format(item)
        switch (item.verb, result) {
        case (.plot, .figure):
            return figure(item).map { [.figure($0)] } ?? []
        case (.table, .table(let table)):
            return [.table(self.table(table, item: item, format: format))]
        case (.log, .training(let record)):
            return [
                .code(record.logLines(format: format).joined(separator: "\n"), kind: .log)
            ]
        case (.assert, .check(let check)):
            return [.paragraph([.text("✓ "), .value(Self.checkText(check, format: format))])]
        case (.value, .scalar(let number)):
            return [.paragraph([.value(format.format(number))])]
        default:
            mismatch(item, result)
            return []
        }
    }

    /// The inline content of an inline directive.
    mutating func inlineDirective(index: Int) -> [BookInline] {
        guard let item = resolved(index) else { return [] }
        guard let result = result(item) else { return [] }
        let format = format(item)
        switch (item.verb, result) {
        case (.value, .scalar(let number)): return [.value(format.format(number))]
        case (.assert, .check(let check)): return [.value(format.format(check.found))]
        default:
            mismatch(item, result)
            return []
        }
    }

    private mutating func caption(_ item: ResolvedDirective) -> [BookInline] {
        guard let text = item.text("caption") else { return [] }
        return captionInlines(text, of: item.directive)
    }

    private mutating func figure(_ item: ResolvedDirective) -> BookFigure? {
        let number = numbering.byID[item.id]
        guard let drawing = source.drawings[item.id] else {
            diagnostics.add(
                Diagnostic(
                    location: item.directive.location, directive: item.directive.text,
                    message: "the PDF book has no vector drawing of this figure (only its files)",
                    hint: "the build must hand the book each plot's CutPlot Figure"))
            return nil
        }
        return BookFigure(
            drawing: drawing, number: number?.number ?? 0, caption: caption(item),
            anchor: number?.anchor ?? "fig-\(item.id)")
    }

    private mutating func table(_ table: ResultTable, item: ResolvedDirective, format: NumberFormat)
        -> BookTable
    {
        let number = numbering.byID[item.id]
        let rows: [[[BookInline]]] = table.rows.map { row in
            row.map { cell in
                switch cell {
                case .number(let value): return [.value(format.format(value))]
                case .text(let text): return [.text(text)]
                }
            }
        }
        let alignments: [BookTable.Alignment] = table.headers.indices.map { column in
            let numeric = table.rows.allSatisfy { row in
                if case .number = row[column] { return true }
                return false
            }
            return numeric && !table.rows.isEmpty ? .right : .left
        }
        return BookTable(
            headers: table.headers.map { [.text($0)] }, rows: rows, alignments: alignments,
            number: number?.number,
            caption: caption(item), anchor: number?.anchor)
    }

    /// An assertion's outcome as text.
    static func checkText(_ check: CheckOutcome, format: NumberFormat) -> String {
        "\(check.field) = \(format.format(check.found)) (expected \(format.format(check.expected)) ± \(NumberFormat.plain(check.allowed)))"
    }
}
