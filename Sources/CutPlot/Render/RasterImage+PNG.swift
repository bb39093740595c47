import CCairo
import Foundation

extension RasterImage {
    /// Decodes PNG bytes (for example a rendered figure, to check its pixels).
    /// - Throws: `PlotError.cairo` when the bytes are not a PNG Cairo can read.
    public init(pngData: Data) throws {
        final class Reader {
            let data: Data
            var offset = 0
            init(_ data: Data) { self.data = data }
        }
        let reader = Reader(pngData)
        let read: cairo_read_func_t = { closure, buffer, length in
            guard let closure, let buffer else { return CAIRO_STATUS_READ_ERROR }
            let r = Unmanaged<Reader>.fromOpaque(closure).takeUnretainedValue()
            let n = Int(length)
            guard r.offset + n <= r.data.count else { return CAIRO_STATUS_READ_ERROR }
            r.data.copyBytes(to: buffer, from: r.offset..<(r.offset + n))
            r.offset += n
            return CAIRO_STATUS_SUCCESS
        }
        let surface = try withExtendedLifetime(reader) {
            try CairoSurface(
                owning: cairo_image_surface_create_from_png_stream(
                    read, Unmanaged.passUnretained(reader).toOpaque()),
                operation: "reading a PNG")
        }
        let w = Int(cairo_image_surface_get_width(surface.handle))
        let h = Int(cairo_image_surface_get_height(surface.handle))
        let stride = Int(cairo_image_surface_get_stride(surface.handle))
        let format = cairo_image_surface_get_format(surface.handle)
        guard let data = cairo_image_surface_get_data(surface.handle) else {
            throw PlotError.cairo(operation: "reading a PNG", status: "no pixel data")
        }
        var pixels: [Color] = []
        pixels.reserveCapacity(w * h)
        for row in 0..<h {
            let line = UnsafeRawPointer(data + row * stride).assumingMemoryBound(to: UInt32.self)
            for column in 0..<w {
                let v = line[column]
                let a = format == CAIRO_FORMAT_RGB24 ? 255 : Double((v >> 24) & 0xFF)
                func channel(_ shift: UInt32) -> Double {
                    let c = Double((v >> shift) & 0xFF)
                    return a > 0 ? min(c / a, 1) : 0
                }
                pixels.append(
                    Color(red: channel(16), green: channel(8), blue: channel(0), alpha: a / 255))
            }
        }
        self.init(width: w, height: h, pixels: pixels)
    }

    /// The pixel at a column and row (row 0 at the top).
    public subscript(column: Int, row: Int) -> Color { pixels[row * width + column] }
}
