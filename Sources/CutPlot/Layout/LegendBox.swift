/// A legend: a framed box of swatches and labels, placed at a named position or where it
/// hides the fewest data.
struct LegendBox {
    let entries: [(label: TypesetText, swatch: LegendSwatch)]
    let theme: Theme
    let size: Size
    private let rowHeight: Double

    private var pad: Double { 0.4 * theme.fontSize }
    private var handleLength: Double { 2 * theme.fontSize }
    private var handleGap: Double { 0.8 * theme.fontSize }
    private var rowGap: Double { 0.5 * theme.fontSize }
    private var margin: Double { 0.5 * theme.fontSize }

    init(entries: [(label: String, swatch: LegendSwatch)], typesetter: Typesetter, theme: Theme) {
        self.theme = theme
        let typeset = entries.map { (typesetter.typeset($0.label, font: theme.font), $0.swatch) }
        self.entries = typeset.map { (label: $0.0, swatch: $0.1) }
        let widest = typeset.map(\.0.width).max() ?? 0
        let row = max(typeset.map(\.0.height).max() ?? theme.fontSize, theme.fontSize)
        rowHeight = row
        let n = Double(typeset.count)
        let p = 0.4 * theme.fontSize
        size = Size(
            width: 2 * p + 2 * theme.fontSize + 0.8 * theme.fontSize + widest,
            height: 2 * p + n * row + (n - 1) * 0.5 * theme.fontSize)
    }

    /// Candidate positions in matplotlib's order of preference for "best".
    static let candidates: [LegendPosition] = [
        .upperRight, .upperLeft, .lowerLeft, .lowerRight, .right, .centerLeft, .centerRight,
        .lowerCenter, .upperCenter, .center,
    ]

    func rect(at position: LegendPosition, plot: Rect) -> Rect {
        let (w, h, m) = (size.width, size.height, margin)
        let left = plot.minX + m
        let right = plot.maxX - m - w
        let midX = plot.midX - w / 2
        let top = plot.minY + m
        let bottom = plot.maxY - m - h
        let midY = plot.midY - h / 2
        let (x, y): (Double, Double)
        switch position {
        case .upperRight, .best, .hidden: (x, y) = (right, top)
        case .upperLeft: (x, y) = (left, top)
        case .lowerLeft: (x, y) = (left, bottom)
        case .lowerRight: (x, y) = (right, bottom)
        case .right, .centerRight: (x, y) = (right, midY)
        case .centerLeft: (x, y) = (left, midY)
        case .lowerCenter: (x, y) = (midX, bottom)
        case .upperCenter: (x, y) = (midX, top)
        case .center: (x, y) = (midX, midY)
        }
        return Rect(x: x, y: y, width: w, height: h)
    }

    /// The top-left corner: the named position, or for `.best` the candidate covering the
    /// fewest footprint points (text to avoid counts heavily); ties keep the earlier candidate.
    func origin(position: LegendPosition, plot: Rect, footprint: [Point], avoid: [Rect]) -> Point {
        guard position == .best else {
            let r = rect(at: position, plot: plot)
            return Point(r.x, r.y)
        }
        var best = rect(at: .upperRight, plot: plot)
        var bestBadness = Int.max
        for candidate in LegendBox.candidates {
            let r = rect(at: candidate, plot: plot)
            var badness = footprint.reduce(0) { $0 + (r.contains($1) ? 1 : 0) }
            badness += avoid.filter { $0.intersects(r) }.count * 1000
            if badness < bestBadness {
                bestBadness = badness
                best = r
            }
        }
        return Point(best.x, best.y)
    }

    func draw(at origin: Point, on canvas: Canvas) {
        let box = Rect(x: origin.x, y: origin.y, width: size.width, height: size.height)
        canvas.draw(
            path: roundedRectangle(box, radius: 0.2 * theme.fontSize), transform: .identity,
            style: PaintStyle(
                fill: Color(red: 1, green: 1, blue: 1, alpha: 0.8),
                stroke: StrokeStyle(color: Color(red: 0.8, green: 0.8, blue: 0.8), width: 1)))
        var y = origin.y + pad
        for entry in entries {
            let midY = y + rowHeight / 2
            let handle = Rect(
                x: origin.x + pad, y: midY - 0.35 * theme.fontSize, width: handleLength,
                height: 0.7 * theme.fontSize)
            drawSwatch(entry.swatch, in: handle, on: canvas)
            PlacedText(
                entry.label, at: Point(handle.maxX + handleGap, midY), horizontal: .left,
                vertical: .middle
            ).draw(on: canvas, color: theme.foreground)
            y += rowHeight + rowGap
        }
    }

    private func drawSwatch(_ swatch: LegendSwatch, in r: Rect, on canvas: Canvas) {
        switch swatch {
        case .line(let stroke, let marker, let markerSize):
            canvas.draw(
                path: .polyline([Point(r.minX, r.midY), Point(r.maxX, r.midY)]),
                transform: .identity,
                style: PaintStyle(stroke: stroke))
            if let marker {
                canvas.draw(
                    marker: marker.path(size: markerSize), at: [Point(r.midX, r.midY)],
                    style: PaintStyle(fill: stroke.color))
            }
        case .patch(let fill, let edge):
            canvas.draw(
                path: .rectangle(r), transform: .identity,
                style: PaintStyle(fill: fill, stroke: edge))
        case .marker(let shape, let size, let color):
            canvas.draw(
                marker: shape.path(size: size), at: [Point(r.midX, r.midY)],
                style: shape.isStroked
                    ? PaintStyle(stroke: StrokeStyle(color: color, width: 1))
                    : PaintStyle(fill: color))
        }
    }
}

/// A rectangle with rounded corners.
func roundedRectangle(_ r: Rect, radius: Double) -> Path {
    let k = radius * 0.4477
    var p = Path()
    p.move(to: Point(r.minX + radius, r.minY))
    p.line(to: Point(r.maxX - radius, r.minY))
    p.curve(
        to: Point(r.maxX, r.minY + radius), control1: Point(r.maxX - k, r.minY),
        control2: Point(r.maxX, r.minY + k))
    p.line(to: Point(r.maxX, r.maxY - radius))
    p.curve(
        to: Point(r.maxX - radius, r.maxY), control1: Point(r.maxX, r.maxY - k),
        control2: Point(r.maxX - k, r.maxY))
    p.line(to: Point(r.minX + radius, r.maxY))
    p.curve(
        to: Point(r.minX, r.maxY - radius), control1: Point(r.minX + k, r.maxY),
        control2: Point(r.minX, r.maxY - k))
    p.line(to: Point(r.minX, r.minY + radius))
    p.curve(
        to: Point(r.minX + radius, r.minY), control1: Point(r.minX, r.minY + k),
        control2: Point(r.minX + k, r.minY))
    p.close()
    return p
}
