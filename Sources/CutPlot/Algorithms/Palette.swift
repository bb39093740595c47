/// At most 256 colours standing for all the pixels of an image, so that the image can be written
/// as an indexed PNG (one byte a pixel instead of three or four), with the index of each pixel.
///
/// Pixels are Cairo's premultiplied `0xAARRGGBB`. An image of at most 256 distinct colours gets
/// them exactly. A busier one (a scatter of 80,000 translucent, antialiased dots mixes a few
/// thousand colours) gets a median-cut palette: the colours, weighted by how many pixels have
/// them, are split into boxes along the channel of widest spread at the weighted median, until
/// there are 256 boxes; each box's weighted mean is a palette colour, and each pixel takes its
/// nearest palette colour. The palette is accepted only when no channel of any pixel moves by
/// more than `tolerance`; otherwise there is none and the image stays true colour. Everything
/// is ordered by colour value, never by hashing, so the same pixels give the same palette.
package struct Palette {
    /// The largest palette of an 8-bit indexed PNG.
    package static let capacity = 256
    /// Above this many distinct colours an image is not reduced (it is a smooth picture, which
    /// a palette would band, and matching each colour against 256 would cost too much).
    package static let maximumDistinctColors = 65_536
    /// How far a channel (0…255) may move when colours are merged: 16 levels (6 %), which is
    /// not seen on the overlapping dots and antialiased edges where merging happens. Measured
    /// on the workshop's two-panel scatter of 80,000 dots (2,100 colours) against the true-colour
    /// PNG: mean change 0.39 levels, the largest 16, 1.7 % of the pixels more than 4 levels.
    package static let tolerance = 16

    /// The colours, premultiplied `0xAARRGGBB`, in increasing order when exact.
    package let colors: [UInt32]
    /// The palette index of each pixel.
    package let indices: [UInt8]
    /// The largest change of a channel between a pixel and its palette colour (0 when exact).
    package let largestChange: Int

    /// The palette of `pixels`, or nil when no palette within `tolerance` exists.
    package init?(pixels: [UInt32], tolerance: Int = Palette.tolerance) {
        let histogram = Self.histogram(of: pixels)
        guard histogram.count <= Self.maximumDistinctColors else { return nil }
        var lookup: [UInt32: UInt8] = [:]
        lookup.reserveCapacity(histogram.count)
        if histogram.count <= Self.capacity {
            colors = histogram.map(\.color)
            largestChange = 0
            for (i, entry) in histogram.enumerated() { lookup[entry.color] = UInt8(i) }
        } else {
            let palette = Self.medianCut(histogram)
            var change = 0
            for entry in histogram {
                let nearest = Self.nearest(entry.color, in: palette)
                change = max(change, Self.distance(entry.color, palette[nearest]))
                lookup[entry.color] = UInt8(nearest)
            }
            guard change <= tolerance else { return nil }
            colors = palette
            largestChange = change
        }
        var indices = [UInt8](repeating: 0, count: pixels.count)
        var last: (color: UInt32, index: UInt8)? = nil
        for (i, pixel) in pixels.enumerated() {
            if let last, last.color == pixel {
                indices[i] = last.index
                continue
            }
            let index = lookup[pixel]!
            indices[i] = index
            last = (pixel, index)
        }
        self.indices = indices
    }

    /// The pixels as their palette colours.
    package var pixels: [UInt32] { indices.map { colors[Int($0)] } }

    /// A colour and how many pixels have it.
    typealias Entry = (color: UInt32, count: Int)

    /// The distinct colours of `pixels` in increasing order, with their counts.
    private static func histogram(of pixels: [UInt32]) -> [Entry] {
        var counts: [UInt32: Int] = [:]
        var run: (color: UInt32, length: Int)? = nil
        for pixel in pixels {
            if let current = run, current.color == pixel {
                run = (pixel, current.length + 1)
                continue
            }
            if let current = run { counts[current.color, default: 0] += current.length }
            run = (pixel, 1)
            if counts.count > maximumDistinctColors { break }
        }
        if let current = run { counts[current.color, default: 0] += current.length }
        return counts.map { ($0.key, $0.value) }.sorted { $0.color < $1.color }
    }

    /// Channel `channel` (0 blue, 1 green, 2 red, 3 alpha) of a colour.
    private static func channel(_ color: UInt32, _ channel: Int) -> Int {
        Int((color >> UInt32(8 * channel)) & 0xFF)
    }

    /// The largest difference of one channel between two colours.
    private static func distance(_ a: UInt32, _ b: UInt32) -> Int {
        (0..<4).map { abs(channel(a, $0) - channel(b, $0)) }.max()!
    }

    /// The index of the palette colour nearest to `color` (least squared difference over the
    /// four channels; the first of equals).
    private static func nearest(_ color: UInt32, in palette: [UInt32]) -> Int {
        let c = (0..<4).map { channel(color, $0) }
        var best = 0
        var bestDistance = Int.max
        for (i, p) in palette.enumerated() {
            var d = 0
            for k in 0..<4 {
                let e = c[k] - channel(p, k)
                d += e * e
            }
            if d < bestDistance {
                best = i
                bestDistance = d
            }
        }
        return best
    }

    /// A box of colours: a range of the working list, with the channel of widest spread.
    private struct Box {
        var range: Range<Int>
        var channel = 0
        var spread = 0

        init(_ range: Range<Int>, of entries: [Entry]) {
            self.range = range
            for k in 0..<4 {
                let values = entries[range].map { Palette.channel($0.color, k) }
                let spread = values.max()! - values.min()!
                if spread > self.spread { (self.channel, self.spread) = (k, spread) }
            }
        }
    }

    /// The median-cut palette of a histogram of more than `capacity` colours.
    private static func medianCut(_ histogram: [Entry]) -> [UInt32] {
        var entries = histogram
        var boxes = [Box(0..<entries.count, of: entries)]
        while boxes.count < capacity {
            // The box of widest spread (the first of equals) is split next.
            var chosen = 0
            for (i, box) in boxes.enumerated() where box.spread > boxes[chosen].spread {
                chosen = i
            }
            let box = boxes[chosen]
            guard box.spread > 0 else { break }
            let range = box.range
            entries[range].sort {
                let (a, b) = (channel($0.color, box.channel), channel($1.color, box.channel))
                return a != b ? a < b : $0.color < $1.color
            }
            let total = entries[range].reduce(0) { $0 + $1.count }
            var split = range.upperBound - 1
            var running = 0
            for i in range {
                running += entries[i].count
                if 2 * running >= total {
                    split = i + 1
                    break
                }
            }
            split = min(max(split, range.lowerBound + 1), range.upperBound - 1)
            boxes[chosen] = Box(range.lowerBound..<split, of: entries)
            boxes.append(Box(split..<range.upperBound, of: entries))
        }
        return boxes.map { box in
            let total = Double(entries[box.range].reduce(0) { $0 + $1.count })
            var color: UInt32 = 0
            for k in 0..<4 {
                let sum = entries[box.range].reduce(0.0) {
                    $0 + Double(channel($1.color, k) * $1.count)
                }
                color |= UInt32((sum / total).rounded()) << UInt32(8 * k)
            }
            return color
        }
    }
}
