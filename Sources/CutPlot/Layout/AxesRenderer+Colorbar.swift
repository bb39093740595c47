extension AxesRenderer {
    /// Draws the colour bar: the colormap as a column of cells, a frame, ticks and labels on
    /// the right, and the label turned to read upwards.
    func drawColorbar() {
        guard let bar = plan.axes.colorbar, let rect = layout.colorbarRect,
            let ticks = layout.colorbarTicks
        else { return }
        let t = theme
        let steps = 256
        let pixels = (0..<steps).map { i in
            bar.colormap.color(at: 1 - (Double(i) + 0.5) / Double(steps))
        }
        canvas.draw(image: RasterImage(width: 1, height: steps, pixels: pixels), in: rect)
        canvas.draw(
            path: .rectangle(rect), transform: .identity,
            style: PaintStyle(stroke: StrokeStyle(color: t.foreground, width: t.spineWidth)))
        let scale = AxisScale(
            kind: .linear, lower: bar.range.lowerBound, upper: bar.range.upperBound)
        let barFrame = PlotFrame(rect: rect, x: scale, y: scale)
        var labelEdge = rect.maxX + t.majorTick + t.tickPad
        for (v, text) in zip(ticks.major, ticks.labels) {
            guard let y = barFrame.deviceY(v) else { continue }
            canvas.draw(
                path: .polyline([Point(rect.maxX, y), Point(rect.maxX + t.majorTick, y)]),
                transform: .identity,
                style: PaintStyle(stroke: StrokeStyle(color: t.foreground, width: t.spineWidth)))
            let placed = PlacedText(
                text, at: Point(rect.maxX + t.majorTick + t.tickPad, y), horizontal: .left,
                vertical: .middle)
            placed.draw(on: canvas, color: t.foreground)
            labelEdge = max(labelEdge, placed.bounds.maxX)
        }
        if let label = layout.colorbarLabel {
            PlacedText(
                label, at: Point(labelEdge + t.labelPad, rect.midY), horizontal: .center,
                vertical: .top, degrees: 90
            ).draw(on: canvas, color: t.foreground)
        }
        if let factor = ticks.factor {
            PlacedText(
                factor, at: Point(rect.minX, rect.minY - t.titlePad / 2), horizontal: .left,
                vertical: .bottom
            ).draw(on: canvas, color: t.foreground)
        }
    }
}
