import CCairo
import CZlib
import Foundation

/// Writes PNG files from Cairo image surfaces, smaller than `cairo_surface_write_to_png`:
/// an image whose pixels fit a `Palette` is written indexed (8 bits a pixel, with a `tRNS`
/// chunk when some are translucent), any other as RGB when opaque and RGBA otherwise, each row
/// with the filter of least absolute sum (libpng's heuristic), deflated by zlib at its default
/// level. The bytes depend only on the pixels.
package enum PNGEncoder {
    /// The pixels of an ARGB32 image surface, row by row without padding, premultiplied
    /// `0xAARRGGBB`.
    static func pixels(of surface: OpaquePointer) -> (width: Int, height: Int, pixels: [UInt32]) {
        cairo_surface_flush(surface)
        let width = Int(cairo_image_surface_get_width(surface))
        let height = Int(cairo_image_surface_get_height(surface))
        let stride = Int(cairo_image_surface_get_stride(surface))
        guard let data = cairo_image_surface_get_data(surface), width > 0, height > 0 else {
            return (width, height, [])
        }
        var pixels = [UInt32](repeating: 0, count: width * height)
        pixels.withUnsafeMutableBufferPointer { out in
            for row in 0..<height {
                let line = UnsafeRawPointer(data + row * stride).assumingMemoryBound(
                    to: UInt32.self)
                for column in 0..<width { out[row * width + column] = line[column] }
            }
        }
        return (width, height, pixels)
    }

    /// Replaces the pixels of an ARGB32 image surface by `pixels` (as `pixels(of:)` gives them).
    static func store(_ pixels: [UInt32], into surface: OpaquePointer) {
        cairo_surface_flush(surface)
        let width = Int(cairo_image_surface_get_width(surface))
        let height = Int(cairo_image_surface_get_height(surface))
        let stride = Int(cairo_image_surface_get_stride(surface))
        guard let data = cairo_image_surface_get_data(surface), pixels.count == width * height
        else { return }
        for row in 0..<height {
            let line = UnsafeMutableRawPointer(data + row * stride).assumingMemoryBound(
                to: UInt32.self)
            for column in 0..<width { line[column] = pixels[row * width + column] }
        }
        cairo_surface_mark_dirty(surface)
    }

    /// The PNG of `width × height` premultiplied pixels, indexed when `palette` is given (it
    /// must be the palette of these pixels).
    /// - Throws: `PlotError.cairo` when zlib fails.
    package static func encode(
        width: Int, height: Int, pixels: [UInt32], palette: Palette?
    ) throws -> Data {
        var png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        let opaque = pixels.allSatisfy { $0 >> 24 == 0xFF }
        let colorType: UInt8 = palette != nil ? 3 : opaque ? 2 : 6
        var header = Data()
        header.appendBigEndian(UInt32(width))
        header.appendBigEndian(UInt32(height))
        header.append(contentsOf: [8, colorType, 0, 0, 0])
        chunk("IHDR", header, into: &png)
        let rows: [UInt8]
        if let palette {
            let straight = palette.colors.map(straightRGBA)
            chunk("PLTE", Data(straight.flatMap { [$0[0], $0[1], $0[2]] }), into: &png)
            if let last = straight.lastIndex(where: { $0[3] != 0xFF }) {
                chunk("tRNS", Data(straight[...last].map { $0[3] }), into: &png)
            }
            rows = indexedRows(palette.indices, width: width, height: height)
        } else {
            rows = filteredRows(pixels, width: width, height: height, channels: opaque ? 3 : 4)
        }
        chunk("IDAT", try deflate(rows), into: &png)
        chunk("IEND", Data(), into: &png)
        return png
    }

    /// A premultiplied pixel as straight `[r, g, b, a]`, rounded as Cairo's PNG writer does.
    private static func straightRGBA(_ pixel: UInt32) -> SIMD4<UInt8> {
        let a = pixel >> 24
        func channel(_ shift: UInt32) -> UInt8 {
            guard a > 0 else { return 0 }
            return UInt8(min(255, (((pixel >> shift) & 0xFF) * 255 + a / 2) / a))
        }
        return SIMD4(channel(16), channel(8), channel(0), UInt8(a))
    }

    /// Indexed rows, each with filter 0 (none), as PNG's specification advises for palettes.
    private static func indexedRows(_ indices: [UInt8], width: Int, height: Int) -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity((width + 1) * height)
        for row in 0..<height {
            out.append(0)
            out.append(contentsOf: indices[(row * width)..<((row + 1) * width)])
        }
        return out
    }

    /// True-colour rows, each with the one of PNG's five filters whose output bytes, read as
    /// signed, have the least absolute sum.
    private static func filteredRows(
        _ pixels: [UInt32], width: Int, height: Int, channels: Int
    ) -> [UInt8] {
        let lineLength = width * channels
        var previous = [UInt8](repeating: 0, count: lineLength)
        var line = [UInt8](repeating: 0, count: lineLength)
        var candidate = [UInt8](repeating: 0, count: lineLength)
        var best = [UInt8](repeating: 0, count: lineLength)
        var out = [UInt8]()
        out.reserveCapacity((lineLength + 1) * height)
        for row in 0..<height {
            for column in 0..<width {
                let rgba = straightRGBA(pixels[row * width + column])
                for k in 0..<channels { line[column * channels + k] = rgba[k] }
            }
            var bestFilter: UInt8 = 0
            var bestSum = Int.max
            for filter in UInt8(0)...4 {
                var sum = 0
                for i in 0..<lineLength {
                    let left = i >= channels ? Int(line[i - channels]) : 0
                    let up = Int(previous[i])
                    let upLeft = i >= channels ? Int(previous[i - channels]) : 0
                    let predicted: Int
                    switch filter {
                    case 0: predicted = 0
                    case 1: predicted = left
                    case 2: predicted = up
                    case 3: predicted = (left + up) / 2
                    default: predicted = paeth(left, up, upLeft)
                    }
                    let value = UInt8(truncatingIfNeeded: Int(line[i]) - predicted)
                    candidate[i] = value
                    sum += Int(abs(Int(Int8(bitPattern: value))))
                }
                if sum < bestSum {
                    (bestSum, bestFilter) = (sum, filter)
                    swap(&best, &candidate)
                }
            }
            out.append(bestFilter)
            out.append(contentsOf: best)
            swap(&previous, &line)
        }
        return out
    }

    /// PNG's Paeth predictor.
    private static func paeth(_ a: Int, _ b: Int, _ c: Int) -> Int {
        let p = a + b - c
        let (pa, pb, pc) = (abs(p - a), abs(p - b), abs(p - c))
        if pa <= pb && pa <= pc { return a }
        return pb <= pc ? b : c
    }

    /// The zlib stream of `bytes` at zlib's default level.
    private static func deflate(_ bytes: [UInt8]) throws -> Data {
        var length = compressBound(uLong(bytes.count))
        var out = [UInt8](repeating: 0, count: Int(length))
        let status = compress2(&out, &length, bytes, uLong(bytes.count), Z_DEFAULT_COMPRESSION)
        guard status == Z_OK else {
            throw PlotError.cairo(operation: "compressing a PNG", status: "zlib error \(status)")
        }
        return Data(out.prefix(Int(length)))
    }

    /// Appends one chunk (length, type, data, CRC of type and data) to `png`.
    private static func chunk(_ type: String, _ data: Data, into png: inout Data) {
        var body = Data(type.utf8)
        body.append(data)
        png.appendBigEndian(UInt32(data.count))
        png.append(body)
        let crc = body.withUnsafeBytes { raw in
            crc32(0, raw.bindMemory(to: Bytef.self).baseAddress, uInt(raw.count))
        }
        png.appendBigEndian(UInt32(crc))
    }
}

extension Data {
    /// Appends a 32-bit value, most significant byte first.
    fileprivate mutating func appendBigEndian(_ value: UInt32) {
        append(contentsOf: [24, 16, 8, 0].map { UInt8(truncatingIfNeeded: value >> $0) })
    }
}
