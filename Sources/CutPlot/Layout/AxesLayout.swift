/// Where everything of one `Axes` goes inside its cell: the plot rectangle sized so that tick
/// labels, axis labels and the title fit around it without touching each other.
struct AxesLayout {
    let plan: AxesPlan
    let cell: Rect
    let theme: Theme
    private(set) var plot: Rect
    private(set) var xTicks = AxisTicks.blank()
    private(set) var yTicks = AxisTicks.blank()
    private(set) var y2Ticks: AxisTicks?
    private(set) var colorbarTicks: AxisTicks?
    let colorbarLabel: TypesetText?
    let title: TypesetText?
    let xLabel: TypesetText?
    let yLabel: TypesetText?
    let y2Label: TypesetText?

    init(plan: AxesPlan, cell: Rect, theme: Theme, typesetter: Typesetter) {
        self.plan = plan
        self.cell = cell
        self.theme = theme
        let axes = plan.axes
        // Titles and labels longer than their room shrink to fit.
        let width = cell.width - 2 * theme.edge
        let height = cell.height * 0.8
        title = axes.title.map { typesetter.typeset($0, font: theme.titleFont, maxWidth: width) }
        xLabel = axes.x.label.map {
            typesetter.typeset($0, font: theme.font, maxWidth: width * 0.9)
        }
        yLabel = axes.y.label.map { typesetter.typeset($0, font: theme.font, maxWidth: height) }
        y2Label =
            plan.y2 == nil
            ? nil : axes.y2.label.map { typesetter.typeset($0, font: theme.font, maxWidth: height) }
        colorbarLabel = axes.colorbar?.label.map {
            typesetter.typeset($0, font: theme.font, maxWidth: height)
        }
        plot = cell.insetBy(left: 50, top: 25, right: 20, bottom: 40)
        for _ in 0..<3 {
            xTicks = AxisTicks(
                scale: plan.x, length: plot.width, horizontal: true, typesetter: typesetter,
                theme: theme, fixed: axes.x.ticks)
            yTicks = AxisTicks(
                scale: plan.y, length: plot.height, horizontal: false, typesetter: typesetter,
                theme: theme, fixed: axes.y.ticks)
            y2Ticks = plan.y2.map {
                AxisTicks(
                    scale: $0, length: plot.height, horizontal: false, typesetter: typesetter,
                    theme: theme, fixed: axes.y2.ticks)
            }
            colorbarTicks = axes.colorbar.map {
                AxisTicks(
                    scale: AxisScale(
                        kind: .linear, lower: $0.range.lowerBound, upper: $0.range.upperBound),
                    length: plot.height, horizontal: false, typesetter: typesetter, theme: theme)
            }
            plot = fit()
        }
    }

    /// The space a vertical axis needs beside the plot.
    private func sideWidth(_ ticks: AxisTicks?, _ label: TypesetText?) -> Double {
        guard let ticks else { return 0 }
        var w = theme.majorTick + theme.tickPad + ticks.maxLabelWidth
        if let label { w += theme.labelPad + label.height }
        return w
    }

    private func fit() -> Rect {
        let t = theme
        var left = t.edge + sideWidth(yTicks, yLabel)
        // Right of the plot: the twin axis, then the colour bar (whose gap includes the twin).
        var right = t.edge + sideWidth(y2Ticks, y2Label)
        if colorbarTicks != nil {
            right = t.edge + colorbarGap + colorbarWidth + sideWidth(colorbarTicks, colorbarLabel)
        }
        var bottom = t.edge + t.majorTick + t.tickPad + xTicks.maxLabelHeight
        if let xLabel { bottom += t.labelPad + xLabel.height }
        if let factor = xTicks.factor, xLabel == nil { bottom += factor.height }
        // Above the plot: half a tick label, or the title with the "×10ⁿ" factor under it.
        let overhang = [
            yTicks.maxLabelHeight, y2Ticks?.maxLabelHeight ?? 0, colorbarTicks?.maxLabelHeight ?? 0,
        ]
        var header = 0.0
        if let title { header += title.height + t.titlePad }
        if let factor = verticalFactor { header += factor.height + (title == nil ? t.titlePad : 2) }
        let top = t.edge + max(overhang.max()! / 2, header)
        // Tick labels at the ends of the x axis stick out by half their width.
        if let first = xTicks.labels.first, let v = xTicks.major.first,
            let f = plan.x.fraction(v)
        {
            left = max(left, t.edge + first.width / 2 - f * (cell.width - left - right))
        }
        if let last = xTicks.labels.last, let v = xTicks.major.last, let f = plan.x.fraction(v) {
            right = max(right, t.edge + last.width / 2 - (1 - f) * (cell.width - left - right))
        }
        return cell.insetBy(left: left, top: top, right: right, bottom: bottom)
    }
}

extension AxesLayout {
    /// The "×10ⁿ" factor written above the plot, if a vertical axis has one.
    var verticalFactor: TypesetText? { yTicks.factor ?? y2Ticks?.factor ?? colorbarTicks?.factor }

    /// The gap between the plot (and its twin axis) and the colour bar.
    var colorbarGap: Double {
        theme.fontSize + (y2Ticks == nil ? 0 : sideWidth(y2Ticks, y2Label))
    }

    /// The colour bar's width: 1/20 of the plot's height, as matplotlib does.
    var colorbarWidth: Double { max(plot.height / 20, theme.fontSize * 0.8) }

    /// Where the colour bar goes, when there is one.
    var colorbarRect: Rect? {
        guard colorbarTicks != nil else { return nil }
        return Rect(
            x: plot.maxX + colorbarGap, y: plot.minY, width: colorbarWidth, height: plot.height)
    }
}
