/// Draws one `Axes` into its cell: marks (clipped to the plot), frame, ticks, labels, title,
/// legend — in that order.
struct AxesRenderer {
    let layout: AxesLayout
    let canvas: Canvas
    let theme: Theme

    init(axes: Axes, cell: Rect, canvas: Canvas, theme: Theme) {
        let plan = AxesPlan(axes)
        self.layout = AxesLayout(
            plan: plan, cell: cell, theme: theme, typesetter: Typesetter(canvas: canvas))
        self.canvas = canvas
        self.theme = theme
    }

    var plan: AxesPlan { layout.plan }
    var plot: Rect { layout.plot }
    /// The left axis' frame: every data-to-figure position below goes through a frame.
    var frame: PlotFrame { plan.frame(for: .left, rect: plot) }

    func draw() {
        if plan.axes.grid { drawGrid() }
        canvas.withClip(plot) {
            for (layer, color) in zip(plan.axes.layers, plan.colors) {
                let context = MarkContext(
                    canvas: canvas, frame: plan.frame(for: layer.side, rect: plot),
                    seriesColor: color, theme: theme)
                layer.mark.draw(in: context)
            }
        }
        drawFrame()
        drawXAxis()
        drawYAxis(layout.yTicks, scale: plan.y, side: .left, label: layout.yLabel)
        if let y2 = plan.y2, let ticks = layout.y2Ticks {
            drawYAxis(ticks, scale: y2, side: .right, label: layout.y2Label)
        }
        drawColorbar()
        drawTitle()
        drawLegend()
    }

    private func line(_ a: Point, _ b: Point, _ color: Color, _ width: Double) {
        canvas.draw(
            path: .polyline([a, b]), transform: .identity,
            style: PaintStyle(stroke: StrokeStyle(color: color, width: width)))
    }

    private func drawGrid() {
        let color = Color(red: 0.69, green: 0.69, blue: 0.69, alpha: 0.6)
        for v in layout.xTicks.major {
            guard let x = frame.deviceX(v) else { continue }
            line(Point(x, plot.minY), Point(x, plot.maxY), color, 0.8)
        }
        for v in layout.yTicks.major {
            guard let y = frame.deviceY(v) else { continue }
            line(Point(plot.minX, y), Point(plot.maxX, y), color, 0.8)
        }
    }

    private func drawFrame() {
        canvas.draw(
            path: .rectangle(plot), transform: .identity,
            style: PaintStyle(stroke: StrokeStyle(color: theme.foreground, width: theme.spineWidth))
        )
    }

    private func drawXAxis() {
        let t = theme
        let color = plan.axes.x.color ?? t.foreground
        for v in layout.xTicks.minor {
            guard let x = frame.deviceX(v) else { continue }
            line(Point(x, plot.maxY), Point(x, plot.maxY + t.minorTick), color, t.spineWidth * 0.75)
        }
        var labelBottom = plot.maxY + t.majorTick + t.tickPad
        for (v, label) in zip(layout.xTicks.major, layout.xTicks.labels) {
            guard let x = frame.deviceX(v) else { continue }
            line(Point(x, plot.maxY), Point(x, plot.maxY + t.majorTick), color, t.spineWidth)
            let placed = PlacedText(
                label, at: Point(x, plot.maxY + t.majorTick + t.tickPad), horizontal: .center,
                vertical: .top)
            placed.draw(on: canvas, color: color)
            labelBottom = max(labelBottom, placed.bounds.maxY)
        }
        if let label = layout.xLabel {
            PlacedText(
                label, at: Point(plot.midX, labelBottom + t.labelPad), horizontal: .center,
                vertical: .top
            ).draw(on: canvas, color: color)
        }
        if let factor = layout.xTicks.factor {
            let y = layout.xLabel == nil ? labelBottom : labelBottom + t.labelPad
            PlacedText(factor, at: Point(plot.maxX, y), horizontal: .right, vertical: .top)
                .draw(on: canvas, color: color)
        }
    }

    private func drawYAxis(
        _ ticks: AxisTicks, scale: AxisScale, side: YAxisSide, label: TypesetText?
    ) {
        let t = theme
        let options = side == .left ? plan.axes.y : plan.axes.y2
        let color = options.color ?? t.foreground
        let axisFrame = frame.with(y: scale)
        let x0 = side == .left ? plot.minX : plot.maxX
        let out: Double = side == .left ? -1 : 1
        for v in ticks.minor {
            guard let y = axisFrame.deviceY(v) else { continue }
            line(Point(x0, y), Point(x0 + out * t.minorTick, y), color, t.spineWidth * 0.75)
        }
        var labelEdge = x0 + out * (t.majorTick + t.tickPad)
        for (v, text) in zip(ticks.major, ticks.labels) {
            guard let y = axisFrame.deviceY(v) else { continue }
            line(Point(x0, y), Point(x0 + out * t.majorTick, y), color, t.spineWidth)
            let placed = PlacedText(
                text, at: Point(x0 + out * (t.majorTick + t.tickPad), y),
                horizontal: side == .left ? .right : .left, vertical: .middle)
            placed.draw(on: canvas, color: color)
            labelEdge =
                side == .left
                ? min(labelEdge, placed.bounds.minX) : max(labelEdge, placed.bounds.maxX)
        }
        if let label {
            PlacedText(
                label, at: Point(labelEdge + out * t.labelPad, plot.midY), horizontal: .center,
                vertical: side == .left ? .bottom : .top, degrees: 90
            ).draw(on: canvas, color: color)
        }
        if let factor = ticks.factor {
            PlacedText(
                factor, at: Point(x0, plot.minY - t.titlePad / 2),
                horizontal: side == .left ? .left : .right, vertical: .bottom
            ).draw(on: canvas, color: color)
        }
    }

    private func drawTitle() {
        guard let title = layout.title else { return }
        var bottom = plot.minY - theme.titlePad
        if let f = layout.verticalFactor { bottom -= f.height + 2 }
        // Centred on the plot, but kept inside the cell.
        let cell = layout.cell
        let half = title.width / 2
        let x = min(max(plot.midX, cell.minX + theme.edge + half), cell.maxX - theme.edge - half)
        PlacedText(title, at: Point(x, bottom), horizontal: .center, vertical: .bottom)
            .draw(on: canvas, color: theme.foreground)
    }

    /// The legend and the rectangle it occupies, when the axes have one.
    func legendPlacement() -> (box: LegendBox, area: Rect)? {
        let entries = plan.legendEntries(theme: theme)
        guard plan.axes.legend != .hidden, !entries.isEmpty else { return nil }
        let legend = LegendBox(
            entries: entries, typesetter: Typesetter(canvas: canvas), theme: theme)
        var footprint: [Point] = []
        var avoid: [Rect] = []
        for layer in plan.axes.layers {
            let frame = plan.frame(for: layer.side, rect: plot)
            footprint += layer.mark.footprint(in: frame)
            if let text = layer.mark as? TextAnnotation,
                let placed = text.placed(in: frame, canvas: canvas, theme: theme)
            {
                avoid.append(placed.bounds)
            }
        }
        let origin = legend.origin(
            position: plan.axes.legend, plot: plot, footprint: footprint, avoid: avoid)
        return (
            legend,
            Rect(x: origin.x, y: origin.y, width: legend.size.width, height: legend.size.height)
        )
    }

    private func drawLegend() {
        guard let (legend, area) = legendPlacement() else { return }
        legend.draw(at: Point(area.x, area.y), on: canvas)
    }
}
