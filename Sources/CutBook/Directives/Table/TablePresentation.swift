/// A `table` shows its rows numbered and captioned, numbers in its `fmt=` format and
/// right-aligned when a column holds only numbers.
enum TablePresentation: DirectivePresenter {
    static func present(
        _ item: ResolvedDirective, result: ResultValue, context: PresentationContext
    ) -> PresentedBlock? {
        guard case .table(let table) = result else { return nil }
        let rows = table.rows.map { row in
            row.map { cell -> PresentedTable.Cell in
                switch cell {
                case .number(let value): return .number(context.format.format(value))
                case .text(let text): return .text(text)
                }
            }
        }
        let alignments: [ColumnAlignment] = table.headers.indices.map { column in
            let numeric = table.rows.allSatisfy { row in
                if case .number = row[column] { return true }
                return false
            }
            return numeric && !table.rows.isEmpty ? .right : .left
        }
        return .table(
            PresentedTable(
                headers: table.headers, rows: rows, alignments: alignments,
                number: context.number?.number ?? ItemNumber(chapter: 0, index: 0),
                anchor: context.number?.anchor ?? "",
                caption: item.text("caption")))
    }
}
