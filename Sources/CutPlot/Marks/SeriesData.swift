import Foundation

/// Paired x/y values checked against the scales they will be drawn on.
struct SeriesData: Sendable {
    let x: [Double]
    let y: [Double]

    init(x: [Double], y: [Double]) {
        self.x = x
        self.y = y
    }

    var count: Int { min(x.count, y.count) }

    /// Runs of drawable points; a value the scales cannot show ends a run (the line breaks).
    func runs(x xKind: ScaleKind, y yKind: ScaleKind) -> [[(Double, Double)]] {
        var out: [[(Double, Double)]] = []
        var current: [(Double, Double)] = []
        for i in 0..<count {
            if xKind.accepts(x[i]) && yKind.accepts(y[i]) {
                current.append((x[i], y[i]))
            } else if !current.isEmpty {
                out.append(current)
                current = []
            }
        }
        if !current.isEmpty { out.append(current) }
        return out
    }

    func extent(x xKind: ScaleKind, y yKind: ScaleKind) -> DataExtent {
        var e = DataExtent()
        for i in 0..<count where xKind.accepts(x[i]) && yKind.accepts(y[i]) {
            e.include(x: x[i])
            e.include(y: y[i])
        }
        return e
    }

    /// Messages about values that cannot be drawn.
    func problems(x xKind: ScaleKind, y yKind: ScaleKind) -> [String] {
        var out: [String] = []
        if x.count != y.count {
            out.append(
                "x has \(x.count) values but y has \(y.count); only the first \(count) pairs are drawn"
            )
        }
        if count == 0 { out.append(Messages.empty) }
        var nonFinite = 0
        var nonPositiveX = 0
        var nonPositiveY = 0
        for i in 0..<count {
            if !x[i].isFinite || !y[i].isFinite {
                nonFinite += 1
            } else {
                if xKind == .log && x[i] <= 0 { nonPositiveX += 1 }
                if yKind == .log && y[i] <= 0 { nonPositiveY += 1 }
            }
        }
        if nonFinite > 0 { out.append(Messages.nonFinite(nonFinite)) }
        if nonPositiveX > 0 { out.append(Messages.nonPositive(nonPositiveX, axis: "x")) }
        if nonPositiveY > 0 { out.append(Messages.nonPositive(nonPositiveY, axis: "y")) }
        return out
    }

    /// Figure-space points of every drawable pair, with extra points along long segments so
    /// that a straight line crossing a region counts as covering it.
    func footprint(in frame: PlotFrame, xKind: ScaleKind, yKind: ScaleKind) -> [Point] {
        var out: [Point] = []
        for run in runs(x: xKind, y: yKind) {
            var previous: Point?
            for (dx, dy) in run {
                guard let p = frame.point(dx, dy) else { continue }
                if let q = previous {
                    let steps = Int(min(200, (hypot(p.x - q.x, p.y - q.y) / 6).rounded(.down)))
                    for k in stride(from: 1, to: steps, by: 1) {
                        let t = Double(k) / Double(steps)
                        out.append(Point(q.x + (p.x - q.x) * t, q.y + (p.y - q.y) * t))
                    }
                }
                out.append(p)
                previous = p
            }
        }
        return out
    }
}

/// Converts any floating-point array to `[Double]`.
func doubles<T: BinaryFloatingPoint>(_ values: [T]) -> [Double] { values.map { Double($0) } }
