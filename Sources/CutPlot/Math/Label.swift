import CCairo

/// Label markup as the rest of CutBook sees it: plain text with `$…$` math in a TeX subset.
public enum Label {
    /// The markup as plain Unicode text (for HTML alt text, file metadata, logs):
    /// `$S/\sqrt{B}$` becomes `S/√B`, `$x_{1}^{2}$` becomes `x₁²`, Greek names their letters.
    public static func plainText(_ markup: String) -> String {
        let parts = markup.split(separator: "$", omittingEmptySubsequences: false)
        var out = ""
        for (i, part) in parts.enumerated() {
            if i % 2 == 1 && i < parts.count - 1 {
                var parser = MathParser(String(part))
                out += parser.parse().map { plain($0) }.joined()
            } else {
                out += (i % 2 == 1 ? "$" : "") + part
            }
        }
        return out
    }

    private static let superscripts: [Character: Character] = [
        "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸",
        "9": "⁹", "+": "⁺", "\u{2212}": "⁻", "n": "ⁿ", "i": "ⁱ",
    ]
    private static let subscripts: [Character: Character] = [
        "0": "₀", "1": "₁", "2": "₂", "3": "₃", "4": "₄", "5": "₅", "6": "₆", "7": "₇", "8": "₈",
        "9": "₉", "+": "₊", "\u{2212}": "₋", "i": "ᵢ", "j": "ⱼ",
    ]

    private static func plain(_ atom: MathAtom) -> String {
        switch atom {
        case .glyphs(let s, _): return s
        case .op(let s): return s == "/" ? s : s
        case .group(let list): return list.map { plain($0) }.joined()
        case .sqrt(let list):
            let inner = list.map { plain($0) }.joined()
            return "√" + (inner.count > 1 ? "(\(inner))" : inner)
        case .fraction(let top, let bottom):
            func part(_ list: [MathAtom]) -> String {
                let text = list.map { plain($0) }.joined()
                return text.count > 1 ? "(\(text))" : text
            }
            return part(top) + "/" + part(bottom)
        case .space: return " "
        case .scripts(let base, let sub, let sup):
            var out = plain(base)
            if let sub { out += script(sub.map { plain($0) }.joined(), subscripts, "_") }
            if let sup { out += script(sup.map { plain($0) }.joined(), superscripts, "^") }
            return out
        }
    }

    private static func script(_ text: String, _ table: [Character: Character], _ marker: String)
        -> String
    {
        let mapped = text.compactMap { table[$0] }
        return mapped.count == text.count ? String(mapped) : marker + "(" + text + ")"
    }

    /// The width, ascent and descent of typeset markup at `fontSize` points.
    /// - Throws: `PlotError.cairo` when Cairo cannot create its measuring context.
    public static func measure(_ markup: String, fontSize: Double = 10) throws -> TextMetrics {
        let surface = try CairoSurface(
            owning: cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 1, 1),
            operation: "creating a measuring surface")
        let canvas = CairoCanvas(context: try CairoContext(surface: surface), isRaster: true)
        let text = Typesetter(canvas: canvas).typeset(markup, font: FontSpec(size: fontSize))
        return TextMetrics(width: text.width, ascent: text.ascent, descent: text.descent)
    }
}
