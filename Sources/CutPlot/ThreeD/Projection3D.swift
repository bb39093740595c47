import Foundation

/// A 3D point in the unit box the surface is normalised into.
struct Point3: Sendable {
    var x: Double
    var y: Double
    var z: Double
}

/// An orthographic view of the box `[-1, 1] × [-1, 1] × [-h, h]` (matplotlib's 4:4:3 aspect)
/// fitted into a figure rectangle. This is the one place 3D coordinates become figure
/// coordinates (and "up" becomes "y downwards").
struct Projection3D {
    static let halfHeight = 0.75
    let right: Point3
    let up: Point3
    let toward: Point3
    let scale: Double
    let centre: Point

    init(elevation: Double, azimuth: Double, fitting rect: Rect) {
        let e = elevation * Double.pi / 180
        let a = azimuth * Double.pi / 180
        right = Point3(x: -sin(a), y: cos(a), z: 0)
        up = Point3(x: -sin(e) * cos(a), y: -sin(e) * sin(a), z: cos(e))
        toward = Point3(x: cos(e) * cos(a), y: cos(e) * sin(a), z: sin(e))
        var xs: [Double] = []
        var ys: [Double] = []
        for x in [-1.0, 1] {
            for y in [-1.0, 1] {
                for z in [-Projection3D.halfHeight, Projection3D.halfHeight] {
                    let p = Point3(x: x, y: y, z: z)
                    xs.append(Projection3D.dot(p, right))
                    ys.append(Projection3D.dot(p, up))
                }
            }
        }
        let width = xs.max()! - xs.min()!
        let height = ys.max()! - ys.min()!
        scale = min(rect.width / width, rect.height / height)
        centre = Point(
            rect.midX - scale * (xs.max()! + xs.min()!) / 2,
            rect.midY + scale * (ys.max()! + ys.min()!) / 2)
    }

    static func dot(_ p: Point3, _ q: Point3) -> Double { p.x * q.x + p.y * q.y + p.z * q.z }

    /// The figure-space point of a box point.
    func project(_ p: Point3) -> Point {
        Point(
            centre.x + scale * Projection3D.dot(p, right),
            centre.y - scale * Projection3D.dot(p, up))
    }

    /// How close a point is to the viewer (larger is nearer).
    func depth(_ p: Point3) -> Double { Projection3D.dot(p, toward) }
}
