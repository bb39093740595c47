import CutEngine
import CutPlot
import Foundation

/// The figure kinds of `<<plot>>`.
extension PlotExecutor {
    /// Signal and background histograms of one column.
    func histogram(_ arguments: PlotDirective.Arguments, dataset: Dataset) throws -> Axes {
        let column = try dataColumn(arguments, dataset: dataset)
        let (signal, background) = dataset.splitByClass(dataset.columns[column])
        var axes = axes(arguments, xLabel: dataset.columnNames[column], yLabel: "events")
        let bins = arguments.bins
        let range = arguments.range.map { $0[0]...$0[1] }
        axes.add(Histogram(values: background, bins: bins, range: range, label: "background"))
        axes.add(Histogram(values: signal, bins: bins, range: range, label: "signal"))
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
    /// `mark=max|min` adds a labelled vertical line.
    func lines(
        _ arguments: PlotDirective.Arguments, directive: ResolvedDirective,
        inputs: ExecutionInputs
    ) throws -> Axes {
        let names = arguments.of
        var axes = axes(arguments, xLabel: nil, yLabel: nil)
        var marked: (x: Double, y: Double)?
        let labels = arguments.labels
        for (position, name) in names.enumerated() {
            if case .training(let record) = try inputs.value(name) {
                if axes.x.label == nil { axes.x.label = "epoch" }
                if axes.y.label == nil { axes.y.label = "loss" }
                let validated = !record.validationLosses.isEmpty
                let label =
                    position < labels.count
                    ? labels[position]
                    : names.count == 1 ? (validated ? "training" : nil) : name
                axes.add(
                    Line(
                        x: (0..<record.losses.count).map { Double($0 + 1) }, y: record.losses,
                        label: label))
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
                if arguments.mark != "none", marked == nil {
                    let mark = arguments.mark
                    let pairs = zip(series.x, column.values).filter { !$0.1.isNaN }
                    let best = mark == "max" ? pairs.max { $0.1 < $1.1 } : pairs.min { $0.1 < $1.1 }
                    if let best { marked = (best.0, best.1) }
                }
            }
        }
        if let marked {
            let format = NumberFormat(".3f")!
            axes.add(ReferenceLine(x: marked.x, color: .red, style: .dashed))
            axes.add(
                TextAnnotation(
                    "\(format.format(marked.x))", x: marked.x, y: marked.y / 2, angle: 90,
                    horizontal: .center,
                    vertical: .bottom, color: .red))
        }
        return axes
    }

    /// A training's loss (left axis) and cut (right axis) against iteration.
    func twin(_ arguments: PlotDirective.Arguments, record: TrainingRecord) throws -> Axes {
        guard !record.trackedCuts.isEmpty else {
            throw ExecutionError(
                "a twin plot needs the cut after every epoch: train with track=true",
                location: arguments.written.option("of")?.valueLocation)
        }
        var axes = axes(arguments, xLabel: "iteration", yLabel: "loss")
        axes.y2.label = "cut"
        axes.add(Line(y: record.losses, label: "loss"))
        let cutCount = record.trackedCuts[0].count
        for index in 0..<cutCount {
            axes.add(
                Line(
                    y: record.trackedCuts.map { $0[index] },
                    label: cutCount == 1 ? "cut" : "cut \(index + 1)", style: .dashed),
                on: .right)
        }
        return axes
    }

    /// The cut values against epoch.
    func cutsAgainstEpoch(_ arguments: PlotDirective.Arguments, record: TrainingRecord) throws
        -> Axes
    {
        guard !record.trackedCuts.isEmpty else {
            throw ExecutionError(
                "plotting cuts against epoch needs them recorded: train with track=true",
                location: arguments.written.option("of")?.valueLocation)
        }
        var axes = axes(arguments, xLabel: "epoch", yLabel: "cut value")
        for index in 0..<record.trackedCuts[0].count {
            axes.add(
                Line(
                    x: (1...record.trackedCuts.count).map(Double.init),
                    y: record.trackedCuts.map { $0[index] }, label: "cut \(index + 1)"))
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

    /// Contours of the 2D histograms of signal and background, with a training's cuts as lines.
    func contours(
        _ arguments: PlotDirective.Arguments, directive: ResolvedDirective,
        inputs: ExecutionInputs
    ) throws -> Axes {
        let names = arguments.of
        let dataset = try inputs.unweightedDataset(
            names[0], option: "of", in: directive, for: "a contour plot")
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
                bins: bins,
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
            let record = try inputs.training(name, in: directive)
            let cuts = record.parameters.first { $0.name.hasSuffix("cuts") }?.values ?? []
            if cuts.count >= 1 {
                axes.add(ReferenceLine(x: cuts[0], label: "cut x", color: .black, style: .dashed))
            }
            if cuts.count >= 2 {
                axes.add(ReferenceLine(y: cuts[1], label: "cut y", color: .black, style: .dotted))
            }
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
