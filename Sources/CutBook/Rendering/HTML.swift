import CutPlot

/// Small HTML helpers.
public enum HTML {
    /// Escapes text for element content and attribute values (`&`, `<`, `>`, `"`).
    ///
    /// ```swift
    /// HTML.escape("S/√B < 3 & \"c\"")  // "S/√B &lt; 3 &amp; &quot;c&quot;"
    /// ```
    public static func escape(_ text: String) -> String {
        MathML.escape(text)
    }

    /// `html` without its tags (what is between `<` and `>`); entities stay as they are.
    static func removingTags(_ html: String) -> String {
        var text = ""
        var inTag = false
        for character in html {
            if character == "<" {
                inTag = true
            } else if character == ">" {
                inTag = false
            } else if !inTag {
                text.append(character)
            }
        }
        return text
    }

    /// Caption-like text: `$…$` as MathML, the rest as inline Markdown.
    /// - Throws: the first math problem, its offset counted in characters from the start of
    ///   `text`.
    static func inline(_ text: String) throws(MathML.Problem) -> String {
        var output = ""
        var plain = ""
        func flush() {
            let leading = plain.prefix { $0 == " " }
            let trailing = plain.reversed().prefix { $0 == " " }
            let body = Markdown.inlineHTML(plain)
            output += body.isEmpty ? (plain.isEmpty ? "" : " ") : leading + body + String(trailing)
            plain = ""
        }
        var index = text.startIndex
        while index < text.endIndex {
            if text[index] == "$", let close = text[text.index(after: index)...].firstIndex(of: "$")
            {
                flush()
                let tex = String(text[text.index(after: index)..<close])
                do {
                    output += try MathML.convert(tex, display: false)
                } catch {
                    var problem = error
                    problem.offset += text.distance(from: text.startIndex, to: close) - tex.count
                    throw problem
                }
                index = text.index(after: close)
            } else {
                plain.append(text[index])
                index = text.index(after: index)
            }
        }
        flush()
        return output
    }
}
