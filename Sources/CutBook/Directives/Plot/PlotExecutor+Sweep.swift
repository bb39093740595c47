import CutPlot

/// A sweep in a line plot: its members' loss curves as a band, or each member's curve.
extension PlotExecutor {
    /// Adds `sweep`, the `position`-th result of `of=`, to `axes`: with `band=std` the mean
    /// loss and a band of ± one sample standard deviation (n − 1), with `band=range` the mean
    /// and a band from the smallest to the largest loss, with `band=none` every member's
    /// curve; `mark=` marks the mean's extreme (the members' first curve's with band=none).
    func addSweep(
        _ sweep: SweepResult, position: Int, arguments: PlotDirective.Arguments,
        to axes: inout Axes, marked: inout (x: Double, labelY: Double)?
    ) throws {
        if let y = arguments.written.option("y") {
            throw ExecutionError(
                "y= picks a scan's column, and of=\(sweep.name) is a sweep of trainings, drawn as their losses",
                location: y.valueLocation, hint: "remove y=")
        }
        if axes.x.label == nil { axes.x.label = "epoch" }
        if axes.y.label == nil { axes.y.label = "loss" }
        let labels = arguments.labels
        let label = position < labels.count ? labels[position] : sweep.name
        let color = Color.cycle[position % Color.cycle.count]
        let curves = sweep.records.map(\.losses)
        if arguments.band == "none" {
            for (index, losses) in curves.enumerated() {
                let epochs = (0..<losses.count).map { Double($0 + 1) }
                axes.add(
                    Line(
                        x: epochs, y: losses,
                        label: index == 0 ? "\(label) (\(curves.count) members)" : nil,
                        color: color, width: 0.8))
                if marked == nil { marked = extreme(arguments.mark, x: epochs, y: losses) }
            }
            return
        }
        let lengths = Set(curves.map(\.count))
        guard lengths.count == 1 else {
            throw ExecutionError(
                "band=\(arguments.band) needs every member of \(sweep.name) to run as many epochs; they ran \(lengths.sorted().map(String.init).joined(separator: ", "))",
                location: arguments.written.option("of")?.valueLocation,
                hint: "draw the members with band=none")
        }
        let stats = SweepStatistics.elementwise(curves)
        let epochs = stats.indices.map { Double($0 + 1) }
        let mean = stats.map(\.mean)
        let (low, high, spread) =
            arguments.band == "range"
            ? (stats.map(\.min), stats.map(\.max), "min–max")
            : (stats.map { $0.mean - $0.std }, stats.map { $0.mean + $0.std }, "± std (n−1)")
        axes.add(Band(x: epochs, low: low, high: high, label: "\(label) \(spread)", color: color))
        axes.add(Line(x: epochs, y: mean, label: "\(label) mean of \(curves.count)", color: color))
        if marked == nil { marked = extreme(arguments.mark, x: epochs, y: mean) }
    }
}
