import CCairo

/// Markers on vector surfaces (PDF, SVG, an outside context) drawn as plain geometry: every
/// marker becomes a subpath, and the subpaths are painted in as few fills (or strokes) as the
/// picture allows.
///
/// - An opaque marker with a single paint (fill only or stroke only) looks the same however
///   the copies overlap, so all of them go into one path painted once.
/// - A translucent marker must darken where copies overlap, as matplotlib's individually drawn
///   markers do; one path would paint the overlap only once. The copies are therefore split
///   into layers inside which no two copies touch, and each layer is one path. With one colour
///   and one alpha, "over" compositing is order-independent, so the result equals painting
///   every marker on its own.
/// - A marker that is both filled and stroked shows which copy lies on top; a copy then goes
///   to the layer after the highest layer of any earlier copy it touches, which keeps the
///   drawing order of every overlapping pair.
///
/// A filled circle (the usual scatter marker) is written as a round-capped zero-length stroke
/// rather than four Bézier arcs, which keeps an 80,000-point scatter's PDF small.
///
/// Earlier versions painted a recorded marker ("stamp") at every position; Cairo 1.16's PDF
/// and SVG backends write a resource entry per paint, which made PDFs huge and malformed.
///
/// A layer is painted in pieces of at most `copiesPerPath` markers (copies within a layer never
/// overlap, so this changes nothing on the page): one SVG `d` attribute then stays far below
/// the 10 MB that XML parsers such as libxml2 accept by default.
struct VectorMarkers {
    let cr: OpaquePointer
    static let copiesPerPath = 2000

    /// Paints `marker` (in points, around the origin) at every position.
    func draw(_ marker: Path, at positions: [Point], style: PaintStyle) {
        let single = (style.fill == nil) != (style.stroke == nil)
        let alpha = style.fill?.alpha ?? style.stroke?.color.alpha ?? 1
        let layers: [[Point]]
        if single && alpha >= 1 {
            layers = [positions]
        } else {
            let reach = Self.reach(of: marker, style: style)
            layers = Self.layers(of: positions, reach: reach, keepingOrder: !single)
        }
        let discRadius = style.stroke == nil ? marker.circleRadius : nil
        let writer = CairoPathWriter(cr: cr)
        for layer in layers {
            for start in stride(from: 0, to: layer.count, by: Self.copiesPerPath) {
                let end = min(start + Self.copiesPerPath, layer.count)
                let piece = Array(layer[start..<end])
                if let radius = discRadius, let fill = style.fill {
                    writer.paintDiscs(at: piece, radius: radius, color: fill)
                } else {
                    writer.paint(marker, copiesAt: piece, style)
                }
            }
        }
    }

    /// How far the painted marker reaches from its origin along either axis.
    static func reach(of marker: Path, style: PaintStyle) -> Double {
        (style.stroke?.width ?? 0) / 2
            + marker.elements.reduce(0.0) { r, e in
                switch e {
                case .move(let p), .line(let p): return max(r, abs(p.x), abs(p.y))
                case .curve(let a, let b, let p):
                    return max(r, abs(a.x), abs(a.y), abs(b.x), abs(b.y), abs(p.x), abs(p.y))
                case .close: return r
                }
            }
    }

    /// Splits `positions` into layers inside which no two markers' boxes (half-side `reach`)
    /// overlap. Without `keepingOrder` each marker takes the lowest free layer; with it, the
    /// layer after the highest one among the earlier markers it overlaps.
    static func layers(of positions: [Point], reach: Double, keepingOrder: Bool) -> [[Point]] {
        let side = max(2 * reach, 1e-9)
        struct Cell: Hashable {
            var column: Int
            var row: Int
        }
        var grid: [Cell: [Int]] = [:]
        var layerOf = [Int](repeating: 0, count: positions.count)
        var layers: [[Point]] = []
        var taken: [Int] = []
        for (index, p) in positions.enumerated() {
            guard p.x.isFinite, p.y.isFinite else { continue }
            let cell = Cell(
                column: Int((p.x / side).rounded(.down)), row: Int((p.y / side).rounded(.down)))
            taken.removeAll(keepingCapacity: true)
            for dc in -1...1 {
                for dr in -1...1 {
                    guard let others = grid[Cell(column: cell.column + dc, row: cell.row + dr)]
                    else { continue }
                    for other in others {
                        let q = positions[other]
                        if abs(q.x - p.x) < side && abs(q.y - p.y) < side {
                            taken.append(layerOf[other])
                        }
                    }
                }
            }
            let layer: Int
            if keepingOrder {
                layer = (taken.max() ?? -1) + 1
            } else {
                taken.sort()
                var free = 0
                for t in taken where t == free { free += 1 }
                layer = free
            }
            layerOf[index] = layer
            grid[cell, default: []].append(index)
            while layers.count <= layer { layers.append([]) }
            layers[layer].append(p)
        }
        return layers
    }
}

extension Path {
    /// The radius, when the path is exactly a circle around the origin as `Path.circle` makes.
    var circleRadius: Double? {
        guard elements.count == 6, case .move(let start) = elements[0], start.y == 0,
            start.x > 0
        else { return nil }
        let reference = Path.circle(center: Point(0, 0), radius: start.x).elements
        for (a, b) in zip(elements, reference) {
            switch (a, b) {
            case (.move(let p), .move(let q)), (.line(let p), .line(let q)):
                guard p == q else { return nil }
            case (.curve(let p1, let p2, let p3), .curve(let q1, let q2, let q3)):
                guard p1 == q1, p2 == q2, p3 == q3 else { return nil }
            case (.close, .close): continue
            default: return nil
            }
        }
        return start.x
    }
}
