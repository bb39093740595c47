/// An `Axes` resolved for drawing: every mark's series colour and every axis' scale.
struct AxesPlan {
    let axes: Axes
    /// The series colour of each layer (from the cycle, in order, for marks that take one).
    let colors: [Color]
    let x: AxisScale
    let y: AxisScale
    /// The twin axis' scale, when a mark uses it.
    let y2: AxisScale?

    init(_ axes: Axes) {
        self.axes = axes
        var next = 0
        var colors: [Color] = []
        for layer in axes.layers {
            colors.append(Color.series(next))
            if layer.mark.usesSeriesColor { next += 1 }
        }
        self.colors = colors
        var xExtent = DataExtent()
        var leftExtent = DataExtent()
        var rightExtent = DataExtent()
        for layer in axes.layers {
            let yKind = layer.side == .left ? axes.y.scale : axes.y2.scale
            let e = layer.mark.extent(x: axes.x.scale, y: yKind)
            xExtent.merge(DataExtent(x: e.x, y: nil, stickyX: e.stickyX, stickyY: []))
            let yOnly = DataExtent(x: nil, y: e.y, stickyX: [], stickyY: e.stickyY)
            if layer.side == .left { leftExtent.merge(yOnly) } else { rightExtent.merge(yOnly) }
        }
        x = AxesPlan.scale(axes.x, range: xExtent.x, sticky: xExtent.stickyX)
        y = AxesPlan.scale(axes.y, range: leftExtent.y, sticky: leftExtent.stickyY)
        y2 =
            axes.hasTwin
            ? AxesPlan.scale(axes.y2, range: rightExtent.y, sticky: rightExtent.stickyY) : nil
    }

    static func scale(_ options: AxisOptions, range: ClosedRange<Double>?, sticky: [Double])
        -> AxisScale
    {
        if let fixed = options.limits, options.scale.accepts(fixed.lowerBound),
            options.scale.accepts(fixed.upperBound), fixed.upperBound > fixed.lowerBound
        {
            return AxisScale(kind: options.scale, lower: fixed.lowerBound, upper: fixed.upperBound)
        }
        let (lo, hi) = LimitFinder.limits(
            dataLower: range?.lowerBound ?? .nan, dataUpper: range?.upperBound ?? .nan,
            sticky: sticky, kind: options.scale)
        return AxisScale(kind: options.scale, lower: lo, upper: hi)
    }

    /// The frame a layer draws in.
    func frame(for side: YAxisSide, rect: Rect) -> PlotFrame {
        PlotFrame(rect: rect, x: x, y: side == .right ? (y2 ?? y) : y)
    }

    /// Legend entries in drawing order.
    func legendEntries(theme: Theme) -> [(label: String, swatch: LegendSwatch)] {
        var out: [(String, LegendSwatch)] = []
        for (layer, color) in zip(axes.layers, colors) {
            if let scatter = layer.mark as? Scatter, !scatter.classEntries.isEmpty {
                out += scatter.classEntries
                continue
            }
            guard let label = layer.mark.label, !label.isEmpty,
                let swatch = layer.mark.swatch(seriesColor: color, theme: theme)
            else { continue }
            out.append((label, swatch))
        }
        return out
    }
}
