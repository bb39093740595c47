import CutEngine

extension ScanExecutor {
    /// `<<scan grid …>>`: the training loss `loss=` of hard cuts on every column at once, over
    /// every combination of `steps` values per column (CutEngine's `CutGridScan`, the loss a
    /// training of `cuts(hard)` reports), from `from=` to `to=` or over each column's range.
    /// One column gives the curves `loss` and `misclassified` (signal at or below the cut plus
    /// background above it); two give a grid whose x is the cut on column 0.
    static func hardGrid(
        _ arguments: ScanDirective.Arguments, dataset: Dataset, context: ExecutionContext
    ) throws -> ResultValue {
        let written = arguments.written
        guard let loss = LossName(rawValue: arguments.loss) else {
            throw ExecutionError(
                "loss=\(arguments.loss) is not a training loss; a grid scan takes \(LossName.allCases.map(\.rawValue).joined(separator: ", "))",
                location: written.option("loss")?.valueLocation)
        }
        guard (1...2).contains(dataset.columnCount) else {
            throw ExecutionError(
                "a grid scan shows one or two cuts, but on=\(arguments.on[0]) has \(dataset.columnCount) columns; select one or two columns in <<data …>>",
                location: written.option("on")?.valueLocation)
        }
        var axes = try CutGridScan.dataAxes(of: dataset, steps: arguments.steps)
        if arguments.from != nil || arguments.to != nil {
            axes = try dataset.columns.indices.map { column in
                try arguments.cuts(column: dataset.columns[column])
            }
        }
        let scan: CutGridScan
        do {
            scan = try CutGridScan.scan(
                model: try Model(
                    .cuts(.hard, initial: .standard), columnNames: dataset.columnNames),
                loss: loss, data: dataset, axes: axes,
                onProgress: context.scanProgress(unit: "point"))
        } catch let error as EngineError {
            throw ExecutionError(
                "\(error)", location: written.option("steps")?.valueLocation ?? written.verbLocation
            )
        }
        guard axes.count == 2 else {
            let cuts = axes[0]
            return .series(
                Series(
                    xName: "cut", x: cuts.map(Double.init),
                    columns: [
                        .init(name: "loss", values: scan.values),
                        .init(
                            name: "misclassified",
                            values: misclassified(dataset.columns[0], dataset.truth, cuts)),
                    ]))
        }
        return .grid(
            Grid(
                xName: "cut on \(dataset.columnNames[0])", x: axes[0].map(Double.init),
                yName: "cut on \(dataset.columnNames[1])", y: axes[1].map(Double.init),
                valueName: loss.rawValue, values: scan.values))
    }

    /// For each cut, the events a hard cut `x > cut` classifies wrongly: signal with x ≤ cut
    /// and background with x > cut (sorted once, then counted by binary search).
    static func misclassified(_ values: [Float], _ truth: [Float], _ cuts: [Float]) -> [Double] {
        var signal: [Float] = []
        var background: [Float] = []
        for (value, label) in zip(values, truth) {
            if label == 1 { signal.append(value) } else { background.append(value) }
        }
        signal.sort()
        background.sort()
        /// How many of the sorted `values` are ≤ `cut`.
        func atOrBelow(_ sorted: [Float], _ cut: Float) -> Int {
            var low = 0
            var high = sorted.count
            while low < high {
                let middle = (low + high) / 2
                if sorted[middle] <= cut { low = middle + 1 } else { high = middle }
            }
            return low
        }
        return cuts.map { cut in
            Double(atOrBelow(signal, cut) + background.count - atOrBelow(background, cut))
        }
    }
}
