import CutEngine
import Foundation

/// `<<scan quantity ...>>`: a quantity evaluated at evenly spaced cut values. On a data set
/// with event weights every quantity weighs each event by its weight (S and B are weighted
/// sums, each loss term is multiplied by its event's weight, the average weight is Σ e w / Σ e,
/// passing is the weighted number of signal events passed); unweighted data count each event 1.
///
/// - `loss`, `gradient`: the loss of cutting column `column` at each value, or its derivative
///   with respect to the cut (CutEngine's `CutScan`).
/// - `weight`: the average weight of signal and of background events.
/// - `window`: the sum-of-squares gradient at the cut `at` using only events with |x − at| < h,
///   for h from `from` to `to`, beside the gradient over all events (`MaskedWindowGradient`).
/// - `surface`: loss(cut x on column 0) + loss(cut y on column 1) over a steps × steps grid.
struct ScanExecutor: ArgumentsExecutor {
    func execute(
        _ arguments: ScanDirective.Arguments, directive: ResolvedDirective, inputs: ExecutionInputs,
        context: ExecutionContext
    ) throws -> ResultValue {
        let quantity = arguments.quantity
        let dataset = try inputs.dataset(arguments.on[0], option: "on", in: directive)
        if let modelName = arguments.of?.name {
            return try frozenScan(
                arguments, directive: directive, model: modelName, dataset: dataset,
                inputs: inputs, context: context)
        }
        if quantity == "grid" {
            return try Self.hardGrid(arguments, dataset: dataset, context: context)
        }
        let relaxation = arguments.cut.relaxation
        let loss = try arguments.cutLoss()
        let steps = arguments.steps
        let column = arguments.column
        guard column < dataset.columnCount else {
            throw ExecutionError(
                "column=\(column) but the data set has \(dataset.columnCount) column(s) (0…\(dataset.columnCount - 1))",
                location: directive.directive.option("column")?.valueLocation)
        }
        switch quantity {
        case "surface":
            guard dataset.columnCount >= 2 else {
                throw ExecutionError(
                    "a surface needs a data set with two columns, found \(dataset.columnCount)")
            }
            let progress = context.scanProgress(unit: "cut")
            let xScan = try Self.cutScan(
                arguments, dataset: dataset, column: 0, loss: loss, relaxation: relaxation,
                onProgress: { done, total in progress(done, 2 * total) })
            let yScan = try Self.cutScan(
                arguments, dataset: dataset, column: 1, loss: loss, relaxation: relaxation,
                onProgress: { done, total in progress(total + done, 2 * total) })
            var values: [Double] = []
            values.reserveCapacity(xScan.values.count * yScan.values.count)
            for yValue in yScan.values {
                for xValue in xScan.values { values.append(xValue + yValue) }
            }
            return .grid(
                Grid(
                    xName: "cut x", x: xScan.cuts.map(Double.init), yName: "cut y",
                    y: yScan.cuts.map(Double.init), valueName: loss.description, values: values))
        case "window":
            let widths = try linspace(
                arguments.from ?? 1, arguments.to ?? 4, count: steps)
            let (gradients, full) = try MaskedWindowGradient.scan(
                relaxation: relaxation, column: dataset.columns[column], truth: dataset.truth,
                events: dataset.weights, cut: Float(arguments.at), halfWidths: widths,
                onProgress: context.scanProgress(unit: "window"))
            return .series(
                Series(
                    xName: "window", x: widths.map(Double.init),
                    columns: [
                        .init(name: "gradient", values: gradients),
                        .init(name: "full", values: [Double](repeating: full, count: widths.count)),
                    ]))
        default:
            let scan = try Self.cutScan(
                arguments, dataset: dataset, column: column, loss: loss, relaxation: relaxation,
                onProgress: context.scanProgress(unit: "cut"))
            let x = scan.cuts.map(Double.init)
            switch quantity {
            case "weight":
                return .series(
                    Series(
                        xName: "cut", x: x,
                        columns: [
                            .init(name: "signal", values: scan.meanSignalWeights),
                            .init(name: "background", values: scan.meanBackgroundWeights),
                        ]))
            case "gradient":
                return .series(
                    Series(
                        xName: "cut", x: x,
                        columns: [.init(name: "gradient", values: scan.gradients)]))
            default:
                return .series(
                    Series(xName: "cut", x: x, columns: [.init(name: "loss", values: scan.values)]))
            }
        }
    }

    /// CutEngine's scan of one column over `from…to`, or the column's padded range
    /// (`min − 0.2|min|` to `max + 0.2|max|`, as the seed scanned) when they are not given.
    static func cutScan(
        _ arguments: ScanDirective.Arguments, dataset: Dataset, column: Int, loss: CutLoss,
        relaxation: Relaxation, onProgress: ScanProgress? = nil
    ) throws -> CutScan {
        let (signal, background) = dataset.splitByClass(dataset.columns[column])
        return try CutScan.scan(
            loss: loss, relaxation: relaxation, signal: signal, background: background,
            cuts: try arguments.cuts(column: dataset.columns[column]),
            events: EventWeights(dataset), onProgress: onProgress)
    }

    /// A trained model with every parameter frozen but cut number `column`, which takes each
    /// scanned value: the model's loss, or the signal events it passes (`sigmoid(out) > 0.5`),
    /// both weighted on weighted data.
    private func frozenScan(
        _ arguments: ScanDirective.Arguments, directive: ResolvedDirective, model name: String,
        dataset: Dataset, inputs: ExecutionInputs, context: ExecutionContext
    ) throws -> ResultValue {
        let record = try inputs.training(name, in: directive)
        let (model, parameters) = try ModelLoading.frozen(
            record, columns: dataset.columnNames, directive: directive)
        guard let path = parameters.paths.first(where: { $0.hasSuffix("/cuts") }) else {
            throw ExecutionError(
                "of=\(name) has no cuts to scan (its parameters are \(parameters.paths.joined(separator: ", ")))",
                location: directive.directive.option("of")?.valueLocation)
        }
        let column = arguments.column
        guard column < dataset.columnCount else {
            throw ExecutionError(
                "column=\(column) but the data set has \(dataset.columnCount) column(s)",
                location: directive.directive.option("column")?.valueLocation)
        }
        let values = try arguments.cuts(column: dataset.columns[column])
        let cuts = values.map(Double.init)
        // loss= defaults to ssb for cut scans; a frozen model's loss is seed unless written.
        var loss = EventLoss.seed
        if let written = arguments.written.option("loss") {
            guard let named = EventLoss.named(arguments.loss) else {
                throw ExecutionError(
                    "loss=\(arguments.loss) is not a loss of a model's outputs; a frozen model takes seed, squares or bce",
                    location: written.valueLocation)
            }
            loss = named
        }
        let evaluator = try ModelEvaluator(model: model, data: dataset, loss: loss)
        let progress = context.scanProgress(unit: "cut")
        if arguments.quantity == "passing" {
            let counts = try evaluator.passingSignalScan(
                parameters, path: path, index: column, values: values, onProgress: progress)
            return .series(
                Series(
                    xName: "cut", x: cuts,
                    columns: [.init(name: "passing", values: counts)]))
        }
        let losses = try evaluator.lossScan(
            parameters, path: path, index: column, values: values, onProgress: progress)
        return .series(
            Series(xName: "cut", x: cuts, columns: [.init(name: "loss", values: losses)]))
    }
}
