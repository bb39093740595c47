/// Where everything of one `Axes` goes inside its cell: the plot rectangle sized so that tick
/// labels, axis labels and the title fit around it without touching each other.
struct AxesLayout {
    let plan: AxesPlan
    let cell: Rect
    let theme: Theme
    private(set) var plot: Rect
    private(set) var xTicks = AxisTicks.empty
    private(set) var yTicks = AxisTicks.empty
    private(set) var y2Ticks: AxisTicks?
    let title: TypesetText?
    let xLabel: TypesetText?
    let yLabel: TypesetText?
    let y2Label: TypesetText?

    init(plan: AxesPlan, cell: Rect, theme: Theme, typesetter: Typesetter) {
        self.plan = plan
        self.cell = cell
        self.theme = theme
        let axes = plan.axes
        title = axes.title.map { typesetter.typeset($0, font: theme.titleFont) }
        xLabel = axes.x.label.map { typesetter.typeset($0, font: theme.font) }
        yLabel = axes.y.label.map { typesetter.typeset($0, font: theme.font) }
        y2Label = plan.y2 == nil ? nil : axes.y2.label.map { typesetter.typeset($0, font: theme.font) }
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
        var bottom = t.edge + t.majorTick + t.tickPad + xTicks.maxLabelHeight
        if let xLabel { bottom += t.labelPad + xLabel.height }
        if xTicks.factor != nil, xLabel == nil { bottom += xTicks.factor!.height }
        var top = t.edge + max(yTicks.maxLabelHeight, y2Ticks?.maxLabelHeight ?? 0) / 2
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

extension AxisTicks {
    static var empty: AxisTicks {
        var t = AxisTicks.blank()
        t.major = []
        return t
    }
}
