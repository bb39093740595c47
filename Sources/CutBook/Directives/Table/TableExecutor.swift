import Foundation

/// `<<table of=result rows=all|ends>>` shows a scan, table or training log as a table;
/// `<<table softmax a=… b=…>>` compares the softmax of two vectors, the table that shows why a
/// batch softmax is shift-dependent.
struct TableExecutor: ArgumentsExecutor {
    func execute(
        _ arguments: TableDirective.Arguments, directive: ResolvedDirective,
        inputs: ExecutionInputs,
        context: ExecutionContext
    ) throws -> ResultValue {
        if arguments.isSoftmax {
            guard let a = arguments.a, let b = arguments.b else {
                throw ExecutionError("softmax needs a= and b= of the same length")
            }
            return .table(Self.softmaxTable(a: a, b: b))
        }
        let name = arguments.of[0]
        if arguments.isSelection {
            return .table(
                try SelectionTable.table(
                    of: try inputs.training(name, in: directive),
                    on: try inputs.dataset(arguments.on[0], option: "on", in: directive),
                    sigmaB: arguments.sigmaB, directive: directive))
        }
        if let sweep = inputs.sweep(name) {
            return .table(try sweepTable(sweep, arguments, directive: directive))
        }
        if arguments.isComparison || arguments.rows == "summary" {
            throw ExecutionError(
                "of=\(name) is a \(try inputs.value(name).kindName); \(arguments.isComparison ? "compare" : "rows=summary") reads a sweep (<<train … seeds=1..10 as=s>>)",
                location: directive.directive.option("of")?.valueLocation)
        }
        var table: ResultTable
        switch try inputs.value(name) {
        case .series(let series):
            table = ResultTable(
                headers: [series.xName] + series.columns.map(\.name),
                rows: series.x.indices.map { row in
                    [.number(series.x[row])] + series.columns.map { .number($0.values[row]) }
                })
        case .table(let existing):
            table = existing
        case .training(let record):
            let cutCount = record.log.first?.cuts.count ?? 0
            table = ResultTable(
                headers: ["epoch", "loss"] + (0..<cutCount).map { "cut \($0 + 1)" },
                rows: record.log.map { entry in
                    [.number(Double(entry.epoch)), .number(entry.loss)]
                        + entry.cuts.map { .number($0) }
                })
        case let other:
            throw ExecutionError(
                "of=\(name) is a \(other.kindName), which has no table form; expected a scan, table or training",
                location: directive.directive.option("of")?.valueLocation)
        }
        if arguments.showsEndsOnly && table.rows.count > 10 {
            table.rows = Array(table.rows.prefix(5)) + Array(table.rows.suffix(5))
        }
        return .table(table)
    }

    /// The table of a sweep: its members, the summary of their fields, or the comparison.
    private func sweepTable(
        _ sweep: SweepResult, _ arguments: TableDirective.Arguments, directive: ResolvedDirective
    ) throws -> ResultTable {
        if arguments.isComparison {
            return try SweepTables.compare(
                sweep, fields: arguments.comparedFields, references: arguments.reference ?? [],
                directive: directive)
        }
        if arguments.rows == "summary" {
            return try SweepTables.summary(sweep, format: NumberFormat.of(directive))
        }
        var table = try SweepTables.members(sweep)
        if arguments.showsEndsOnly && table.rows.count > 10 {
            table.rows = Array(table.rows.prefix(5)) + Array(table.rows.suffix(5))
        }
        return table
    }

    /// softmax(a), softmax(b) and their difference, element by element; the difference column
    /// is also the field `difference` (`shift.difference[0]`). Computed with the
    /// maximum subtracted first, so large entries do not overflow.
    static func softmaxTable(a: [Double], b: [Double]) -> ResultTable {
        let softA = softmax(a)
        let softB = softmax(b)
        let rows: [[ResultTable.Cell]] = a.indices.map { index in
            [
                .number(Double(index + 1)), .number(a[index]), .number(softA[index]),
                .number(b[index]),
                .number(softB[index]), .number(softA[index] - softB[index]),
            ]
        }
        return ResultTable(
            headers: ["i", "a", "softmax(a)", "b", "softmax(b)", "softmax(a) − softmax(b)"],
            rows: rows, aliases: ["difference": "softmax(a) − softmax(b)"])
    }

    static func softmax(_ values: [Double]) -> [Double] {
        let largest = values.max() ?? 0
        let exponentials = values.map { Foundation.exp($0 - largest) }
        let total = exponentials.reduce(0, +)
        return exponentials.map { $0 / total }
    }
}
