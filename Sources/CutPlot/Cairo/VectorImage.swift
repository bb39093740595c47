import CCairo

/// Images on vector surfaces (heatmaps, colour bars) drawn as filled rectangles instead of an
/// embedded raster, so that PDF and SVG cells stay sharp at every zoom and the file holds no
/// image.
///
/// Each row is cut into runs of equal colour, and each run is one rectangle. Rectangles that
/// merely abut show hairline seams in most viewers (each edge is antialiased on its own), so
/// when every pixel is opaque each run is drawn a little wider and taller, into the cells to
/// its right and below, which are painted later and cover the overlap: every visible edge is
/// still the exact cell boundary. Images with translucent pixels are drawn without overlap,
/// since a translucent cell would show the overlap through it.
struct VectorImage {
    let cr: OpaquePointer

    /// Draws `image` stretched over `rect`, one rectangle per run of equal colour in a row.
    func draw(_ image: RasterImage, in rect: Rect) {
        guard image.width > 0, image.height > 0 else { return }
        let cellWidth = rect.width / Double(image.width)
        let cellHeight = rect.height / Double(image.height)
        let opaque = image.pixels.allSatisfy { $0.alpha >= 1 }
        let overlap = opaque ? min(0.5, abs(cellWidth) / 2, abs(cellHeight) / 2) : 0
        let (overlapX, overlapY) = (
            cellWidth < 0 ? -overlap : overlap, cellHeight < 0 ? -overlap : overlap
        )
        for row in 0..<image.height {
            let top = rect.y + Double(row) * cellHeight
            let bottomOverlap = row + 1 < image.height ? overlapY : 0
            var start = 0
            while start < image.width {
                let color = image.pixels[row * image.width + start]
                var end = start + 1
                while end < image.width, image.pixels[row * image.width + end] == color {
                    end += 1
                }
                let rightOverlap = end < image.width ? overlapX : 0
                if color.alpha > 0 {
                    cairo_set_source_rgba(cr, color.red, color.green, color.blue, color.alpha)
                    cairo_rectangle(
                        cr, rect.x + Double(start) * cellWidth, top,
                        Double(end - start) * cellWidth + rightOverlap, cellHeight + bottomOverlap)
                    cairo_fill(cr)
                }
                start = end
            }
        }
    }
}
