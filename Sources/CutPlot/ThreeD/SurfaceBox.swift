import Foundation

/// The box around a 3D surface: the three panes behind the data, and the three axes along
/// the front edges with ticks, tick labels and axis labels.
struct SurfaceBox {
    let projection: Projection3D
    let canvas: Canvas
    let theme: Theme
    private var h: Double { Projection3D.halfHeight }

    /// The box side (−1 or +1) facing away from the viewer along each axis.
    private var back: (x: Double, y: Double) {
        (projection.toward.x > 0 ? -1 : 1, projection.toward.y > 0 ? -1 : 1)
    }

    private func line(_ a: Point3, _ b: Point3, _ color: Color, _ width: Double) {
        canvas.draw(
            path: .polyline([projection.project(a), projection.project(b)]), transform: .identity,
            style: PaintStyle(stroke: StrokeStyle(color: color, width: width)))
    }

    private func pane(_ corners: [Point3]) {
        canvas.draw(
            path: .polygon(corners.map(projection.project)), transform: .identity,
            style: PaintStyle(
                fill: Color(red: 0.95, green: 0.95, blue: 0.95),
                stroke: StrokeStyle(color: Color(red: 0.8, green: 0.8, blue: 0.8), width: 0.6)))
    }

    func drawPanes(xTicks: [Double], yTicks: [Double], zTicks: [Double]) {
        let (bx, by) = back
        let gridColor = Color(red: 0.82, green: 0.82, blue: 0.82)
        // Floor, and the two walls behind the data.
        pane([
            Point3(x: -1, y: -1, z: -h), Point3(x: 1, y: -1, z: -h), Point3(x: 1, y: 1, z: -h),
            Point3(x: -1, y: 1, z: -h),
        ])
        pane([
            Point3(x: bx, y: -1, z: -h), Point3(x: bx, y: 1, z: -h), Point3(x: bx, y: 1, z: h),
            Point3(x: bx, y: -1, z: h),
        ])
        pane([
            Point3(x: -1, y: by, z: -h), Point3(x: 1, y: by, z: -h), Point3(x: 1, y: by, z: h),
            Point3(x: -1, y: by, z: h),
        ])
        for x in xTicks {
            line(Point3(x: x, y: -1, z: -h), Point3(x: x, y: 1, z: -h), gridColor, 0.6)
            line(Point3(x: x, y: by, z: -h), Point3(x: x, y: by, z: h), gridColor, 0.6)
        }
        for y in yTicks {
            line(Point3(x: -1, y: y, z: -h), Point3(x: 1, y: y, z: -h), gridColor, 0.6)
            line(Point3(x: bx, y: y, z: -h), Point3(x: bx, y: y, z: h), gridColor, 0.6)
        }
        for z in zTicks {
            line(Point3(x: bx, y: -1, z: z), Point3(x: bx, y: 1, z: z), gridColor, 0.6)
            line(Point3(x: -1, y: by, z: z), Point3(x: 1, y: by, z: z), gridColor, 0.6)
        }
    }

    /// Draws one axis along the box edge from `a` to `b`, ticks at `positions` (points on the
    /// edge), labels pushed outwards (away from the box centre on the page).
    private func axis(
        from a: Point3, to b: Point3, ticks: [Point3], labels: [String], title: String?,
        typesetter: Typesetter
    ) {
        let fg = theme.foreground
        line(a, b, fg, theme.spineWidth)
        let centre = projection.project(Point3(x: 0, y: 0, z: 0))
        let pa = projection.project(a)
        let pb = projection.project(b)
        let mid = Point((pa.x + pb.x) / 2, (pa.y + pb.y) / 2)
        // Outward: perpendicular to the edge on the page, pointing away from the centre.
        var nx = -(pb.y - pa.y)
        var ny = pb.x - pa.x
        let length = max(hypot(nx, ny), 1e-9)
        nx /= length
        ny /= length
        if nx * (mid.x - centre.x) + ny * (mid.y - centre.y) < 0 {
            nx = -nx
            ny = -ny
        }
        var furthest = 0.0
        for (tick, text) in zip(ticks, labels) {
            let p = projection.project(tick)
            let tickEnd = Point(p.x + nx * theme.majorTick, p.y + ny * theme.majorTick)
            canvas.draw(
                path: .polyline([p, tickEnd]), transform: .identity,
                style: PaintStyle(stroke: StrokeStyle(color: fg, width: theme.spineWidth)))
            let label = typesetter.typeset(text, font: theme.font)
            let reach = theme.majorTick + theme.tickPad + labelReach(label, nx, ny)
            furthest = max(furthest, reach + labelReach(label, nx, ny))
            PlacedText(
                label, at: Point(p.x + nx * reach, p.y + ny * reach), horizontal: .center,
                vertical: .middle
            ).draw(on: canvas, color: fg)
        }
        if let title {
            let text = typesetter.typeset(title, font: theme.font)
            let reach = furthest + theme.labelPad + labelReach(text, nx, ny)
            PlacedText(
                text, at: Point(mid.x + nx * reach, mid.y + ny * reach), horizontal: .center,
                vertical: .middle
            ).draw(on: canvas, color: fg)
        }
    }

    /// Half the extent of a centred label in the direction (nx, ny).
    private func labelReach(_ label: TypesetText, _ nx: Double, _ ny: Double) -> Double {
        abs(nx) * label.width / 2 + abs(ny) * label.height / 2
    }

    func drawAxes(
        ticks: ([Double], [Double], [Double]), labels: ([String], [String], [String]),
        titles: (String?, String?, String?), typesetter: Typesetter
    ) {
        let (bx, by) = back
        let (fx, fy) = (-bx, -by)
        axis(
            from: Point3(x: -1, y: fy, z: -h), to: Point3(x: 1, y: fy, z: -h),
            ticks: ticks.0.map { Point3(x: $0, y: fy, z: -h) }, labels: labels.0, title: titles.0,
            typesetter: typesetter)
        axis(
            from: Point3(x: fx, y: -1, z: -h), to: Point3(x: fx, y: 1, z: -h),
            ticks: ticks.1.map { Point3(x: fx, y: $0, z: -h) }, labels: labels.1, title: titles.1,
            typesetter: typesetter)
        // The z axis stands on the vertical edge furthest left on the page.
        var best = (x: -1.0, y: -1.0)
        var leftmost = Double.infinity
        for x in [-1.0, 1] {
            for y in [-1.0, 1] {
                let p = projection.project(Point3(x: x, y: y, z: 0))
                if p.x < leftmost {
                    leftmost = p.x
                    best = (x, y)
                }
            }
        }
        axis(
            from: Point3(x: best.x, y: best.y, z: -h), to: Point3(x: best.x, y: best.y, z: h),
            ticks: ticks.2.map { Point3(x: best.x, y: best.y, z: $0) }, labels: labels.2,
            title: titles.2, typesetter: typesetter)
    }
}
