import Foundation

/// Presented directive blocks as book content: figures (their own PDF drawn as vectors), tables,
/// logs, checks and values.
extension BookDocumentBuilder {
    /// The blocks of a block directive.
    mutating func directiveBlocks(index: Int) -> [BookBlock] {
        guard
            let (item, block) = presentation.present(study, index: index, diagnostics: &diagnostics)
        else { return [] }
        switch block {
        case .figure(let figure):
            return self.figure(figure, item: item).map { [.figure($0)] } ?? []
        case .table(let table):
            return [.table(self.table(table, item: item))]
        case .log(let lines):
            return [.code(lines.joined(separator: "\n"), kind: .log)]
        case .check(let check):
            return [.paragraph([.text("✓ "), .value(check.text)])]
        case .value(let text):
            return [.paragraph([.value(text)])]
        }
    }

    /// The inline content of an inline directive.
    mutating func inlineDirective(index: Int) -> [BookInline] {
        guard
            let (item, block) = presentation.present(study, index: index, diagnostics: &diagnostics)
        else { return [] }
        switch block {
        case .value(let text): return [.value(text)]
        case .check(let check): return [.value(check.found)]
        case .figure, .table, .log:
            guard let result = source.results[item.id] else { return [] }
            diagnostics.add(
                ReportPresentation.problem(
                    item, "<<\(item.verb)>> cannot show a \(result.kindName)"))
            return []
        }
    }

    private mutating func caption(_ text: String?, of item: ResolvedDirective) -> [BookInline] {
        guard let text else { return [] }
        return captionInlines(text, of: item.directive)
    }

    private mutating func figure(_ figure: PresentedFigure, item: ResolvedDirective) -> BookFigure?
    {
        do {
            return BookFigure(
                drawing: try PDFFigure(pdf: figure.files.pdf), number: figure.number,
                caption: caption(figure.caption, of: item), anchor: figure.anchor)
        } catch {
            diagnostics.add(ReportPresentation.problem(item, "\(error)"))
            return nil
        }
    }

    private mutating func table(_ table: PresentedTable, item: ResolvedDirective) -> BookTable {
        let rows: [[[BookInline]]] = table.rows.map { row in
            row.map { cell in
                switch cell {
                case .number(let text): return [.value(text)]
                case .text(let text): return [.text(text)]
                }
            }
        }
        return BookTable(
            headers: table.headers.map { [.text($0)] }, rows: rows, alignments: table.alignments,
            number: table.number, caption: caption(table.caption, of: item), anchor: table.anchor)
    }
}
