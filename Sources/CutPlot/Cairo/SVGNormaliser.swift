import Foundation

/// Cairo names some SVG elements after process-wide counters (`surface123`, `image45`), so the
/// same figure rendered twice in one process would differ. This renumbers those names in
/// order of first appearance, which makes SVG output depend on the figure alone.
enum SVGNormaliser {
    static func normalise(_ data: Data) -> Data {
        // A byte scan (the SVG of a large scatter runs to megabytes): find each counter name
        // at a word boundary and renumber it in order of first appearance.
        let bytes = [UInt8](data)
        let kinds: [[UInt8]] = ["surface", "image", "source", "pattern", "mask"].map {
            Array($0.utf8)
        }
        var numbering: [[UInt8]: Int] = [:]
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        func isWordByte(_ b: UInt8) -> Bool {
            (b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || b == 95
        }
        func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }
        while i < bytes.count {
            let b = bytes[i]
            if (b == 115 || b == 105 || b == 112 || b == 109)
                && (i == 0 || !isWordByte(bytes[i - 1])),
                let kind = kinds.first(where: { k in
                    i + k.count < bytes.count && bytes[i..<(i + k.count)].elementsEqual(k)
                        && isDigit(bytes[i + k.count])
                })
            {
                var end = i + kind.count
                while end < bytes.count && isDigit(bytes[end]) { end += 1 }
                if end == bytes.count || !isWordByte(bytes[end]) {
                    let key = Array(bytes[i..<end])
                    let number: Int
                    if let found = numbering[key] {
                        number = found
                    } else {
                        number = numbering.count + 1
                        numbering[key] = number
                    }
                    out += kind
                    out += Array(String(number).utf8)
                    i = end
                    continue
                }
            }
            out.append(b)
            i += 1
        }
        return Data(out)
    }

    /// Prefixes every element id (and every reference to one) with `prefix`, so that several
    /// SVGs can be inlined in one HTML page without their glyph and clip ids colliding.
    static func prefixIDs(_ data: Data, with prefix: String) -> Data {
        guard let text = String(data: data, encoding: .utf8),
            let declared = try? NSRegularExpression(pattern: "id=\"([^\"]+)\""),
            let reference = try? NSRegularExpression(pattern: "(id=\"|#)([A-Za-z][A-Za-z0-9_.-]*)")
        else { return data }
        let whole = NSRange(text.startIndex..., in: text)
        var ids = Set<String>()
        for match in declared.matches(in: text, range: whole) {
            if let r = Range(match.range(at: 1), in: text) { ids.insert(String(text[r])) }
        }
        var out = ""
        var cursor = text.startIndex
        for match in reference.matches(in: text, range: whole) {
            guard let name = Range(match.range(at: 2), in: text), ids.contains(String(text[name]))
            else { continue }
            out += text[cursor..<name.lowerBound]
            out += prefix
            cursor = name.lowerBound
        }
        out += text[cursor...]
        return Data(out.utf8)
    }
}
