/// A canvas that draws nothing and records the bounding box of everything it is asked to draw
/// (text measured by another canvas). Layouts use it to fit content into a cell.
final class BoundsCanvas: Canvas {
    private let measurer: Canvas
    private(set) var bounds: Rect?

    init(measuringWith measurer: Canvas) { self.measurer = measurer }

    private func add(_ p: Point) {
        let r = Rect(x: p.x, y: p.y, width: 0, height: 0)
        bounds = bounds.map { $0.union(r) } ?? r
    }

    func draw(path: Path, transform: AffineTransform, style: PaintStyle) {
        for element in path.elements {
            switch element {
            case .move(let p), .line(let p): add(transform.apply(p))
            case .curve(let a, let b, let p):
                add(transform.apply(a))
                add(transform.apply(b))
                add(transform.apply(p))
            case .close: break
            }
        }
    }

    func draw(marker: Path, at positions: [Point], style: PaintStyle) {
        for p in positions { draw(path: marker, transform: .translation(p.x, p.y), style: style) }
    }

    func fail(_ error: Error) { measurer.fail(error) }

    func draw(text: String, font: FontSpec, color: Color, transform: AffineTransform) {
        let m = measurer.measure(text: text, font: font)
        for p in [
            Point(0, -m.ascent), Point(m.width, -m.ascent), Point(m.width, m.descent),
            Point(0, m.descent),
        ] {
            add(transform.apply(p))
        }
    }

    func measure(text: String, font: FontSpec) -> TextMetrics {
        measurer.measure(text: text, font: font)
    }

    func draw(image: RasterImage, in rect: Rect) {
        add(Point(rect.minX, rect.minY))
        add(Point(rect.maxX, rect.maxY))
    }

    func withClip(_ rect: Rect, _ body: () -> Void) { body() }

    func rasterizing(_ rect: Rect, pixelsPerPoint: Double, _ body: (Canvas) -> Void) {
        body(self)
    }
}
