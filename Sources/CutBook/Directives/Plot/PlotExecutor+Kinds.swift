import CutEngine
import CutPlot
import Foundation

/// The figure kinds of `<<plot>>`.
extension PlotExecutor {
    /// Signal and background histograms of one column, weighted when the data set is.
    func histogram(_ arguments: PlotDirective.Arguments, dataset: Dataset) throws -> Axes {
        let column = try dataColumn(arguments, dataset: dataset)
        var axes = axes(
            arguments, xLabel: dataset.columnNames[column],
            yLabel: arguments.density ? "density" : "events")
        addClassHistograms(dataset.columns[column], of: dataset, arguments, to: &axes)
        return axes
    }

    func dataColumn(_ arguments: PlotDirective.Arguments, dataset: Dataset) throws -> Int {
        let column = arguments.column
        guard column < dataset.columnCount else {
            throw ExecutionError(
                "column=\(column) but the data set has \(dataset.columnCount) column(s)",
                location: arguments.written.option("column")?.valueLocation)
        }
        return column
    }

    /// Curves of one or more scans (or trainings' losses against epoch, with a second curve of
    /// the validation loss at the logged epochs when the training has `validation=`);
    /// `mark=max|min` adds a labelled vertical line at the first curve's extreme.
    func lines(
        _ arguments: PlotDirective.Arguments, directive: ResolvedDirective,
        inputs: ExecutionInputs
    ) throws -> Axes {
        let names = arguments.of
        var axes = axes(arguments, xLabel: nil, yLabel: nil)
        var marked: (x: Double, labelY: Double)?
        let labels = arguments.labels
        for (position, name) in names.enumerated() {
            if let sweep = inputs.sweep(name) {
                try addSweep(
                    sweep, position: position, arguments: arguments, to: &axes, marked: &marked)
                continue
            }
            if case .training(let record) = try inputs.value(name) {
                if axes.x.label == nil { axes.x.label = "epoch" }
                if axes.y.label == nil { axes.y.label = "loss" }
                let validated = !record.validationLosses.isEmpty
                let label =
                    position < labels.count
                    ? labels[position]
                    : names.count == 1 ? (validated ? "training" : nil) : name
                let epochs = (0..<record.losses.count).map { Double($0 + 1) }
                axes.add(Line(x: epochs, y: record.losses, label: label))
                if marked == nil { marked = extreme(arguments.mark, x: epochs, y: record.losses) }
                if validated {
                    axes.add(
                        Line(
                            x: record.log.map { Double($0.epoch) }, y: record.validationLosses,
                            label: names.count == 1 ? "validation" : "\(name) validation"))
                }
                continue
            }
            guard case .series(let series) = try inputs.value(name) else {
                throw ExecutionError(
                    "of=\(name) is a \(try inputs.value(name).kindName), expected a scan (made by <<scan>>)",
                    location: arguments.written.option("of")?.valueLocation)
            }
            if axes.x.label == nil { axes.x.label = series.xName }
            var columns = series.columns
            if let wanted = arguments.y {
                let base = wanted == "gradient2" ? "gradient" : wanted
                guard let found = columns.first(where: { $0.name == base }) else {
                    throw ExecutionError(
                        "of=\(name) has no column '\(wanted)': it has \(columns.map(\.name).joined(separator: ", "))",
                        location: arguments.written.option("y")?.valueLocation,
                        hint: NearestName.hint(for: wanted, in: columns.map(\.name)))
                }
                columns = [
                    wanted == "gradient2"
                        ? .init(name: "gradient²", values: found.values.map { $0 * $0 }) : found
                ]
            }
            for column in columns {
                let label =
                    position < labels.count && columns.count == 1
                    ? labels[position]
                    : names.count == 1 && columns.count == 1
                        ? nil
                        : names.count == 1
                            ? column.name : columns.count == 1 ? name : "\(name) \(column.name)"
                axes.add(Line(x: series.x, y: column.values, label: label))
                if axes.y.label == nil && columns.count == 1 { axes.y.label = column.name }
                if marked == nil { marked = extreme(arguments.mark, x: series.x, y: column.values) }
            }
        }
        if let marked { addMark(marked, to: &axes) }
        return axes
    }

    /// A training's loss (left axis) and cuts (right axis, named by their columns) against
    /// iteration; `mark=max|min` marks the loss's extreme.
    func twin(_ arguments: PlotDirective.Arguments, record: TrainingRecord) throws -> Axes {
        guard !record.trackedCuts.isEmpty else {
            throw ExecutionError(
                "a twin plot needs the cut after every epoch: train with track=true",
                location: arguments.written.option("of")?.valueLocation)
        }
        var axes = axes(arguments, xLabel: "iteration", yLabel: "loss")
        axes.y2.label = "cut"
        axes.add(Line(y: record.losses, label: "loss"))
        let labels = try cutLabels(record, count: record.trackedCuts[0].count)
        for (index, label) in labels.enumerated() {
            axes.add(
                Line(y: record.trackedCuts.map { $0[index] }, label: label, style: .dashed),
                on: .right)
        }
        let iterations = record.losses.indices.map(Double.init)
        if let marked = extreme(arguments.mark, x: iterations, y: record.losses) {
            addMark(marked, to: &axes)
        }
        return axes
    }

    /// The tracked cuts of one or more trainings against epoch: a line per cut named by its
    /// column; with several trainings, each in its own line style (the same cut in the same
    /// colour), its lines named by `labels=` (or the result name) and the cut.
    func cutsAgainstEpoch(
        _ arguments: PlotDirective.Arguments, records: [(name: String, record: TrainingRecord)]
    ) throws -> Axes {
        var axes = axes(arguments, xLabel: "epoch", yLabel: "cut value")
        let styles: [LineStyle] = [.solid, .dashed, .dotted, .dashDot]
        for (position, (name, record)) in records.enumerated() {
            guard !record.trackedCuts.isEmpty else {
                throw ExecutionError(
                    "plotting cuts against epoch needs them recorded: train \(name) with track=true",
                    location: arguments.written.option("of")?.valueLocation)
            }
            let labels = try cutLabels(record, count: record.trackedCuts[0].count)
            let prefix =
                records.count == 1
                ? "" : "\(position < arguments.labels.count ? arguments.labels[position] : name), "
            for (index, label) in labels.enumerated() {
                axes.add(
                    Line(
                        x: (1...record.trackedCuts.count).map(Double.init),
                        y: record.trackedCuts.map { $0[index] }, label: prefix + label,
                        color: records.count == 1 ? nil : Color.series(index),
                        style: styles[position % styles.count]))
            }
        }
        return axes
    }

    /// A 3D view of a grid scan (a loss surface).
    func surface(
        _ arguments: PlotDirective.Arguments, directive: ResolvedDirective,
        inputs: ExecutionInputs
    ) throws -> SurfacePlot {
        let name = arguments.of[0]
        guard case .grid(let grid) = try inputs.value(name) else {
            throw ExecutionError(
                "of=\(name) is a \(try inputs.value(name).kindName), expected a surface scan (<<scan surface>>)",
                location: arguments.written.option("of")?.valueLocation)
        }
        let values = try Grid2D(x: grid.x, y: grid.y, values: grid.rows)
        return SurfacePlot(
            values, xLabel: arguments.xLabel ?? grid.xName,
            yLabel: arguments.yLabel ?? grid.yName,
            zLabel: grid.valueName)
    }

    /// Contours of the 2D histograms (weighted when the data set is) of signal and background,
    /// with the cuts of trainings on the two plotted columns as lines named by their columns.
    func contours(
        _ arguments: PlotDirective.Arguments, directive: ResolvedDirective,
        inputs: ExecutionInputs
    ) throws -> Axes {
        let names = arguments.of
        let dataset = try inputs.dataset(names[0], option: "of", in: directive)
        guard dataset.columnCount >= 2 else {
            throw ExecutionError(
                "contours need a data set with two columns, found \(dataset.columnCount)")
        }
        let range = arguments.range ?? [-10, 10]
        let bins = min(arguments.bins, 400)
        var axes = axes(arguments, xLabel: dataset.columnNames[0], yLabel: dataset.columnNames[1])
        axes.x.limits = range[0]...range[1]
        axes.y.limits = range[0]...range[1]
        let fractions = [0.01, 0.05, 0.1, 0.25, 0.5, 0.7, 0.8, 1.0]
        for (label, isSignal, color) in [
            ("background", false, Color.blue), ("signal", true, Color.red),
        ] {
            let kept = dataset.truth.indices.filter { (dataset.truth[$0] == 1) == isSignal }
            let grid = Grid2D.histogram(
                x: kept.map { dataset.columns[0][$0] }, y: kept.map { dataset.columns[1][$0] },
                weights: dataset.weights.map { weights in kept.map { weights[$0] } }, bins: bins,
                xRange: range[0]...range[1], yRange: range[0]...range[1])
            if let levels = arguments.levels {
                axes.add(Contour(grid, levels: levels, color: color, lineWidth: 1, label: label))
            } else {
                axes.add(
                    Contour(
                        grid, fractionsOfMaximum: fractions, color: color, lineWidth: 1,
                        label: label))
            }
        }
        for name in names.dropFirst() {
            try addCutLines(of: inputs.training(name, in: directive), to: &axes)
        }
        return axes
    }

    /// The weight (or its derivative) of each relaxation against x for a cut at `at`.
    func relaxations(_ arguments: PlotDirective.Arguments) throws -> Axes {
        let range = arguments.range ?? [-5, 5]
        let at = Float(arguments.at)
        let derivative = arguments.derivative
        var axes = axes(arguments, xLabel: "x", yLabel: derivative ? "∂w/∂c" : "weight w")
        let xs = try linspace(range[0], range[1], count: 401).map(Double.init)
        for name in arguments.relaxations {
            guard let relaxation = Relaxation.named(name) else {
                throw ExecutionError(
                    "unknown relaxation '\(name)' (known: \(Relaxation.names.joined(separator: ", ")))",
                    location: arguments.written.option("relaxations")?.valueLocation)
            }
            let ys = xs.map { x in
                Double(
                    derivative
                        ? relaxation.derivative(Float(x), cut: at)
                        : relaxation.weight(Float(x), cut: at))
            }
            axes.add(Line(x: xs, y: ys, label: name))
        }
        return axes
    }
}
