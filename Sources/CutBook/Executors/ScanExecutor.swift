import CutEngine
import Foundation

/// `<<scan quantity ...>>`: a quantity evaluated at evenly spaced cut values.
///
/// - `loss`, `gradient`: the loss of cutting column `column` at each value, or its derivative
///   with respect to the cut (CutEngine's `CutLoss.valueAndCutGradient`).
/// - `weight`: the average weight of signal and of background events.
/// - `window`: the gradient at the cut `at` using only events with |x − at| < h, for h from
///   `from` to `to`, beside the gradient over all events.
/// - `surface`: loss(cut x on column 0) + loss(cut y on column 1) over a steps × steps grid.
struct ScanExecutor: DirectiveExecutor {
    func execute(_ directive: ResolvedDirective, inputs: ExecutionInputs, context: ExecutionContext)
        throws
        -> ResultValue
    {
        let quantity = directive.text("quantity")!
        let dataset = try inputs.dataset(directive.names("on")[0], option: "on", in: directive)
        if let modelName = directive.names("of").first {
            return try frozenScan(
                directive, quantity: quantity, model: modelName, dataset: dataset, inputs: inputs)
        }
        let relaxation = try Self.relaxation(directive)
        let loss = try Self.cutLoss(directive)
        let steps = directive.integer("steps")!
        let column = directive.integer("column")!
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
            let (xSignal, xBackground) = Self.split(dataset.columns[0], truth: dataset.truth)
            let (ySignal, yBackground) = Self.split(dataset.columns[1], truth: dataset.truth)
            let xs = Self.cuts(directive, column: dataset.columns[0], steps: steps)
            let ys = Self.cuts(directive, column: dataset.columns[1], steps: steps)
            let xLoss = xs.map {
                loss.valueAndCutGradient(
                    relaxation: relaxation, signal: xSignal, background: xBackground, cut: Float($0)
                ).value
            }
            let yLoss = ys.map {
                loss.valueAndCutGradient(
                    relaxation: relaxation, signal: ySignal, background: yBackground, cut: Float($0)
                ).value
            }
            var values: [Double] = []
            values.reserveCapacity(xs.count * ys.count)
            for yValue in yLoss { for xValue in xLoss { values.append(xValue + yValue) } }
            return .grid(
                Grid(
                    xName: "cut x", x: xs, yName: "cut y", y: ys, valueName: loss.description,
                    values: values))
        case "window":
            let at = directive.number("at")!
            let values = dataset.columns[column]
            let (signal, background) = Self.split(values, truth: dataset.truth)
            let full = loss.valueAndCutGradient(
                relaxation: relaxation, signal: signal, background: background, cut: Float(at)
            ).gradient
            let widths = Self.linspace(
                directive.number("from") ?? 1, directive.number("to") ?? 4, steps)
            let gradients = widths.map { width -> Double in
                var kept: [Float] = []
                var keptTruth: [Float] = []
                for (value, label) in zip(values, dataset.truth)
                where abs(Double(value) - at) < width {
                    kept.append(value)
                    keptTruth.append(label)
                }
                let (s, b) = Self.split(kept, truth: keptTruth)
                return loss.valueAndCutGradient(
                    relaxation: relaxation, signal: s, background: b, cut: Float(at)
                ).gradient
            }
            return .series(
                Series(
                    xName: "window", x: widths,
                    columns: [
                        .init(name: "gradient", values: gradients),
                        .init(name: "full", values: [Double](repeating: full, count: widths.count)),
                    ]))
        default:
            let values = dataset.columns[column]
            let (signal, background) = Self.split(values, truth: dataset.truth)
            let cuts = Self.cuts(directive, column: values, steps: steps)
            if quantity == "weight" {
                let signalMean = cuts.map {
                    Self.mean(relaxation.weights(of: signal, cut: Float($0)))
                }
                let backgroundMean = cuts.map {
                    Self.mean(relaxation.weights(of: background, cut: Float($0)))
                }
                return .series(
                    Series(
                        xName: "cut", x: cuts,
                        columns: [
                            .init(name: "signal", values: signalMean),
                            .init(name: "background", values: backgroundMean),
                        ]))
            }
            let results = cuts.map {
                loss.valueAndCutGradient(
                    relaxation: relaxation, signal: signal, background: background, cut: Float($0))
            }
            let column: Series.Column =
                quantity == "loss"
                ? .init(name: "loss", values: results.map(\.value))
                : .init(name: "gradient", values: results.map(\.gradient))
            return .series(Series(xName: "cut", x: cuts, columns: [column]))
        }
    }

    /// A trained model with every parameter frozen but cut number `column`, which takes each
    /// scanned value: the model's loss, or the signal events it passes (`sigmoid(out) > 0.5`).
    private func frozenScan(
        _ directive: ResolvedDirective, quantity: String, model name: String, dataset: Dataset,
        inputs: ExecutionInputs
    ) throws -> ResultValue {
        guard case .training(let record) = try inputs.value(name) else {
            throw ExecutionError(
                "of=\(name) is a \(try inputs.value(name).kindName), expected a training (made by <<train>>)",
                location: directive.directive.option("of")?.valueLocation)
        }
        let (model, parameters) = try ModelTrainExecutor.frozen(
            record, columns: dataset.columnCount, directive: directive)
        guard let path = parameters.paths.first(where: { $0.hasSuffix("/cuts") }) else {
            throw ExecutionError(
                "of=\(name) has no cuts to scan (its parameters are \(parameters.paths.joined(separator: ", ")))",
                location: directive.directive.option("of")?.valueLocation)
        }
        let column = directive.integer("column")!
        let cuts = Self.cuts(
            directive, column: dataset.columns[min(column, dataset.columnCount - 1)],
            steps: directive.integer("steps")!)
        let lossName = directive.text("loss") ?? "seed"
        let loss: EventLoss =
            lossName == "squares"
            ? .sumOfSquares : lossName == "bce" ? .meanBinaryCrossEntropy : .seed
        let evaluator = try ModelEvaluator(model: model, data: dataset, loss: loss)
        let values = cuts.map(Float.init)
        if quantity == "passing" {
            let counts = try evaluator.passingSignalScan(
                parameters, path: path, index: column, values: values)
            return .series(
                Series(
                    xName: "cut", x: cuts,
                    columns: [.init(name: "passing", values: counts.map(Double.init))]))
        }
        let losses = try evaluator.lossScan(parameters, path: path, index: column, values: values)
        return .series(
            Series(xName: "cut", x: cuts, columns: [.init(name: "loss", values: losses)]))
    }

    static func relaxation(_ directive: ResolvedDirective) throws -> Relaxation {
        switch directive.text("cut") ?? "hard" {
        case "erf": return .erf
        case "sigmoid": return .sigmoid(slope: Float(directive.number("slope") ?? 1))
        case "balanced": return .balancedSigmoid
        default: return .hard
        }
    }

    static func cutLoss(_ directive: ResolvedDirective) throws -> CutLoss {
        switch directive.text("loss") ?? "ssb" {
        case "ssb": return .significance
        case "bce": return .binaryCrossEntropy
        case "squares": return .sumOfSquares
        default:
            throw ExecutionError(
                "loss=seed is a training loss over a whole batch; a scan takes ssb, bce or squares",
                location: directive.directive.option("loss")?.valueLocation)
        }
    }

    /// The cut values: from…to when given, else the column's range widened by 20 % at each end
    /// (`min − 0.2|min|` to `max + 0.2|max|`, as the seed scanned).
    static func cuts(_ directive: ResolvedDirective, column: [Float], steps: Int) -> [Double] {
        let low = Double(column.min() ?? 0)
        let high = Double(column.max() ?? 0)
        let from = directive.number("from") ?? (low - 0.2 * abs(low))
        let to = directive.number("to") ?? (high + 0.2 * abs(high))
        return linspace(from, to, steps)
    }

    /// numpy's `linspace(from, to, steps)`: `from + i·step`, with the last value exactly `to`.
    static func linspace(_ from: Double, _ to: Double, _ steps: Int) -> [Double] {
        guard steps > 1 else { return [from] }
        let step = (to - from) / Double(steps - 1)
        return (0..<steps).map { $0 == steps - 1 ? to : from + Double($0) * step }
    }

    static func split(_ values: [Float], truth: [Float]) -> (signal: [Float], background: [Float]) {
        var signal: [Float] = []
        var background: [Float] = []
        for (value, label) in zip(values, truth) {
            if label == 1 { signal.append(value) } else { background.append(value) }
        }
        return (signal, background)
    }

    static func mean(_ values: [Float]) -> Double {
        values.isEmpty ? .nan : values.reduce(0.0) { $0 + Double($1) } / Double(values.count)
    }
}
