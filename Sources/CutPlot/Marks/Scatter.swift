/// Points drawn as markers, one colour for all or one colour per class.
/// Non-finite points are skipped and reported.
public struct Scatter: Mark, PlotMark {
    let data: SeriesData
    /// The class of each point (indexes `palette`); nil when all points share `color`.
    let classes: [Int]?
    /// Colours by class.
    let palette: [Color]
    /// Legend labels by class.
    let classLabels: [String]
    /// The legend label for a single-colour scatter (markup).
    public var label: String?
    /// The colour of a single-colour scatter; nil takes the next colour of the series cycle.
    public var color: Color?
    /// The marker diameter in points (6, as matplotlib's default area of 36 pt²).
    public var size: Double
    /// The marker opacity.
    public var alpha: Double
    /// The marker shape.
    public var marker: MarkerShape
    /// Whether SVG and PDF output draw the markers as one image over the plot (true) or as
    /// vector shapes (false); nil decides by count: more than
    /// `Rasterization.automaticScatterThreshold` points are rasterised. PNG output is the same
    /// either way.
    public var rasterized: Bool?

    var kindName: String { "scatter" }
    var usesSeriesColor: Bool { classes == nil && color == nil }

    func extent(x: ScaleKind, y: ScaleKind) -> DataExtent { data.extent(x: x, y: y) }

    func problems(x: ScaleKind, y: ScaleKind) -> [String] {
        var out = data.problems(x: x, y: y)
        if let classes {
            if classes.count != data.count {
                out.append("has \(classes.count) classes for \(data.count) points")
            }
            let bad = classes.filter { $0 < 0 || $0 >= palette.count }.count
            if bad > 0 {
                out.append("skipped \(bad) points whose class has no colour in the palette")
            }
        }
        return out
    }

    /// Figure-space positions grouped by colour, in class order.
    func groups(in frame: PlotFrame, seriesColor: Color) -> [(Color, [Point])] {
        let n = data.count
        if let classes {
            var buckets = [[Point]](repeating: [], count: palette.count)
            for i in 0..<min(n, classes.count) {
                let k = classes[i]
                guard k >= 0, k < palette.count, let p = frame.point(data.x[i], data.y[i]) else {
                    continue
                }
                buckets[k].append(p)
            }
            return zip(palette, buckets).map { ($0, $1) }
        }
        var points: [Point] = []
        points.reserveCapacity(n)
        for i in 0..<n {
            if let p = frame.point(data.x[i], data.y[i]) { points.append(p) }
        }
        return [(color ?? seriesColor, points)]
    }

    /// Whether the markers are drawn as one image in vector output.
    var isRasterized: Bool { rasterized ?? (data.count > Rasterization.automaticScatterThreshold) }

    func draw(in context: MarkContext) {
        let path = marker.path(size: size)
        context.drawing(rasterized: isRasterized) { context in
            for (c, points) in groups(in: context.frame, seriesColor: context.seriesColor) {
                let style =
                    marker.isStroked
                    ? PaintStyle(stroke: StrokeStyle(color: c.withAlpha(alpha), width: 1))
                    : PaintStyle(fill: c.withAlpha(alpha))
                context.canvas.draw(marker: path, at: points, style: style)
            }
        }
    }

    func footprint(in frame: PlotFrame) -> [Point] {
        let all = groups(in: frame, seriesColor: .black).flatMap(\.1)
        guard all.count > 4000 else { return all }
        let step = all.count / 4000
        return stride(from: 0, to: all.count, by: step).map { all[$0] }
    }

    func swatch(seriesColor: Color, theme: Theme) -> LegendSwatch? {
        .marker(
            marker, size: max(size, 6), color: (color ?? seriesColor).withAlpha(max(alpha, 0.6)))
    }

    /// Legend entries of a class-coloured scatter.
    var classEntries: [(String, LegendSwatch)] {
        guard classes != nil else { return [] }
        return zip(classLabels, palette).map { name, c in
            (name, .marker(marker, size: max(size, 6), color: c.withAlpha(max(alpha, 0.6))))
        }
    }
}

// The public initialisers live in an extension so that the struct keeps its memberwise
// initialiser, which both of them end in.
extension Scatter {
    /// A scatter in one colour.
    public init<T: BinaryFloatingPoint>(
        x: [T], y: [T], label: String? = nil, color: Color? = nil, size: Double = 6,
        alpha: Double = 1, marker: MarkerShape = .circle, rasterized: Bool? = nil
    ) {
        self.init(
            data: SeriesData(x: doubles(x), y: doubles(y)), classes: nil, palette: [],
            classLabels: [], label: label, color: color, size: size, alpha: alpha, marker: marker,
            rasterized: rasterized)
    }

    /// A scatter coloured by class: point `i` takes `palette[classes[i]]`; each class with a
    /// label in `classLabels` gets a legend entry.
    public init<T: BinaryFloatingPoint>(
        x: [T], y: [T], classes: [Int], palette: [Color], classLabels: [String] = [],
        size: Double = 6, alpha: Double = 1, marker: MarkerShape = .circle,
        rasterized: Bool? = nil
    ) {
        self.init(
            data: SeriesData(x: doubles(x), y: doubles(y)), classes: classes, palette: palette,
            classLabels: classLabels,
            label: classLabels.isEmpty ? nil : classLabels.joined(separator: ", "), color: nil,
            size: size, alpha: alpha, marker: marker, rasterized: rasterized)
    }
}
