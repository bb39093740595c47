/// The field rules of a sweep: its size, its members' values and the statistics of every
/// field its members share.
extension ResultField {
    /// The names of the four statistics, in the order the reference and tables list them.
    static let statisticNames = ["mean", "std", "min", "max"]

    /// A sweep's fields.
    static let sweepFields: [ResultField] = [
        sweepRule("n", .number, "the number of members", example: "s.n") {
            ["n": .number(Double($0.members.count))]
        },
        sweepRule(
            "values[i]", .array,
            "each member's value of the swept option (the seeds of `seeds=`), when they are numbers",
            example: "s.values[0]"
        ) { sweep in sweep.numericValues.map { ["values": .array($0)] } ?? [:] },
        sweepRule(
            "FIELD.mean", .number,
            "the mean over the members of a number field they all have (`loss`, `first_loss`, `epochs`, `seconds`…); also `FIELD.std` (the sample standard deviation, n − 1), `FIELD.min` and `FIELD.max`",
            example: "s.loss.mean"
        ) { sweep in
            statistics(sweep.commonNumbers.mapValues { [SweepStatistics($0)] }) { .number($0[0]) }
        },
        sweepRule(
            "ARRAY.mean[i]", .array,
            "element by element over the members' arrays of one length (`losses`, `cuts`, a parameter path): the mean; also `ARRAY.std[i]`, `ARRAY.min[i]` and `ARRAY.max[i]`",
            example: "s.cuts.mean[0]"
        ) { sweep in
            statistics(sweep.commonArrays.mapValues(SweepStatistics.elementwise)) { .array($0) }
        },
    ]

    /// `NAME.mean`, `NAME.std`, `NAME.min` and `NAME.max` for each name's statistics (one per
    /// element of an array), each read as `reading` makes it from the statistic's values.
    private static func statistics(
        _ named: [String: [SweepStatistics]], reading: ([Double]) -> Reading
    ) -> [String: Reading] {
        var fields: [String: Reading] = [:]
        for (name, stats) in named {
            for (index, statistic) in statisticNames.enumerated() {
                fields["\(name).\(statistic)"] = reading(stats.map { $0.values[index] })
            }
        }
        return fields
    }

    /// A field of a sweep, read from the `SweepResult` a `sweep` object holds.
    private static func sweepRule(
        _ name: String, _ shape: Shape, _ meaning: String, example: String,
        read: @escaping @Sendable (SweepResult) -> [String: Reading]
    ) -> ResultField {
        ResultField(
            SweepResult.kind, name, shape, meaning, example: example,
            read: { value in
                guard case .object(let object) = value, let sweep = object.payload as? SweepResult
                else { return [:] }
                return read(sweep)
            })
    }
}

extension SweepStatistics {
    /// mean, std, min and max, in the order of `ResultField.statisticNames`.
    var values: [Double] { [mean, std, min, max] }
}
