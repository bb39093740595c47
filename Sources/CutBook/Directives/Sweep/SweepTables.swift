import Foundation

/// The tables of a sweep: its members (`<<table of=s>>`), the statistics of their fields
/// (`rows=summary`) and where reference numbers fall among the members (`<<table compare …>>`).
enum SweepTables {
    /// The fields a sweep's tables and log show: the final and first loss, the validation
    /// loss, each cut and the misclassified count, those every member has.
    static func shownFields(of sweep: SweepResult) -> [String] {
        let numbers = sweep.commonNumbers
        var fields = ["loss", "first_loss", "validation_loss"].filter { numbers[$0] != nil }
        if let cuts = sweep.commonArrays["cuts"]?.first {
            fields += cuts.indices.map { "cuts[\($0)]" }
        }
        if numbers["misclassified"] != nil { fields.append("misclassified") }
        return fields
    }

    /// `field` (`loss`, `cuts[0]`) of every member, or an error at `location` listing the
    /// fields the members have.
    static func values(
        of field: String, in sweep: SweepResult, location: SourceLocation?
    ) throws -> [Double] {
        try zip(sweep.members, sweep.records).map { name, record in
            let value = ResultValue.training(record)
            guard let path = FieldPath("\(name).\(field)") else {
                throw ExecutionError("'\(field)' is not a field of a training", location: location)
            }
            switch value.number(at: path) {
            case .success(let number): return number
            case .failure(.unknown(let available)):
                throw ExecutionError(
                    "the members of \(sweep.name) have no field '\(field)'; they have \(available.joined(separator: ", "))",
                    location: location, hint: NearestName.hint(for: field, in: available))
            case .failure(.index(let count)):
                throw ExecutionError(
                    "'\(field)': the members' \(path.field) has \(count) values; index it 0 to \(count - 1)",
                    location: location)
            }
        }
    }

    /// One row per member (its name, its value of the swept option, its fields), then the
    /// mean, sample standard deviation (n − 1), minimum and maximum of each field.
    static func members(_ sweep: SweepResult) throws -> ResultTable {
        let fields = shownFields(of: sweep)
        let columns = try fields.map { try values(of: $0, in: sweep, location: nil) }
        var rows: [[ResultTable.Cell]] = sweep.members.indices.map { row in
            [.text(sweep.members[row]), .text(sweep.values[row])]
                + columns.map { .number($0[row]) }
        }
        let stats = columns.map(SweepStatistics.init)
        for (index, name) in ["mean", "std (n−1)", "min", "max"].enumerated() {
            rows.append([.text(name), .text("")] + stats.map { .number($0.values[index]) })
        }
        return ResultTable(headers: ["member", sweep.option] + fields, rows: rows)
    }

    /// One row per field: mean, std (n − 1), min, max, n, and "mean ± std" in `format`.
    static func summary(_ sweep: SweepResult, format: NumberFormat) throws -> ResultTable {
        let rows = try shownFields(of: sweep).map { field -> [ResultTable.Cell] in
            let stats = SweepStatistics(try values(of: field, in: sweep, location: nil))
            return [.text(field)] + stats.values.map { .number($0) }
                + [
                    .number(Double(stats.n)),
                    .text("\(format.format(stats.mean)) ± \(format.format(stats.std))"),
                ]
        }
        return ResultTable(
            headers: ["field", "mean", "std", "min", "max", "n", "mean ± std"], rows: rows)
    }

    /// For each field and its reference number: the members' mean, std (n − 1) and n, the
    /// reference's z = (reference − mean) / std and its percentile among the members (ties
    /// count half). Readable as `NAME.z[i]`, `NAME.percentile[i]`.
    static func compare(
        _ sweep: SweepResult, fields: [String], references: [Double], directive: ResolvedDirective
    ) throws -> ResultTable {
        let location = directive.directive.option("fields")?.valueLocation
        guard fields.count == references.count else {
            throw ExecutionError(
                "fields= names \(fields.count) field(s) but reference= gives \(references.count) number(s); give one reference per field",
                location: directive.directive.option("reference")?.valueLocation)
        }
        let rows = try zip(fields, references).map { field, reference -> [ResultTable.Cell] in
            let values = try values(of: field, in: sweep, location: location)
            let stats = SweepStatistics(values)
            return [
                .text(field), .number(reference), .number(stats.mean), .number(stats.std),
                .number(Double(stats.n)), .number(stats.z(of: reference)),
                .number(SweepStatistics.percentile(of: reference, in: values)),
            ]
        }
        return ResultTable(
            headers: ["field", "reference", "mean", "std", "n", "z", "percentile"], rows: rows)
    }

    /// The log of a sweep: one line per member, then each shown field's statistics.
    static func logLines(_ sweep: SweepResult, format: NumberFormat) -> [String] {
        var lines: [String] = []
        for (index, record) in sweep.records.enumerated() {
            let loss = record.losses.last.map(format.format) ?? "–"
            let seconds = String(format: "%.2f", record.seconds)
            lines.append(
                "\(sweep.members[index]) (\(sweep.option)=\(sweep.values[index])): loss \(loss) after \(record.epochs) epochs in \(seconds) s"
            )
        }
        for field in shownFields(of: sweep) {
            guard let values = try? values(of: field, in: sweep, location: nil) else { continue }
            let stats = SweepStatistics(values)
            lines.append(
                "\(field): mean \(format.format(stats.mean)) ± \(format.format(stats.std)) (sample std, n−1), min \(format.format(stats.min)), max \(format.format(stats.max)), n = \(stats.n)"
            )
        }
        return lines
    }
}
