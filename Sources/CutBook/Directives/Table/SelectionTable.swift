import CutEngine
import Foundation

/// `<<table selection of=fit on=DATA [sigma_b=]>>`: what a trained selection does on a data set
/// with the training's columns, applied as a hard selection and as the relaxed one.
///
/// - hard: a model that is only `cuts(...)` (every `train cuts`) is applied as hard cuts, each
///   `x > c` at its trained value; any other model passes an event when its raw output is
///   above 0.5 (the exported ONNX model's `y > 0.5`).
/// - relaxed: every event counts with the model's output as its weight, for models whose
///   output lies in [0, 1] (cuts, sigmoid networks and their products); for an unbounded output
///   the row says so instead of numbers.
///
/// S and B are the sums of the event weights of passing signal and background events
/// (`eventWeights`: the data set's `weight=` column, else 1 for every event), eff_s and
/// eff_b their fractions of all signal and background, S/√B, and the Asimov discovery
/// significance Z_A (`Significance.asimov`).
enum SelectionTable {
    /// The help text of the `selection` kind.
    static let help =
        "rows hard (the cuts applied as hard cuts; any other model thresholded at output > 0.5) and relaxed (the model's output as each event's weight), columns S, B, eff_s, eff_b, ssb (S/√B) and z_asimov; fields like seltab.z_asimov[0]."

    /// The table's headers; the first column names the rows.
    static let headers = ["selection", "S", "B", "eff_s", "eff_b", "ssb", "z_asimov"]

    /// The table of `record` on `dataset`.
    /// - Throws: `ExecutionError` when the data set's columns are not the training's.
    static func table(
        of record: TrainingRecord, on dataset: Dataset, sigmaB: Double?,
        directive: ResolvedDirective
    ) throws -> ResultTable {
        guard dataset.columnNames == record.columns else {
            throw ExecutionError(
                "on= has columns \(dataset.columnNames.joined(separator: ",")) but the training reads \(record.columns.joined(separator: ",")); evaluate on a data set with the same columns in the same order",
                location: directive.directive.option("on")?.valueLocation)
        }
        let (model, parameters) = try ModelLoading.frozen(
            record, columns: dataset.columnNames, directive: directive)
        let outputs = try ModelEvaluator(model: model, data: dataset).outputs(parameters)
        let hard: [Double]
        switch model.expression {
        case .cuts, .select:
            hard = try hardCutWeights(model: model, parameters: parameters, dataset: dataset)
        default:
            hard = outputs.map { $0 > 0.5 ? 1 : 0 }
        }
        var rows = [row("hard", passing: hard, dataset: dataset, sigmaB: sigmaB)]
        if model.expression.outputBounds.isWithinUnitInterval {
            rows.append(
                row("relaxed", passing: outputs.map(Double.init), dataset: dataset, sigmaB: sigmaB))
        } else {
            let note = "output in \(model.expression.outputBounds), not a weight"
            rows.append([.text("relaxed")] + headers.dropFirst().map { _ in .text(note) })
        }
        return ResultTable(headers: headers, rows: rows)
    }

    /// The weight of each event in sums: the data set's `weight=` column, or 1 for every event
    /// (the one place a selection table reads them).
    static func eventWeights(_ dataset: Dataset) -> [Double] {
        dataset.weights?.map(Double.init) ?? [Double](repeating: 1, count: dataset.count)
    }

    /// The events a model of cuts alone puts on the wrong side when its cuts are applied as
    /// hard cuts: signal events failing a cut and background events passing them all; nil for
    /// a model with anything but cuts.
    static func misclassified(model: Model, parameters: ParameterTree, dataset: Dataset) throws
        -> Int?
    {
        switch model.expression {
        case .cuts, .select: break
        default: return nil
        }
        let passing = try hardCutWeights(model: model, parameters: parameters, dataset: dataset)
        return zip(passing, dataset.truth).reduce(0) { $0 + (($1.0 == 1) != ($1.1 == 1) ? 1 : 0) }
    }

    /// 1 where every cut of the model's `cuts(...)` term passes as a hard cut, else 0.
    private static func hardCutWeights(
        model: Model, parameters: ParameterTree, dataset: Dataset
    ) throws -> [Double] {
        var passing = [Double](repeating: 1, count: dataset.count)
        for module in model.modules {
            guard
                let terms = try CutTerm.terms(
                    of: module, parameters: parameters, columns: dataset.columnNames)
            else { continue }
            for term in terms {
                let values = dataset.columns[term.columnIndex]
                for event in passing.indices where !term.passesHard(values[event]) {
                    passing[event] = 0
                }
            }
        }
        return passing
    }

    /// One row: `label`, then the sums and figures of merit of `passing` (each event's weight in
    /// the selection, 0…1).
    private static func row(
        _ label: String, passing: [Double], dataset: Dataset, sigmaB: Double?
    ) -> [ResultTable.Cell] {
        let weights = eventWeights(dataset)
        var s = 0.0
        var b = 0.0
        var totalS = 0.0
        var totalB = 0.0
        for event in passing.indices {
            if dataset.truth[event] == 1 {
                s += passing[event] * weights[event]
                totalS += weights[event]
            } else {
                b += passing[event] * weights[event]
                totalB += weights[event]
            }
        }
        return [.text(label)]
            + [
                s, b, s / totalS, b / totalB, s / b.squareRoot(),
                Significance.asimov(s: s, b: b, relativeUncertainty: sigmaB),
            ].map { .number($0) }
    }
}

/// Discovery significances of `s` signal over `b` background events (weighted sums), as the
/// selection table shows them.
enum Significance {
    /// The Asimov discovery significance Z_A, without or with a relative background uncertainty
    /// (CutEngine's `AsimovSignificance`, the formula the `asimov` loss trains on). The table's
    /// edges: s = 0 gives 0 and b = 0 with s > 0 gives +∞ (the engine refuses b ≤ 0, which a
    /// loss cannot train on).
    static func asimov(s: Double, b: Double, relativeUncertainty: Double?) -> Double {
        guard s > 0 else { return 0 }
        guard b > 0 else { return .infinity }
        // b > 0 is checked above, so the engine's only refusal cannot happen.
        return try! AsimovSignificance.value(
            signal: s, background: b, relativeUncertainty: relativeUncertainty ?? 0)
    }
}
