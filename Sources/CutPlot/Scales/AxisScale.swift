import Foundation

/// How data values are spaced along an axis.
public enum ScaleKind: String, Sendable, CaseIterable {
    /// Equal differences take equal lengths.
    case linear
    /// Equal ratios take equal lengths (base 10); non-positive values cannot be shown.
    case log

    /// A scale by name (`linear` or `log`).
    /// - Throws: `PlotError.unknownName` listing the valid names.
    public init(named name: String) throws {
        self = try .named(name, kind: "axis scale")
    }

    /// Whether `value` can be placed on this scale.
    func accepts(_ value: Double) -> Bool {
        value.isFinite && (self == .linear || value > 0)
    }

    /// The value in the scale's linear space (log10 for logarithmic axes).
    func forward(_ value: Double) -> Double { self == .log ? log10(value) : value }
    /// The inverse of `forward`.
    func inverse(_ value: Double) -> Double { self == .log ? pow(10, value) : value }
}

/// An axis' scale with its limits: maps data values to a fraction 0…1 of the axis length.
struct AxisScale: Sendable, Equatable {
    var kind: ScaleKind
    /// Lower limit (data units).
    var lower: Double
    /// Upper limit (data units).
    var upper: Double

    /// The position of `value` as a fraction of the axis (0 at `lower`, 1 at `upper`), or nil
    /// when the scale cannot show it.
    func fraction(_ value: Double) -> Double? {
        guard kind.accepts(value) else { return nil }
        let (a, b) = (kind.forward(lower), kind.forward(upper))
        return (kind.forward(value) - a) / (b - a)
    }

    /// The data value at a fraction of the axis.
    func value(atFraction f: Double) -> Double {
        let (a, b) = (kind.forward(lower), kind.forward(upper))
        return kind.inverse(a + f * (b - a))
    }

    /// Whether `value` lies within the limits (with a little tolerance).
    func contains(_ value: Double) -> Bool {
        guard let f = fraction(value) else { return false }
        return f >= -1e-9 && f <= 1 + 1e-9
    }
}

/// Where a plot's data sits in figure space. The data-to-figure mapping, and so the flip from
/// "y up" (data) to "y down" (figure), happens here and nowhere else.
struct PlotFrame: Sendable {
    /// The plotting area in figure space.
    var rect: Rect
    var x: AxisScale
    var y: AxisScale

    /// The figure-space point for fractions of the axes (0…1, y upwards).
    func point(fractionX u: Double, fractionY v: Double) -> Point {
        Point(rect.minX + u * rect.width, rect.maxY - v * rect.height)
    }

    /// The figure-space point for a data point, or nil when a scale cannot show it.
    func point(_ dx: Double, _ dy: Double) -> Point? {
        guard let u = x.fraction(dx), let v = y.fraction(dy) else { return nil }
        return point(fractionX: u, fractionY: v)
    }

    /// The figure-space x of a data x (nil when not showable).
    func deviceX(_ dx: Double) -> Double? { x.fraction(dx).map { rect.minX + $0 * rect.width } }
    /// The figure-space y of a data y (nil when not showable).
    func deviceY(_ dy: Double) -> Double? { y.fraction(dy).map { rect.maxY - $0 * rect.height } }

    /// The same frame with another y scale (for a twin axis).
    func with(y other: AxisScale) -> PlotFrame { PlotFrame(rect: rect, x: x, y: other) }
}
