import CutPlot
import Foundation
import Testing

// CutPlot's own PNG writer: indexed when a palette fits, RGB when opaque, RGBA otherwise; the
// files are read back by libpng (through Cairo) to check that they decode to the pixels.

/// A premultiplied `0xAARRGGBB` pixel from straight channels.
private func pixel(_ r: Int, _ g: Int, _ b: Int, _ a: Int = 255) -> UInt32 {
    func scaled(_ c: Int) -> UInt32 { UInt32((c * a + 127) / 255) }
    return UInt32(a) << 24 | scaled(r) << 16 | scaled(g) << 8 | scaled(b)
}

/// The PNG colour type (byte 25: 2 RGB, 3 indexed, 6 RGBA).
private func colorType(_ png: Data) -> UInt8 { png[png.startIndex + 25] }

/// The largest difference of a premultiplied channel (0…255) between a decoded pixel and
/// `pixel`: reading a PNG premultiplies its straight channels again, so a translucent pixel can
/// come back one level off.
private func difference(_ decoded: Color, _ pixel: UInt32) -> Double {
    let a = decoded.alpha * 255
    let channels = [decoded.blue * a, decoded.green * a, decoded.red * a, a]
    return (0..<4).map { abs(channels[$0] - Double((pixel >> UInt32(8 * $0)) & 0xFF)) }.max()!
}

/// The largest difference of one channel between two premultiplied pixels.
private func channelChange(_ a: UInt32, _ b: UInt32) -> Int {
    var largest = 0
    for shift in stride(from: UInt32(0), to: 32, by: 8) {
        largest = max(largest, abs(Int((a >> shift) & 0xFF) - Int((b >> shift) & 0xFF)))
    }
    return largest
}

/// A deterministic stream of integers in 0..<bound.
private struct Counter {
    var state: UInt64 = 88_172_645_463_325_252
    mutating func next(_ bound: Int) -> Int {
        state ^= state << 13
        state ^= state >> 7
        state ^= state << 17
        return Int(state % UInt64(bound))
    }
}

@Test func fewColoursAreWrittenIndexedAndExact() throws {
    let colors = (0..<200).map { pixel($0, 255 - $0, ($0 * 7) % 256, $0 % 3 == 0 ? 128 : 255) }
    var stream = Counter()
    let pixels = (0..<(64 * 48)).map { _ in colors[stream.next(colors.count)] }
    let palette = try #require(Palette(pixels: pixels))
    #expect(palette.largestChange == 0)
    #expect(palette.colors.count == 200)
    let png = try PNGEncoder.encode(width: 64, height: 48, pixels: pixels, palette: palette)
    #expect(colorType(png) == 3)
    let decoded = try RasterImage(pngData: png)
    #expect(decoded.width == 64 && decoded.height == 48)
    // Translucent colours go through straight alpha and back: at most one level of rounding.
    let worst = zip(decoded.pixels, pixels).map { difference($0, $1) }.max()!
    #expect(worst <= 1.01, "\(worst)")
}

@Test func busyImagesAreWrittenTrueColourAndExact() throws {
    let (width, height) = (300, 250)
    let opaque = (0..<(width * height)).map { i in pixel(i % 256, (i / 256) % 256, i % 251) }
    #expect(Palette(pixels: opaque) == nil)
    let rgb = try PNGEncoder.encode(width: width, height: height, pixels: opaque, palette: nil)
    #expect(colorType(rgb) == 2)
    let decoded = try RasterImage(pngData: rgb)
    #expect(zip(decoded.pixels, opaque).allSatisfy { difference($0, $1) < 1e-6 })
    let translucent = opaque.map { $0 & 0x7F7F_7F7F }
    let rgba = try PNGEncoder.encode(
        width: width, height: height, pixels: translucent, palette: nil)
    #expect(colorType(rgba) == 6)
    let back = try RasterImage(pngData: rgba)
    #expect(zip(back.pixels, translucent).map { difference($0, $1) }.max()! <= 1.01)
}

@Test func manyCloseColoursShareAPaletteWithinTheTolerance() throws {
    // Dots of two colours at many opacities over white, as a dense scatter mixes them.
    var stream = Counter()
    let pixels = (0..<(200 * 150)).map { _ -> UInt32 in
        let k = stream.next(256)
        switch stream.next(3) {
        case 0: return pixel(255, 255, 255)
        case 1: return pixel(255 - k / 2, 255 - k / 4, 255 - k / 2)
        default: return pixel(255, 255 - k / 3, 255 - k / 3, 128 + k / 2)
        }
    }
    #expect(Set(pixels).count > Palette.capacity)
    let palette = try #require(Palette(pixels: pixels))
    #expect(palette.colors.count <= Palette.capacity)
    #expect(palette.largestChange > 0 && palette.largestChange <= Palette.tolerance)
    let reduced = palette.pixels
    let worst = zip(reduced, pixels).map { channelChange($0, $1) }.max()!
    #expect(worst == palette.largestChange)
    let png = try PNGEncoder.encode(width: 200, height: 150, pixels: pixels, palette: palette)
    #expect(colorType(png) == 3)
    #expect(try PNGEncoder.encode(width: 200, height: 150, pixels: pixels, palette: palette) == png)
    #expect(Palette(pixels: pixels)?.colors == palette.colors)
    let decoded = try RasterImage(pngData: png)
    let decodedWorst = zip(decoded.pixels, pixels).map { difference($0, $1) }.max()!
    #expect(decodedWorst <= Double(Palette.tolerance) + 1.01, "\(decodedWorst)")
}

@Test func coloursTooFarApartForAPaletteStayTrueColour() {
    var stream = Counter()
    let spread = (0..<1000).map { _ in pixel(stream.next(256), stream.next(256), stream.next(256)) }
    let pixels = (0..<(100 * 100)).map { spread[$0 % spread.count] }
    #expect(Palette(pixels: pixels) == nil)
    #expect(Palette(pixels: pixels, tolerance: 255) != nil)
}

@Test func figurePNGsAreOpaqueToTheirLastPixel() throws {
    var axes = Axes(title: "line", xLabel: "x", yLabel: "y")
    axes.add(Line(x: [0.0, 1, 2, 3], y: [0.0, 1, 0, 1], label: "zigzag"))
    // 460.8 points at 2 pixels a point: 921.6 pixels, so the last column is partly outside.
    let png = try Figure(axes).pngData()
    #expect(colorType(png) != 6)
    let image = try RasterImage(pngData: png)
    #expect(image.width == 922)
    #expect(image.pixels.allSatisfy { $0.alpha == 1 })
    #expect(
        (0..<image.height).allSatisfy { image[921, $0] == image[0, $0] })
}

@Test func aDenseScatterIsWrittenIndexedInPNGAndInsideSVG() throws {
    let figure = bigScatter()
    let png = try figure.pngData()
    #expect(colorType(png) == 3)
    let svg = String(decoding: try figure.svgData(), as: UTF8.self)
    let marker = "data:image/png;base64,"
    let start = try #require(svg.range(of: marker)).upperBound
    let end = try #require(svg[start...].firstIndex(of: "\""))
    let embedded = try #require(
        Data(base64Encoded: String(svg[start..<end]), options: .ignoreUnknownCharacters))
    #expect(colorType(embedded) == 3)
    _ = try RasterImage(pngData: embedded)
}
