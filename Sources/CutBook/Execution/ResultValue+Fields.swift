/// Reading one number out of a result, as `value` and `assert` do (`brute.argmax`).
extension ResultValue {
    /// Why a field cannot be read.
    enum FieldProblem: Error, Equatable {
        /// No such field; the fields there are.
        case unknown(available: [String])
        /// The field is an array and needs `[index]`, or the index is out of range.
        case index(count: Int)
    }

    /// The number at `path` (its `field` and `index`; the result name is ignored).
    func number(at path: FieldPath) -> Result<Double, FieldProblem> {
        let arrays = arrayFields
        let scalars = scalarFields
        if let index = path.index {
            guard let values = arrays[path.field] else {
                return .failure(.unknown(available: fieldNames))
            }
            guard values.indices.contains(index) else {
                return .failure(.index(count: values.count))
            }
            return .success(values[index])
        }
        if let value = scalars[path.field] { return .success(value) }
        if let values = arrays[path.field] { return .failure(.index(count: values.count)) }
        return .failure(.unknown(available: fieldNames))
    }

    /// Every field name, arrays written `name[i]`, sorted.
    var fieldNames: [String] {
        var computed: [String] = []
        if case .training = self { computed = ["output.max", "output.min"] }
        return
            (scalarFields.keys.map { $0.isEmpty ? "(the value itself)" : $0 } + computed
            + arrayFields.keys.map { "\($0)[i]" }).sorted()
    }

    /// The fields that are single numbers; the empty name is the result itself.
    var scalarFields: [String: Double] {
        switch self {
        case .scalar(let value): return ["": value]
        case .series(let series):
            var fields: [String: Double] = ["steps": Double(series.x.count)]
            for column in series.columns {
                let prefix = series.columns.count == 1 ? "" : column.name + "."
                guard let best = extremes(x: series.x, y: column.values) else { continue }
                fields[prefix + "max"] = best.max
                fields[prefix + "argmax"] = best.argmax
                fields[prefix + "min"] = best.min
                fields[prefix + "argmin"] = best.argmin
            }
            return fields
        case .table(let table): return ["rows": Double(table.rows.count)]
        case .grid(let grid):
            var fields: [String: Double] = [:]
            if let best = grid.values.indices.filter({ !grid.values[$0].isNaN }).min(by: {
                grid.values[$0] < grid.values[$1]
            }) {
                fields["min"] = grid.values[best]
                fields["argmin.x"] = grid.x[best % grid.x.count]
                fields["argmin.y"] = grid.y[best / grid.x.count]
            }
            if let best = grid.values.indices.filter({ !grid.values[$0].isNaN }).max(by: {
                grid.values[$0] < grid.values[$1]
            }) {
                fields["max"] = grid.values[best]
                fields["argmax.x"] = grid.x[best % grid.x.count]
                fields["argmax.y"] = grid.y[best / grid.x.count]
            }
            return fields
        case .training(let record):
            var fields: [String: Double] = [
                "epochs": Double(record.epochs), "seconds": record.seconds,
            ]
            if let last = record.losses.last { fields["loss"] = last }
            if let first = record.losses.first { fields["first_loss"] = first }
            return fields
        case .figure, .text, .file: return [:]
        case .check(let outcome): return ["": outcome.found]
        case .object(let object): return object.fields
        }
    }

    /// The fields that are arrays.
    var arrayFields: [String: [Double]] {
        switch self {
        case .series(let series):
            var fields = [series.xName: series.x]
            for column in series.columns { fields[column.name] = column.values }
            return fields
        case .training(let record):
            var fields = ["losses": record.losses]
            for parameter in record.parameters {
                fields[parameter.name] = parameter.values
                if parameter.name.hasSuffix("/cuts") || parameter.name == "cuts" {
                    fields["cuts"] = parameter.values
                }
            }
            return fields
        case .table(let table):
            var fields: [String: [Double]] = [:]
            for (index, header) in table.headers.enumerated() {
                let numbers = table.rows.compactMap { row -> Double? in
                    if case .number(let value) = row[index] { return value }
                    return nil
                }
                if numbers.count == table.rows.count { fields[header] = numbers }
            }
            for (alias, header) in table.aliases { fields[alias] = fields[header] }
            return fields
        default: return [:]
        }
    }

    /// The maximum and minimum of `y` (NaNs skipped) and the x where they occur (first one).
    private func extremes(x: [Double], y: [Double]) -> (
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
