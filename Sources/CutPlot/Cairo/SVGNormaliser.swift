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
}
