import CCairo
import Foundation

/// Fast markers on image surfaces: the marker is rasterised once (at 4 × 4 sub-pixel offsets)
/// into coverage masks, which are then composited ("over") straight into the image's pixels.
/// This is how 80,000 translucent points render in a few milliseconds instead of one Cairo
/// fill each; the result is deterministic and matches Cairo's own antialiasing closely.
struct RasterMarkers {
    static let phases = 4

    /// Draws the markers, or returns false when the target is not a plain ARGB32 image with an
    /// axis-aligned transform, or the masks cannot be made (the caller then draws the markers
    /// one by one with Cairo, which gives the same picture, only slower).
    static func draw(
        _ marker: Path, at positions: [Point], style: PaintStyle, on cr: OpaquePointer
    ) -> Bool {
        let target = cairo_get_target(cr)
        guard cairo_surface_get_type(target) == CAIRO_SURFACE_TYPE_IMAGE,
            cairo_image_surface_get_format(target) == CAIRO_FORMAT_ARGB32
        else { return false }
        var m = cairo_matrix_t()
        cairo_get_matrix(cr, &m)
        guard m.yx == 0, m.xy == 0, m.xx > 0, m.yy > 0 else { return false }
        var dx = 0.0
        var dy = 0.0
        cairo_surface_get_device_offset(target, &dx, &dy)
        guard dx == 0, dy == 0 else { return false }
        let color = style.fill ?? style.stroke?.color ?? .black
        // Rasterise the marker's coverage at every sub-pixel phase.
        let reach =
            (style.stroke?.width ?? 0) / 2
            + marker.elements.reduce(0.0) { r, e in
                switch e {
                case .move(let p), .line(let p), .curve(_, _, let p):
                    return max(r, abs(p.x), abs(p.y))
                case .close: return r
                }
            }
        let half = Int(ceil(reach * max(m.xx, m.yy))) + 2
        let side = 2 * half + 1
        var masks: [[UInt8]] = []
        for phaseY in 0..<phases {
            for phaseX in 0..<phases {
                guard
                    let mask = coverage(
                        marker, style: style, scaleX: m.xx, scaleY: m.yy, side: side, half: half,
                        offsetX: Double(phaseX) / Double(phases),
                        offsetY: Double(phaseY) / Double(phases))
                else { return false }
                masks.append(mask)
            }
        }
        // Clip in device pixels.
        var x1 = 0.0
        var y1 = 0.0
        var x2 = 0.0
        var y2 = 0.0
        cairo_clip_extents(cr, &x1, &y1, &x2, &y2)
        cairo_surface_flush(target)
        let width = Int(cairo_image_surface_get_width(target))
        let height = Int(cairo_image_surface_get_height(target))
        let stride = Int(cairo_image_surface_get_stride(target)) / 4
        let clipLeft = max(0, Int(floor(m.xx * x1 + m.x0)))
        let clipTop = max(0, Int(floor(m.yy * y1 + m.y0)))
        let clipRight = min(width, Int(ceil(m.xx * x2 + m.x0)))
        let clipBottom = min(height, Int(ceil(m.yy * y2 + m.y0)))
        guard let data = cairo_image_surface_get_data(target) else { return false }
        let pixels = UnsafeMutableRawPointer(data).bindMemory(
            to: UInt32.self, capacity: stride * height)
        let a = min(max(color.alpha, 0), 1)
        let r = min(max(color.red, 0), 1) * a * 255
        let g = min(max(color.green, 0), 1) * a * 255
        let b = min(max(color.blue, 0), 1) * a * 255
        let alpha255 = a * 255
        for p in positions {
            let px = m.xx * p.x + m.x0
            let py = m.yy * p.y + m.y0
            guard px.isFinite, py.isFinite else { continue }
            let ix = Int(floor(px))
            let iy = Int(floor(py))
            let phaseX = min(Int((px - Double(ix)) * Double(phases)), phases - 1)
            let phaseY = min(Int((py - Double(iy)) * Double(phases)), phases - 1)
            let mask = masks[phaseY * phases + phaseX]
            let left = ix - half
            let top = iy - half
            for row in max(0, clipTop - top)..<min(side, clipBottom - top) {
                let line = (top + row) * stride
                for column in max(0, clipLeft - left)..<min(side, clipRight - left) {
                    let c = mask[row * side + column]
                    guard c != 0 else { continue }
                    let k = Double(c) / 255
                    let index = line + left + column
                    let dst = pixels[index]
                    let keep = 1 - alpha255 * k / 255
                    func blend(_ source: Double, _ shift: UInt32) -> UInt32 {
                        let d = Double((dst >> shift) & 0xFF)
                        return UInt32(min(255, (source * k + d * keep).rounded())) << shift
                    }
                    pixels[index] = blend(alpha255, 24) | blend(r, 16) | blend(g, 8) | blend(b, 0)
                }
            }
        }
        cairo_surface_mark_dirty(target)
        return true
    }

    /// The marker's coverage (0…255) on a `side × side` grid whose centre pixel holds the
    /// marker's origin shifted by the sub-pixel offset.
    private static func coverage(
        _ marker: Path, style: PaintStyle, scaleX: Double, scaleY: Double, side: Int, half: Int,
        offsetX: Double, offsetY: Double
    ) -> [UInt8]? {
        guard
            let owned = try? CairoSurface(
                owning: cairo_image_surface_create(CAIRO_FORMAT_A8, Int32(side), Int32(side)),
                operation: "rasterising a marker"),
            let context = try? CairoContext(surface: owned)
        else { return nil }
        let surface = owned.handle
        let cr = context.handle
        cairo_translate(cr, Double(half) + offsetX, Double(half) + offsetY)
        cairo_scale(cr, scaleX, scaleY)
        let opaque = PaintStyle(
            fill: style.fill.map { _ in Color.black },
            stroke: style.stroke.map {
                StrokeStyle(color: .black, width: $0.width, dashes: $0.dashes, round: $0.round)
            })
        CairoPathWriter(cr: cr).paint(marker, opaque)
        cairo_surface_flush(surface)
        let stride = Int(cairo_image_surface_get_stride(surface))
        guard let data = cairo_image_surface_get_data(surface) else { return nil }
        var out = [UInt8](repeating: 0, count: side * side)
        for row in 0..<side {
            for column in 0..<side { out[row * side + column] = data[row * stride + column] }
        }
        return out
    }
}
