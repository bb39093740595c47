/// Values on a regular 2D grid: `values[row][column]` sits at `(x[column], y[row])`.
public struct Grid2D: Sendable {
    /// Column positions (increasing).
    public let x: [Double]
    /// Row positions (increasing).
    public let y: [Double]
    /// Values, one row per y.
    public let values: [[Double]]
    /// The area the grid covers (the outer bin edges for a histogram).
    public let xBounds: ClosedRange<Double>
    /// The area the grid covers vertically.
    public let yBounds: ClosedRange<Double>

    /// A grid from its positions and values.
    /// - Throws: `PlotError.mismatchedLengths` when `values` is not `y.count` rows of `x.count`.
    public init(x: [Double], y: [Double], values: [[Double]]) throws {
        guard values.count == y.count else {
            throw PlotError.mismatchedLengths(
                what: "grid rows (one per y)", expected: y.count, found: values.count)
        }
        for row in values where row.count != x.count {
            throw PlotError.mismatchedLengths(
                what: "grid columns (one per x)", expected: x.count, found: row.count)
        }
        self.x = x
        self.y = y
        self.values = values
        self.xBounds = (x.first ?? 0)...(x.last ?? 1)
        self.yBounds = (y.first ?? 0)...(y.last ?? 1)
    }

    private init(
        x: [Double], y: [Double], values: [[Double]], xBounds: ClosedRange<Double>,
        yBounds: ClosedRange<Double>
    ) {
        self.x = x
        self.y = y
        self.values = values
        self.xBounds = xBounds
        self.yBounds = yBounds
    }

    /// Counts of (x, y) pairs in `bins × bins` equal bins over the given ranges; positions are
    /// the bin centres. Non-finite pairs and pairs outside the ranges are not counted. With
    /// `weights` (one per pair) each bin sums the weights of its pairs instead of counting them.
    public static func histogram<T: BinaryFloatingPoint>(
        x: [T], y: [T], weights: [T]? = nil, bins: Int = 50, xRange: ClosedRange<Double>,
        yRange: ClosedRange<Double>
    ) -> Grid2D {
        let n = max(bins, 1)
        var counts = [[Double]](repeating: [Double](repeating: 0, count: n), count: n)
        let sx = Double(n) / (xRange.upperBound - xRange.lowerBound)
        let sy = Double(n) / (yRange.upperBound - yRange.lowerBound)
        for i in 0..<min(x.count, y.count) {
            let (a, b) = (Double(x[i]), Double(y[i]))
            guard xRange.contains(a), yRange.contains(b) else { continue }
            let column = min(Int((a - xRange.lowerBound) * sx), n - 1)
            let row = min(Int((b - yRange.lowerBound) * sy), n - 1)
            counts[row][column] += weights.map { Double($0[i]) } ?? 1
        }
        func centres(_ r: ClosedRange<Double>) -> [Double] {
            (0..<n).map {
                r.lowerBound + (r.upperBound - r.lowerBound) * (Double($0) + 0.5) / Double(n)
            }
        }
        return Grid2D(
            x: centres(xRange), y: centres(yRange), values: counts, xBounds: xRange, yBounds: yRange
        )
    }

    /// Samples `f(x, y)` on an `nx × ny` grid spanning the ranges (ends included).
    public static func sampling(
        _ f: (Double, Double) -> Double, x xRange: ClosedRange<Double>,
        y yRange: ClosedRange<Double>,
        nx: Int = 50, ny: Int = 50
    ) -> Grid2D {
        func points(_ r: ClosedRange<Double>, _ n: Int) -> [Double] {
            (0..<n).map {
                r.lowerBound + (r.upperBound - r.lowerBound) * Double($0) / Double(max(n - 1, 1))
            }
        }
        let xs = points(xRange, nx)
        let ys = points(yRange, ny)
        return Grid2D(
            x: xs, y: ys, values: ys.map { b in xs.map { a in f(a, b) } }, xBounds: xRange,
            yBounds: yRange)
    }

    /// The largest finite value (0 when there is none).
    public var maximum: Double { values.joined().filter(\.isFinite).max() ?? 0 }
    /// The smallest finite value (0 when there is none).
    public var minimum: Double { values.joined().filter(\.isFinite).min() ?? 0 }
}

extension Grid2D {
    /// The grid's bounds as a mark's data extent; axes stick to them (no margin beyond the cells).
    var extent: DataExtent {
        var e = DataExtent()
        e.include(x: xBounds.lowerBound)
        e.include(x: xBounds.upperBound)
        e.include(y: yBounds.lowerBound)
        e.include(y: yBounds.upperBound)
        e.stickyX = [xBounds.lowerBound, xBounds.upperBound]
        e.stickyY = [yBounds.lowerBound, yBounds.upperBound]
        return e
    }
}
