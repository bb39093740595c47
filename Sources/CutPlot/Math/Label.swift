import CCairo

/// Label markup as the rest of CutBook sees it: plain text with `$…$` math in a TeX subset.
public enum Label {
    /// One piece of markup: plain text, or the TeX between a pair of `$` with the character
    /// offset of that TeX in the markup.
    enum Part {
        case text(String)
        case math(String, offset: Int)
    }

    /// The markup cut at its `$` pairs; a lone trailing `$` stays text.
    static func parts(_ markup: String) -> [Part] {
        let pieces = markup.split(separator: "$", omittingEmptySubsequences: false)
        var parts: [Part] = []
        var offset = 0
        for (i, piece) in pieces.enumerated() {
            if i % 2 == 1 && i < pieces.count - 1 {
                parts.append(.math(String(piece), offset: offset))
            } else {
                parts.append(.text((i % 2 == 1 ? "$" : "") + piece))
            }
            offset += piece.count + 1
        }
        return parts
    }

    /// The first problem in the markup's math, its offset counted in characters from the
    /// start of the markup; nil when all of it parses.
    public static func mathProblem(in markup: String) -> TeXProblem? {
        for case .math(let tex, let offset) in parts(markup) {
            do {
                _ = try MathNode.parse(tex: tex)
            } catch {
                var problem = error
                problem.offset += offset
                return problem
            }
        }
        return nil
    }

    /// The markup as plain Unicode text (for HTML alt text, file metadata, logs):
    /// `$S/\sqrt{B}$` becomes `S/√B`, `$x_{1}^{2}$` becomes `x₁²`, Greek names their letters.
    /// Math that does not parse stays as written, with its `$`.
    public static func plainText(_ markup: String) -> String {
        var out = ""
        for part in parts(markup) {
            switch part {
            case .text(let text): out += text
            case .math(let tex, _):
                if let node = try? MathNode.parse(tex: tex) {
                    out += plain(node)
                } else {
                    out += "$" + tex + "$"
                }
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

    private static func plain(_ node: MathNode) -> String {
        switch node {
        case .identifier(let text, _), .number(let text), .symbol(let text), .text(let text):
            return text
        case .row(let nodes): return nodes.map(plain).joined()
        case .styled(let inner, _): return plain(inner)
        case .root(let radicand, _):
            let inner = plain(radicand)
            return "√" + (inner.count > 1 ? "(\(inner))" : inner)
        case .fraction(let top, let bottom):
            func part(_ node: MathNode) -> String {
                let text = plain(node)
                return text.count > 1 ? "(\(text))" : text
            }
            return part(top) + "/" + part(bottom)
        case .space: return " "
        case .scripts(let base, let sub, let sup):
            var out = plain(base)
            if let sub { out += script(plain(sub), subscripts, "_") }
            if let sup { out += script(plain(sup), superscripts, "^") }
            return out
        case .table(let rows):
            return "("
                + rows.map { $0.map(plain).joined(separator: ", ") }.joined(separator: "; ") + ")"
        }
    }

    private static func script(_ text: String, _ table: [Character: Character], _ marker: String)
        -> String
    {
        let mapped = text.compactMap { table[$0] }
        return mapped.count == text.count ? String(mapped) : marker + "(" + text + ")"
    }

    /// The width, ascent and descent of typeset markup at `fontSize` points.
    /// - Throws: `PlotError.invalidMath` for math outside the TeX subset, `PlotError.cairo`
    ///   when Cairo cannot create its measuring context.
    public static func measure(_ markup: String, fontSize: Double = 10) throws -> TextMetrics {
        let surface = try CairoSurface(
            owning: cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 1, 1),
            operation: "creating a measuring surface")
        let canvas = CairoCanvas(context: try CairoContext(surface: surface), isRaster: true)
        let text = Typesetter(canvas: canvas).typeset(markup, font: FontSpec(size: fontSize))
        if let failure = canvas.failures.first { throw failure }
        return TextMetrics(width: text.width, ascent: text.ascent, descent: text.descent)
    }
}
