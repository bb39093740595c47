import CutEngine
import CutPlot
import Foundation

/// The figure kinds of `<<plot>>` that evaluate a trained model.
extension PlotExecutor {
    /// Signal and background events in the plane, green when classified right, red when wrong;
    /// one panel per class drawn (`class=`). The decision is `rule=`: signal when
    /// `sigmoid(o) > threshold` (the studies' rule, with the sigmoid in `Float` as in the seed)
    /// or, for a model whose output is already squashed, when `o > threshold`.
    func scatter(
        _ arguments: PlotDirective.Arguments, directive: ResolvedDirective,
        record: TrainingRecord, dataset: Dataset
    ) throws -> [Axes] {
        guard dataset.columnCount >= 2 else {
            throw ExecutionError(
                "a classification scatter needs two columns, found \(dataset.columnCount)")
        }
        let (model, parameters) = try ModelLoading.frozen(
            record, columns: dataset.columnNames, directive: directive)
        let outputs = try ModelEvaluator(model: model, data: dataset).outputs(parameters)
        let threshold = Float(arguments.threshold)
        let decisions: [Bool]
        if arguments.rule == "output" {
            decisions = outputs.map { $0 > threshold }
        } else {
            decisions = outputs.map { VectorMath.sigmoid($0) > threshold }
        }
        let classes = [("signal", true), ("background", false)].filter {
            arguments.drawnClass == "both" || arguments.drawnClass == $0.0
        }
        var panels: [Axes] = []
        for (title, isSignal) in classes {
            var axes = axes(
                arguments, xLabel: dataset.columnNames[0], yLabel: dataset.columnNames[1])
            axes.title = title
            let events = dataset.truth.indices.filter { (dataset.truth[$0] == 1) == isSignal }
            let right = events.filter { decisions[$0] == isSignal }
            let wrong = events.filter { decisions[$0] != isSignal }
            for (label, chosen, color) in [
                ("right", right, Color.green), ("wrong", wrong, Color.red),
            ] where !chosen.isEmpty {
                axes.add(
                    Scatter(
                        x: chosen.map { dataset.columns[0][$0] },
                        y: chosen.map { dataset.columns[1][$0] },
                        label: "\(label) (\(chosen.count))", color: color, size: 1.5, alpha: 0.5))
            }
            panels.append(axes)
        }
        return panels
    }

    /// Histograms of the model's raw output for signal and background (weighted when the data
    /// set is).
    func outputs(
        _ arguments: PlotDirective.Arguments, directive: ResolvedDirective,
        record: TrainingRecord, dataset: Dataset
    ) throws -> Axes {
        let (model, parameters) = try ModelLoading.frozen(
            record, columns: dataset.columnNames, directive: directive)
        let output = try ModelEvaluator(model: model, data: dataset).outputs(parameters)
        var axes = axes(
            arguments, xLabel: "model output", yLabel: arguments.density ? "density" : "events")
        addClassHistograms(output, of: dataset, arguments, to: &axes)
        return axes
    }
}
