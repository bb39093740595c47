import CutEngine

/// The fields `<<value>>`, `assert` and numeric options such as `vline=fit.cuts[0]`
/// read from a result (`brute.argmax`, `fit.cuts[0]`), as one table: each rule names a field
/// (or a family, like `COLUMN.max`), says what it is and reads it.
///
/// `ResultValue.number(at:)` looks fields up only through these rules, and
/// `docs/result-fields.md` is written from them (`cutbook directives --fields --markdown`), so
/// the reference lists exactly what the lookup finds.
struct ResultField: Sendable {
    /// What a field holds.
    enum Shape: Sendable, Equatable {
        /// One number: `fit.loss`.
        case number
        /// An array, read with an index: `fit.losses[0]`.
        case array
        /// One number computed when read, by evaluating the trained model
        /// (`ExecutionInputs.number(at:in:)`).
        case evaluated
    }

    /// A value a rule read.
    enum Reading: Sendable, Equatable {
        /// One number.
        case number(Double)
        /// An array.
        case array([Double])
    }

    /// The kind of result it belongs to (`ResultValue.kindName`).
    var kind: String
    /// The field as written after the result's name; upper-case words stand for names taken
    /// from the result (`COLUMN.max`), empty for the result itself.
    var name: String
    /// What it holds.
    var shape: Shape
    /// What it means.
    var meaning: String
    /// A field path that reads it, for the reference.
    var example: String
    /// The fields the rule gives for a result, by name (none when the result lacks them).
    var read: @Sendable (ResultValue) -> [String: Reading]

    /// A rule.
    init(
        _ kind: String, _ name: String, _ shape: Shape, _ meaning: String, example: String,
        read: @escaping @Sendable (ResultValue) -> [String: Reading] = { _ in [:] }
    ) {
        (self.kind, self.name, self.shape) = (kind, name, shape)
        (self.meaning, self.example, self.read) = (meaning, example, read)
    }

    /// The kinds in the reference's order, each with a sentence on what makes it.
    static let kinds: [(kind: String, madeBy: String)] = [
        ("scan", "`<<scan …>>`: curves along a cut value"),
        ("grid", "`<<scan grid …>>`: a loss over two cut values"),
        ("table", "`<<table …>>`"),
        ("training", "`<<train …>>`"),
        (
            "sweep",
            "`<<train … seeds=… as=s>>` or `sweep=\"OPTION=…\"`: its members `s[1]`, `s[2]`, … are trainings"
        ),
        ("dataset", "`<<data …>>` (each part of a `<<data split …>>`)"),
        ("text", "a text report parameter (`params.NAME`, read as written, not as a number)"),
        ("figure", "`<<plot …>>` (shown, not read)"),
        ("file", "`<<export …>>` (a file in the output folder)"),
        ("number", "`<<value …>>`, which takes no `as=`, so nothing reads it by name"),
        ("check", "`<<assert …>>`, which takes no `as=`, so nothing reads it by name"),
    ]

    /// Every rule, grouped by kind in the order of `kinds`.
    static let all: [ResultField] =
        ResultField.scanFields + ResultField.gridFields
        + ResultField.tableFields + ResultField.trainingFields + ResultField.sweepFields
        + ResultField.datasetFields

    /// The rules of `kind`.
    static func rules(of kind: String) -> [ResultField] { all.filter { $0.kind == kind } }

    /// The names of the evaluated fields of `kind` (`output.min`, `output.max`).
    static func evaluatedNames(of kind: String) -> [String] {
        rules(of: kind).filter { $0.shape == .evaluated }.map(\.name)
    }
}

extension ResultValue {
    /// Every field of this result, by name, as the rules of its kind read them.
    var fields: [String: ResultField.Reading] {
        var fields: [String: ResultField.Reading] = [:]
        for rule in ResultField.rules(of: kindName) {
            fields.merge(rule.read(self)) { first, _ in first }
        }
        return fields
    }
}

extension ResultField {
    /// The fields of a data set, read from the `Dataset` it holds.
    static let datasetFields: [ResultField] =
        [
            datasetRule("events", "the number of events", example: "ev.events") {
                ["events": .number(Double($0.count))]
            },
            datasetRule("signal", "the number of signal events (truth 1)", example: "ev.signal") {
                ["signal": .number(Double($0.signalCount))]
            },
            datasetRule("background", "the number of background events", example: "ev.background") {
                ["background": .number(Double($0.backgroundCount))]
            },
            datasetRule("columns", "the number of feature columns", example: "ev.columns") {
                ["columns": .number(Double($0.columnCount))]
            },
            columnRule("min", "the smallest value of a column") { $0.min() },
            columnRule("max", "the largest value of a column") { $0.max() },
        ]
        + [("signal", true), ("background", false)].map { className, isSignal in
            datasetRule(
                "\(className).weighted",
                "with `weight=`: the summed weight of the \(className) events",
                example: "ev.\(className).weighted"
            ) { dataset in
                guard dataset.isWeighted else { return [:] }
                let totals = dataset.classWeightTotals
                return [
                    "\(className).weighted": .number(isSignal ? totals.signal : totals.background)
                ]
            }
        }

    /// `COLUMN.suffix` of a data set: `pick` of each column's values (0 for no events).
    private static func columnRule(
        _ suffix: String, _ meaning: String,
        pick: @escaping @Sendable ([Float]) -> Float?
    ) -> ResultField {
        datasetRule("COLUMN.\(suffix)", meaning, example: "ev.pt.\(suffix)") { dataset in
            var fields: [String: Reading] = [:]
            for (name, column) in zip(dataset.columnNames, dataset.columns) {
                fields["\(name).\(suffix)"] = .number(Double(pick(column) ?? 0))
            }
            return fields
        }
    }

    /// A number field of a data set, read from the `Dataset` a `dataset` object holds.
    private static func datasetRule(
        _ name: String, _ meaning: String, example: String,
        read: @escaping @Sendable (Dataset) -> [String: Reading]
    ) -> ResultField {
        ResultField(
            "dataset", name, .number, meaning, example: example,
            read: { value in
                guard case .object(let object) = value, let dataset = object.payload as? Dataset
                else { return [:] }
                return read(dataset)
            })
    }
}
