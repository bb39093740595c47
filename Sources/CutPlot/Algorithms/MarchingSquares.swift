/// A contour line: connected points (in data coordinates) where a grid's interpolated value
/// equals `level`.
public struct ContourLine: Sendable {
    /// The level the line traces.
    public let level: Double
    /// The points along the line, in data coordinates.
    public var points: [Point]
    /// Whether the line closes on itself (its last point repeats the first).
    public var closed: Bool
}

/// Marching squares: finds where a grid crosses a level, cell by cell, with linear
/// interpolation along cell edges, then joins the pieces into lines. Saddle cells are resolved
/// by the value at the cell centre (the mean of its corners). Cells with a non-finite corner
/// are skipped.
enum MarchingSquares {
    /// An edge of the grid: horizontal (between columns i and i+1 on row j) or vertical
    /// (between rows j and j+1 on column i). Crossing points are identified by their edge so
    /// that neighbouring cells join exactly.
    private struct Edge: Hashable {
        let vertical: Bool
        let i: Int
        let j: Int
    }

    static func lines(_ grid: Grid2D, level: Double) -> [ContourLine] {
        let v = grid.values
        let (nx, ny) = (grid.x.count, grid.y.count)
        guard nx > 1, ny > 1 else { return [] }
        var segments: [(Edge, Edge)] = []
        for j in 0..<(ny - 1) {
            for i in 0..<(nx - 1) {
                let (a, b, c, d) = (v[j][i], v[j][i + 1], v[j + 1][i + 1], v[j + 1][i])
                guard a.isFinite, b.isFinite, c.isFinite, d.isFinite else { continue }
                var index = 0
                if a >= level { index |= 1 }
                if b >= level { index |= 2 }
                if c >= level { index |= 4 }
                if d >= level { index |= 8 }
                let bottom = Edge(vertical: false, i: i, j: j)
                let top = Edge(vertical: false, i: i, j: j + 1)
                let left = Edge(vertical: true, i: i, j: j)
                let right = Edge(vertical: true, i: i + 1, j: j)
                let centreAbove = (a + b + c + d) / 4 >= level
                switch index {
                case 0, 15: break
                case 1, 14: segments.append((left, bottom))
                case 2, 13: segments.append((bottom, right))
                case 3, 12: segments.append((left, right))
                case 4, 11: segments.append((right, top))
                case 6, 9: segments.append((bottom, top))
                case 7, 8: segments.append((left, top))
                case 5, 10:
                    // A saddle: case 5 with the centre above (or 10 with it below) joins the
                    // left edge to the top and the bottom to the right; the others the left
                    // edge to the bottom and the right to the top.
                    if centreAbove == (index == 5) {
                        segments.append((left, top))
                        segments.append((bottom, right))
                    } else {
                        segments.append((left, bottom))
                        segments.append((right, top))
                    }
                default: break
                }
            }
        }
        return join(segments).map { chain in
            ContourLine(
                level: level, points: chain.edges.map { point(on: $0, grid, level) },
                closed: chain.closed)
        }
    }

    private static func point(on e: Edge, _ g: Grid2D, _ level: Double) -> Point {
        let v = g.values
        if e.vertical {
            let (p, q) = (v[e.j][e.i], v[e.j + 1][e.i])
            let t = q == p ? 0.5 : (level - p) / (q - p)
            return Point(g.x[e.i], g.y[e.j] + t * (g.y[e.j + 1] - g.y[e.j]))
        }
        let (p, q) = (v[e.j][e.i], v[e.j][e.i + 1])
        let t = q == p ? 0.5 : (level - p) / (q - p)
        return Point(g.x[e.i] + t * (g.x[e.i + 1] - g.x[e.i]), g.y[e.j])
    }

    /// Joins segments sharing an edge into chains.
    private static func join(_ segments: [(Edge, Edge)]) -> [(edges: [Edge], closed: Bool)] {
        var byEdge: [Edge: [Int]] = [:]
        for (k, s) in segments.enumerated() {
            byEdge[s.0, default: []].append(k)
            byEdge[s.1, default: []].append(k)
        }
        var used = [Bool](repeating: false, count: segments.count)
        var chains: [(edges: [Edge], closed: Bool)] = []

        func extend(_ chain: inout [Edge]) {
            while let end = chain.last,
                let next = byEdge[end]?.first(where: { !used[$0] })
            {
                used[next] = true
                let s = segments[next]
                chain.append(s.0 == end ? s.1 : s.0)
            }
        }

        for k in segments.indices where !used[k] {
            used[k] = true
            var forward = [segments[k].0, segments[k].1]
            extend(&forward)
            var backward = [segments[k].0]
            extend(&backward)
            let chain = backward.reversed() + forward.dropFirst()
            let closed = chain.count > 2 && chain.first == chain.last
            chains.append((Array(chain), closed))
        }
        return chains
    }
}
