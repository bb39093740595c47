import CutEngine
import Foundation

/// `results.json`: every named result (`as=`) of a build, machine-readable, written with the
/// site (atomically, and never on a failed build).
///
/// The text is deterministic (`JSONValue`: sorted keys, shortest round-trip numbers) and holds
/// nothing that changes between two builds of the same sources (no timings), so a warm
/// rebuild writes the same bytes. `schema` lists every field; `docs/results-json.md` is
/// generated from it.
enum ResultsDocument {
    /// The file's name in the output folder.
    static let fileName = "results.json"

    /// The document of `plan`'s named results in `results` (by directive id). A named result
    /// the build did not need (a data set whose readers were all cached, or one outside
    /// `--study`) appears with its kind only, as a data set always does.
    static func json(plan: ExecutionPlan, results: [String: ResultValue]) throws -> JSONValue {
        var named: [String: JSONValue] = [:]
        for id in plan.order {
            guard let item = plan.nodes[id]?.directive, let name = item.resultName else {
                continue
            }
            var fields: [String: JSONValue]
            if let value = results[id] {
                fields = try self.fields(of: value)
                fields["kind"] = .string(value.kindName)
            } else {
                fields = ["kind": .string(item.spec.produces)]
            }
            fields["study"] = .string(item.study)
            named[name] = .object(fields)
        }
        return .object([
            "cutbook": .string(CutBook.version), "engine": .string(CutEngine.version),
            "results": .object(named),
        ])
    }

    /// A sweep's members, what they vary and the statistics of their number fields (the
    /// seconds apart, which no two builds share).
    static func sweepFields(_ sweep: SweepResult) -> [String: JSONValue] {
        var statistics: [String: JSONValue] = [:]
        for (name, values) in sweep.commonNumbers where name != "seconds" {
            let stats = SweepStatistics(values)
            statistics[name] = .object([
                "mean": .number(stats.mean), "std": .number(stats.std), "min": .number(stats.min),
                "max": .number(stats.max), "n": .number(Double(stats.n)),
            ])
        }
        return [
            "members": .array(sweep.members.map { .string($0) }), "option": .string(sweep.option),
            "values": .array(sweep.values.map { .string($0) }), "statistics": .object(statistics),
        ]
    }

    /// The fields of one result, `kind` and `study` aside.
    static func fields(of value: ResultValue) throws -> [String: JSONValue] {
        switch value {
        case .scalar(let number): return ["value": .number(number)]
        case .text(let text): return ["value": .string(text)]
        case .series(let series):
            return [
                "x_name": .string(series.xName), "x": .numbers(series.x),
                "columns": .object(
                    Dictionary(
                        series.columns.map { ($0.name, JSONValue.numbers($0.values)) },
                        uniquingKeysWith: { first, _ in first })),
            ]
        case .table(let table): return tableFields(table)
        case .grid(let grid):
            return [
                "x_name": .string(grid.xName), "x": .numbers(grid.x),
                "y_name": .string(grid.yName), "y": .numbers(grid.y),
                "value_name": .string(grid.valueName), "values": .numbers(grid.values),
            ]
        case .training(let record): return try trainingFields(record)
        case .object(let object):
            guard let sweep = object.payload as? SweepResult else { return [:] }
            return sweepFields(sweep)
        case .figure: return [:]
        case .check(let check):
            return [
                "field": .string(check.field), "found": .number(check.found),
                "expected": .number(check.expected), "allowed": .number(check.allowed),
                "passed": .bool(check.passed),
            ]
        case .file(let file): return ["path": .string(file.path)]
        }
    }

    /// A table's headers and rows; when its first column names the rows (text, each name once,
    /// none a field name already), also each row by name, its cells by header: a selection
    /// table's `{"hard": {"S": …, "B": …}, "relaxed": {…}}`.
    private static func tableFields(_ table: ResultTable) -> [String: JSONValue] {
        func json(_ cell: ResultTable.Cell) -> JSONValue {
            switch cell {
            case .number(let number): return .number(number)
            case .text(let text): return .string(text)
            }
        }
        var fields: [String: JSONValue] = [
            "headers": .array(table.headers.map(JSONValue.string)),
            "rows": .array(table.rows.map { .array($0.map(json)) }),
        ]
        let names = table.rows.compactMap { row -> String? in
            if case .text(let name)? = row.first { return name }
            return nil
        }
        let reserved: Set<String> = ["headers", "rows", "kind", "study"]
        guard names.count == table.rows.count, Set(names).count == names.count,
            reserved.isDisjoint(with: names), table.headers.count > 1
        else { return fields }
        for (name, row) in zip(names, table.rows) {
            fields[name] = .object(
                Dictionary(
                    zip(table.headers.dropFirst(), row.dropFirst().map(json)),
                    uniquingKeysWith: { first, _ in first }))
        }
        return fields
    }

    /// A training's fields; its cuts are read from the rebuilt model (`CutTerm`).
    private static func trainingFields(_ record: TrainingRecord) throws -> [String: JSONValue] {
        var parameters: [String: JSONValue] = [:]
        for parameter in record.parameters {
            parameters[parameter.name] = .object([
                "shape": .numbers(parameter.shape.map(Double.init)),
                "values": .numbers(parameter.values),
            ])
        }
        var fields: [String: JSONValue] = [
            "model": .string(record.model), "columns": .array(record.columns.map(JSONValue.string)),
            "epochs": .number(Double(record.epochs)), "parameters": .object(parameters),
            "losses": .numbers(record.losses),
            "warnings": .array(record.warnings.map(JSONValue.string)),
        ]
        if !record.validationLosses.isEmpty {
            fields["validation_losses"] = .numbers(record.validationLosses)
        }
        let cuts = try CutTerm.modules(of: record).joined()
        if !cuts.isEmpty { fields["cuts"] = .array(cuts.map(\.json)) }
        return fields
    }
}

extension ResultsDocument {
    /// The files a build adds to the site besides its pages: `results.json` and every
    /// directive's own file (`exports/net.onnx`), by path in the output folder.
    /// - Throws: `BuildFailure` when a training's model cannot be rebuilt for its cuts.
    static func files(of computed: ComputedReport) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for case .file(let file) in computed.results.values { files[file.path] = file.contents }
        do {
            let document = try json(plan: computed.plan, results: computed.results)
            files[fileName] = Data(document.text.utf8)
        } catch {
            throw BuildFailure([
                Diagnostic(location: nil, message: "\(fileName): \(error)", hint: nil)
            ])
        }
        return files
    }
}
