import Foundation

/// A point in figure space: points (1/72 inch) from the figure's top-left corner, y downwards.
public struct Point: Hashable, Sendable {
    /// Horizontal position.
    public var x: Double
    /// Vertical position (downwards).
    public var y: Double

    /// Creates a point.
    public init(_ x: Double, _ y: Double) {
        self.x = x
        self.y = y
    }
}

/// A size in points.
public struct Size: Hashable, Sendable {
    /// The width in points.
    public var width: Double
    /// The height in points.
    public var height: Double

    /// Creates a size.
    public init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }
}

/// An axis-aligned rectangle in figure space (y downwards).
public struct Rect: Hashable, Sendable {
    /// Left edge.
    public var x: Double
    /// Top edge.
    public var y: Double
    /// Width.
    public var width: Double
    /// Height.
    public var height: Double

    var minX: Double { x }
    var maxX: Double { x + width }
    var minY: Double { y }
    var maxY: Double { y + height }
    var midX: Double { x + width / 2 }
    var midY: Double { y + height / 2 }

    func contains(_ p: Point) -> Bool {
        p.x >= minX && p.x <= maxX && p.y >= minY && p.y <= maxY
    }

    func intersects(_ other: Rect) -> Bool {
        minX < other.maxX && other.minX < maxX && minY < other.maxY && other.minY < maxY
    }

    func insetBy(left: Double, top: Double, right: Double, bottom: Double) -> Rect {
        Rect(
            x: x + left, y: y + top, width: max(1, width - left - right),
            height: max(1, height - top - bottom))
    }

    func union(_ other: Rect) -> Rect {
        let lo = Point(min(minX, other.minX), min(minY, other.minY))
        let hi = Point(max(maxX, other.maxX), max(maxY, other.maxY))
        return Rect(x: lo.x, y: lo.y, width: hi.x - lo.x, height: hi.y - lo.y)
    }
}

/// An affine map `(x, y) ↦ (a x + c y + tx, b x + d y + ty)`, as in Cairo's `cairo_matrix_t`.
public struct AffineTransform: Hashable, Sendable {
    var a: Double
    var b: Double
    var c: Double
    var d: Double
    var tx: Double
    var ty: Double

    /// The identity map.
    public static let identity = AffineTransform(a: 1, b: 0, c: 0, d: 1, tx: 0, ty: 0)

    /// A translation.
    public static func translation(_ dx: Double, _ dy: Double) -> AffineTransform {
        AffineTransform(a: 1, b: 0, c: 0, d: 1, tx: dx, ty: dy)
    }

    /// A rotation by `radians` (positive turns clockwise on screen, since y points down).
    public static func rotation(_ radians: Double) -> AffineTransform {
        let (s, k) = (sin(radians), cos(radians))
        return AffineTransform(a: k, b: s, c: -s, d: k, tx: 0, ty: 0)
    }

    /// A scaling.
    public static func scale(_ sx: Double, _ sy: Double) -> AffineTransform {
        AffineTransform(a: sx, b: 0, c: 0, d: sy, tx: 0, ty: 0)
    }

    /// The map that applies `self` first, then `other`.
    public func then(_ other: AffineTransform) -> AffineTransform {
        AffineTransform(
            a: a * other.a + b * other.c, b: a * other.b + b * other.d,
            c: c * other.a + d * other.c, d: c * other.b + d * other.d,
            tx: tx * other.a + ty * other.c + other.tx, ty: tx * other.b + ty * other.d + other.ty)
    }

    /// Applies the map to a point.
    public func apply(_ p: Point) -> Point {
        Point(a * p.x + c * p.y + tx, b * p.x + d * p.y + ty)
    }
}

/// A path of straight and cubic segments, in whatever space its user states.
public struct Path: Sendable {
    /// One drawing instruction.
    public enum Element: Sendable {
        /// Starts a new subpath.
        case move(Point)
        /// A straight segment.
        case line(Point)
        /// A cubic Bézier segment with two control points.
        case curve(Point, Point, Point)
        /// Closes the current subpath.
        case close
    }

    /// The instructions in order.
    public private(set) var elements: [Element] = []

    /// Creates an empty path.
    public init() {}

    /// Starts a subpath at `p`.
    public mutating func move(to p: Point) { elements.append(.move(p)) }
    /// Adds a straight segment to `p`.
    public mutating func line(to p: Point) { elements.append(.line(p)) }
    /// Adds a cubic segment.
    public mutating func curve(to p: Point, control1: Point, control2: Point) {
        elements.append(.curve(control1, control2, p))
    }
    /// Closes the current subpath.
    public mutating func close() { elements.append(.close) }

    /// Whether the path has no elements.
    public var isEmpty: Bool { elements.isEmpty }

    /// An open polyline through `points`.
    public static func polyline(_ points: [Point]) -> Path {
        var path = Path()
        for (index, p) in points.enumerated() {
            if index == 0 { path.move(to: p) } else { path.line(to: p) }
        }
        return path
    }

    /// A closed polygon through `points`.
    public static func polygon(_ points: [Point]) -> Path {
        var path = polyline(points)
        if !points.isEmpty { path.close() }
        return path
    }

    /// A rectangle.
    public static func rectangle(_ r: Rect) -> Path {
        polygon([
            Point(r.minX, r.minY), Point(r.maxX, r.minY), Point(r.maxX, r.maxY),
            Point(r.minX, r.maxY),
        ])
    }

    /// A circle made of four cubic arcs.
    public static func circle(center: Point, radius: Double) -> Path {
        let k = 0.5522847498 * radius
        let (x, y, r) = (center.x, center.y, radius)
        var path = Path()
        path.move(to: Point(x + r, y))
        path.curve(
            to: Point(x, y + r), control1: Point(x + r, y + k), control2: Point(x + k, y + r))
        path.curve(
            to: Point(x - r, y), control1: Point(x - k, y + r), control2: Point(x - r, y + k))
        path.curve(
            to: Point(x, y - r), control1: Point(x - r, y - k), control2: Point(x - k, y - r))
        path.curve(
            to: Point(x + r, y), control1: Point(x + k, y - r), control2: Point(x + r, y - k))
        path.close()
        return path
    }
}
