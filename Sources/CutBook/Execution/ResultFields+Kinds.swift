/// The field rules of scans, grids, tables and trainings.
extension ResultField {
    /// A scan's fields: its length, each curve's extremes, and the curves as arrays.
    static let scanFields: [ResultField] =
        [
            ResultField(
                "scan", "steps", .number, "the number of scanned values", example: "brute.steps",
                read: { value in
                    guard case .series(let series) = value else { return [:] }
                    return ["steps": .number(Double(series.x.count))]
                })
        ]
        + [
            ("max", "the largest value of the curve"),
            ("argmax", "the scanned value where the curve is largest (the first, if tied)"),
            ("min", "the smallest value of the curve"),
            ("argmin", "the scanned value where the curve is smallest (the first, if tied)"),
        ].map { name, meaning in
            ResultField(
                "scan", "[CURVE.]\(name)", .number,
                "\(meaning), NaNs skipped; with several curves (`loss` and `gradient`) each has its own, prefixed by its name (`gradient.\(name)`)",
                example: "brute.\(name)",
                read: { value in
                    guard case .series(let series) = value else { return [:] }
                    var fields: [String: Reading] = [:]
                    for column in series.columns {
                        guard let best = extremes(x: series.x, y: column.values) else { continue }
                        let prefix = series.columns.count == 1 ? "" : column.name + "."
                        let number: Double
                        switch name {
                        case "max": number = best.max
                        case "argmax": number = best.argmax
                        case "min": number = best.min
                        default: number = best.argmin
                        }
                        fields[prefix + name] = .number(number)
                    }
                    return fields
                })
        }
        + [
            ResultField(
                "scan", "X[i]", .array,
                "the scanned values, under the scanned variable's name (`cut`)",
                example: "brute.cut[0]",
                read: { value in
                    guard case .series(let series) = value else { return [:] }
                    return [series.xName: .array(series.x)]
                }),
            ResultField(
                "scan", "CURVE[i]", .array, "each curve's values, under its name (`loss`)",
                example: "brute.loss[0]",
                read: { value in
                    guard case .series(let series) = value else { return [:] }
                    var fields: [String: Reading] = [:]
                    for column in series.columns { fields[column.name] = .array(column.values) }
                    return fields
                }),
        ]

    /// A grid's fields: where its values are smallest and largest.
    static let gridFields: [ResultField] = [
        ("min", "the smallest value (NaNs skipped)", false, GridAxis.value),
        ("argmin.x", "the first variable where the value is smallest", false, .x),
        ("argmin.y", "the second variable where the value is smallest", false, .y),
        ("max", "the largest value", true, .value),
        ("argmax.x", "the first variable where the value is largest", true, .x),
        ("argmax.y", "the second variable where the value is largest", true, .y),
    ].map { name, meaning, largest, axis in
        ResultField(
            "grid", name, .number, meaning, example: "surface.\(name)",
            read: { value in
                guard case .grid(let grid) = value else { return [:] }
                let valid = grid.values.indices.filter { !grid.values[$0].isNaN }
                let order = { (a: Int, b: Int) in grid.values[a] < grid.values[b] }
                guard let best = largest ? valid.max(by: order) : valid.min(by: order) else {
                    return [:]
                }
                switch axis {
                case .value: return [name: .number(grid.values[best])]
                case .x: return [name: .number(grid.x[best % grid.x.count])]
                case .y: return [name: .number(grid.y[best / grid.x.count])]
                }
            })
    }

    /// What a grid field reads at the best point.
    private enum GridAxis: Sendable {
        case value, x, y
    }

    /// A table's fields: its row count and its numeric columns.
    static let tableFields: [ResultField] = [
        ResultField(
            "table", "rows", .number, "the number of rows", example: "seltab.rows",
            read: { value in
                guard case .table(let table) = value else { return [:] }
                return ["rows": .number(Double(table.rows.count))]
            }),
        ResultField(
            "table", "HEADER[i]", .array,
            "each column whose cells are all numbers, under its header, row by row; a selection table's are `S`, `B`, `eff_s`, `eff_b`, `ssb` and `z_asimov`, row 0 hard and row 1 relaxed",
            example: "seltab.z_asimov[0]",
            read: { value in
                guard case .table(let table) = value else { return [:] }
                return numericColumns(table).mapValues { .array($0) }
            }),
        ResultField(
            "table", "ALIAS[i]", .array,
            "a short name for a column whose header is awkward in a field path: `difference` for `softmax(a) − softmax(b)`",
            example: "softmax.difference[0]",
            read: { value in
                guard case .table(let table) = value else { return [:] }
                let columns = numericColumns(table)
                return table.aliases.compactMapValues { columns[$0].map { .array($0) } }
            }),
    ]

    /// The numeric columns of `table` by header: those whose every cell is a number.
    private static func numericColumns(_ table: ResultTable) -> [String: [Double]] {
        var columns: [String: [Double]] = [:]
        for (index, header) in table.headers.enumerated() {
            let numbers = table.rows.compactMap { row -> Double? in
                if case .number(let value) = row[index] { return value }
                return nil
            }
            if numbers.count == table.rows.count { columns[header] = numbers }
        }
        return columns
    }

    /// The maximum and minimum of `y` (NaNs skipped) and the x where they occur (first one).
    static func extremes(x: [Double], y: [Double]) -> (
        max: Double, argmax: Double, min: Double, argmin: Double
    )? {
        var best: (max: Double, argmax: Double, min: Double, argmin: Double)?
        for (xValue, yValue) in zip(x, y) where !yValue.isNaN {
            guard var current = best else {
                best = (yValue, xValue, yValue, xValue)
                continue
            }
            if yValue > current.max { (current.max, current.argmax) = (yValue, xValue) }
            if yValue < current.min { (current.min, current.argmin) = (yValue, xValue) }
            best = current
        }
        return best
    }
}
