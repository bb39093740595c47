/// Draws a `SurfacePlot` into a cell: back panes with grid lines, the surface's quads from far
/// to near (painter's algorithm), then the axes with ticks, tick labels and labels.
struct SurfaceRenderer {
    let surface: SurfacePlot
    let cell: Rect
    let canvas: Canvas
    let theme: Theme

    private var grid: Grid2D { surface.grid }

    /// Box coordinates of a data point.
    private struct Normaliser {
        let x: AxisScale
        let y: AxisScale
        let z: AxisScale

        func box(_ a: Double, _ b: Double, _ c: Double) -> Point3 {
            Point3(
                x: 2 * (x.fraction(a) ?? 0) - 1, y: 2 * (y.fraction(b) ?? 0) - 1,
                z: (2 * (z.fraction(c) ?? 0) - 1) * Projection3D.halfHeight)
        }
    }

    func draw() {
        let typesetter = Typesetter(canvas: canvas)
        var area = cell.insetBy(
            left: theme.edge, top: theme.edge, right: theme.edge, bottom: theme.edge)
        if let title = surface.title {
            let text = typesetter.typeset(
                title, font: theme.titleFont, maxWidth: cell.width - 2 * theme.edge)
            PlacedText(
                text, at: Point(cell.midX, cell.minY + theme.edge), horizontal: .center,
                vertical: .top
            ).draw(on: canvas, color: theme.foreground)
            area = area.insetBy(left: 0, top: text.height + theme.titlePad, right: 0, bottom: 0)
        }
        // Fit the box and its labels into the area: measure where everything lands, then move
        // the box's rectangle by the overflow (text keeps its size while the box scales).
        let room = theme.fontSize * 3
        var fit = area.insetBy(left: room, top: room * 0.3, right: room, bottom: room)
        for _ in 0..<4 {
            let probe = BoundsCanvas(measuringWith: canvas)
            drawContent(on: probe, fitting: fit, withSurface: false)
            guard let b = probe.bounds else { break }
            let left = area.minX - b.minX
            let right = b.maxX - area.maxX
            let top = area.minY - b.minY
            let bottom = b.maxY - area.maxY
            if max(abs(left), abs(right), abs(top), abs(bottom)) < 0.5 { break }
            fit = fit.insetBy(left: left, top: top, right: right, bottom: bottom)
        }
        drawContent(on: canvas, fitting: fit, withSurface: true)
    }

    private func drawContent(on canvas: Canvas, fitting fit: Rect, withSurface: Bool) {
        let typesetter = Typesetter(canvas: canvas)
        let projection = Projection3D(
            elevation: surface.elevation, azimuth: surface.azimuth, fitting: fit)
        let zValues = grid.values.joined().filter(\.isFinite)
        let zLow = zValues.min() ?? 0
        let zHigh = zValues.max() ?? 1
        let x0 = grid.x.first ?? 0
        let y0 = grid.y.first ?? 0
        let norm = Normaliser(
            x: AxisScale(kind: .linear, lower: x0, upper: max(grid.x.last ?? 1, x0 + 1e-12)),
            y: AxisScale(kind: .linear, lower: y0, upper: max(grid.y.last ?? 1, y0 + 1e-12)),
            z: AxisScale(kind: .linear, lower: zLow, upper: zHigh > zLow ? zHigh : zLow + 1))
        let box = SurfaceBox(projection: projection, canvas: canvas, theme: theme)
        let ticks = (
            x: TickLocator.linear(lower: norm.x.lower, upper: norm.x.upper, maxIntervals: 5),
            y: TickLocator.linear(lower: norm.y.lower, upper: norm.y.upper, maxIntervals: 5),
            z: TickLocator.linear(lower: norm.z.lower, upper: norm.z.upper, maxIntervals: 5)
        )
        let boxTicks = (
            x: ticks.x.ticks.map { 2 * (norm.x.fraction($0) ?? 0) - 1 },
            y: ticks.y.ticks.map { 2 * (norm.y.fraction($0) ?? 0) - 1 },
            z: ticks.z.ticks.map { (2 * (norm.z.fraction($0) ?? 0) - 1) * Projection3D.halfHeight }
        )
        box.drawPanes(xTicks: boxTicks.x, yTicks: boxTicks.y, zTicks: boxTicks.z)
        if withSurface {
            let quads = max(grid.x.count - 1, 0) * max(grid.y.count - 1, 0)
            if quads > Rasterization.automaticSurfaceThreshold {
                canvas.rasterizing(cell, pixelsPerPoint: Rasterization.pixelsPerPoint) { layer in
                    drawQuads(on: layer, projection: projection, norm: norm)
                }
            } else {
                drawQuads(on: canvas, projection: projection, norm: norm)
            }
        }
        box.drawAxes(
            ticks: (boxTicks.x, boxTicks.y, boxTicks.z),
            labels: (
                TickFormatter.linear(ticks.x.ticks, step: ticks.x.step).labels,
                TickFormatter.linear(ticks.y.ticks, step: ticks.y.step).labels,
                TickFormatter.linear(ticks.z.ticks, step: ticks.z.step).labels
            ),
            titles: (surface.xLabel, surface.yLabel, surface.zLabel), typesetter: typesetter)
    }

    private func drawQuads(on canvas: Canvas, projection: Projection3D, norm: Normaliser) {
        let (nx, ny) = (grid.x.count, grid.y.count)
        guard nx > 1, ny > 1 else { return }
        var quads: [(depth: Double, corners: [Point], level: Double)] = []
        quads.reserveCapacity((nx - 1) * (ny - 1))
        for j in 0..<(ny - 1) {
            for i in 0..<(nx - 1) {
                let zs = [
                    grid.values[j][i], grid.values[j][i + 1], grid.values[j + 1][i + 1],
                    grid.values[j + 1][i],
                ]
                guard zs.allSatisfy(\.isFinite) else { continue }
                let xs = [grid.x[i], grid.x[i + 1], grid.x[i + 1], grid.x[i]]
                let ys = [grid.y[j], grid.y[j], grid.y[j + 1], grid.y[j + 1]]
                let points = (0..<4).map { norm.box(xs[$0], ys[$0], zs[$0]) }
                let depth = points.map(projection.depth).reduce(0, +) / 4
                let mean = zs.reduce(0, +) / 4
                quads.append((depth, points.map(projection.project), norm.z.fraction(mean) ?? 0))
            }
        }
        quads.sort { $0.depth < $1.depth }
        for quad in quads {
            let color = surface.colormap.color(at: quad.level)
            canvas.draw(
                path: .polygon(quad.corners), transform: .identity,
                style: PaintStyle(
                    fill: color, stroke: StrokeStyle(color: color, width: 0.25, round: true)))
        }
    }
}
