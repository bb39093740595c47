import CutEngine
import CutPlot

extension Grid {
    /// The values as rows of y, each row along x (`values[j * x.count + i]` is at x[i], y[j]).
    var rows: [[Double]] {
        (0..<y.count).map { Array(values[($0 * x.count)..<(($0 + 1) * x.count)]) }
    }
}

extension PlotExecutor {
    /// `<<plot heatmap of=GRID[,TRAINING…]>>`: a grid scan (`<<scan grid>>` of two cuts, or
    /// `<<scan surface>>`) as coloured cells with a colour bar, and over it the path of each
    /// training's two cuts, epoch by epoch (trained with `track=true`), from a circle at its
    /// start to a square at its end, named in the legend by `labels=` (one per training) or by
    /// its result name. `mark=max` or `min` puts a cross on the grid's best cell.
    func heatmap(
        _ arguments: PlotDirective.Arguments, directive: ResolvedDirective,
        inputs: ExecutionInputs
    ) throws -> Axes {
        let ofLocation = arguments.written.option("of")?.valueLocation
        let name = arguments.of[0]
        guard case .grid(let grid) = try inputs.value(name) else {
            throw ExecutionError(
                "of=\(name) is a \(try inputs.value(name).kindName), expected a grid of two cuts (<<scan grid>> on two columns, or <<scan surface>>)",
                location: ofLocation)
        }
        let values = try Grid2D(x: grid.x, y: grid.y, values: grid.rows)
        var axes = axes(arguments, xLabel: grid.xName, yLabel: grid.yName)
        let cells = Heatmap(values, colormap: .viridis)
        axes.add(cells)
        axes.colorbar = cells.colorbar(label: grid.valueName)
        if arguments.mark != "none" {
            let finite = grid.values.indices.filter { grid.values[$0].isFinite }
            let best =
                arguments.mark == "max"
                ? finite.max { grid.values[$0] < grid.values[$1] }
                : finite.min { grid.values[$0] < grid.values[$1] }
            if let best {
                let (x, y) = (grid.x[best % grid.x.count], grid.y[best / grid.x.count])
                axes.add(
                    Scatter(
                        x: [x], y: [y], label: "grid \(arguments.mark)", color: .red, size: 10,
                        marker: .cross))
            }
        }
        for (index, training) in arguments.of.dropFirst().enumerated() {
            let record = try inputs.training(training, in: directive)
            guard !record.trackedCuts.isEmpty, record.trackedCuts[0].count == 2 else {
                throw ExecutionError(
                    "of=\(training): a path over the grid needs the training's two cuts after every epoch; train two cuts with track=true",
                    location: ofLocation)
            }
            let start = record.log.first?.cuts ?? record.trackedCuts[0]
            let path = [start] + record.trackedCuts
            let label = index < arguments.labels.count ? arguments.labels[index] : training
            axes.add(
                Line(x: path.map { $0[0] }, y: path.map { $0[1] }, label: label, color: .white))
            axes.add(Scatter(x: [start[0]], y: [start[1]], color: .white, size: 7))
            axes.add(
                Scatter(
                    x: [path.last![0]], y: [path.last![1]], color: .white, size: 7,
                    marker: .square))
        }
        return axes
    }
}
