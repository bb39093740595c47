import Foundation

/// Cairo names some SVG elements after process-wide counters (`surface123`, `image45`), so the
/// same figure rendered twice in one process would differ. This renumbers those names in
/// order of first appearance, which makes SVG output depend on the figure alone.
enum SVGNormaliser {
    static func normalise(_ data: Data) -> Data {
        guard var text = String(data: data, encoding: .utf8),
            let pattern = try? NSRegularExpression(
                pattern: "\\b(surface|image|source|pattern|mask)([0-9]+)\\b")
        else { return data }
        var numbering: [String: Int] = [:]
        let matches = pattern.matches(in: text, range: NSRange(text.startIndex..., in: text))
        var out = ""
        var cursor = text.startIndex
        for match in matches {
            guard let whole = Range(match.range, in: text),
                let kind = Range(match.range(at: 1), in: text)
            else { continue }
            let key = String(text[whole])
            let number: Int
            if let found = numbering[key] {
                number = found
            } else {
                number = numbering.count + 1
                numbering[key] = number
            }
            out += text[cursor..<whole.lowerBound]
            out += text[kind] + String(number)
            cursor = whole.upperBound
        }
        out += text[cursor...]
        text = out
        return Data(text.utf8)
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
