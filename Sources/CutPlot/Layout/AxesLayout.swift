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
                theme: theme)
            yTicks = AxisTicks(
                scale: plan.y, length: plot.height, horizontal: false, typesetter: typesetter,
                theme: theme)
            y2Ticks = plan.y2.map {
                AxisTicks(
                    scale: $0, length: plot.height, horizontal: false, typesetter: typesetter,
                    theme: theme)
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
        var right = t.edge + (y2Ticks == nil ? 0 : sideWidth(y2Ticks, y2Label))
        if colorbarTicks != nil {
            right += colorbarGap + colorbarWidth + sideWidth(colorbarTicks, colorbarLabel)
        }
        var bottom = t.edge + t.majorTick + t.tickPad + xTicks.maxLabelHeight
        if let xLabel { bottom += t.labelPad + xLabel.height }
        if xTicks.factor != nil, xLabel == nil { bottom += xTicks.factor!.height }
        let overhang = [
            yTicks.maxLabelHeight, y2Ticks?.maxLabelHeight ?? 0, colorbarTicks?.maxLabelHeight ?? 0,
        ]
        var top = t.edge + overhang.max()! / 2
        var header = 0.0
        if let title { header = title.height + t.titlePad }
        if let f = yTicks.factor ?? y2Ticks?.factor { header = max(header, f.height + t.titlePad) }
        if yTicks.factor != nil || y2Ticks?.factor != nil, let title {
            header = title.height + t.titlePad + (yTicks.factor ?? y2Ticks!.factor!).height + 2
        }
        top = max(top, t.edge + header)
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
