import CPangoCairo

/// Inline content flattened for Pango: the text, style ranges in UTF-8 bytes, inline formulas
/// (each an object replacement character that Pango sizes as a box) and link ranges.
struct RichText {
    /// A style over a byte range.
    struct Style {
        var start: Int
        var end: Int
        var italic = false
        var bold = false
        var monospace = false
        var strike = false
        var link = false
        var unbreakable = false
    }

    var text = ""
    var styles: [Style] = []
    var formulas: [(byte: Int, box: MathBox)] = []
    var links: [(start: Int, end: Int, link: BookLink)] = []

    private var bytes: Int { text.utf8.count }

    /// Flattens `inlines`, setting math at `size` points.
    init(_ inlines: [BookInline], math: MathTypesetter) {
        append(inlines, style: Style(start: 0, end: 0), math: math)
    }

    /// Plain text without styles.
    init(plain: String) {
        text = plain
    }

    private mutating func append(_ inlines: [BookInline], style: Style, math: MathTypesetter) {
        for inline in inlines {
            let start = bytes
            var inner = style
            switch inline {
            case .text(let string):
                text += string
            case .value(let string):
                text += string
                inner.unbreakable = true
            case .code(let string):
                text += string
                inner.monospace = true
            case .emphasis(let children):
                inner.italic.toggle()
                append(children, style: inner, math: math)
            case .strong(let children):
                inner.bold = true
                append(children, style: inner, math: math)
            case .strikethrough(let children):
                inner.strike = true
                append(children, style: inner, math: math)
            case .link(let target, let children):
                inner.link = true
                append(children, style: inner, math: math)
                links.append((start, bytes, target))
            case .math(let node):
                formulas.append((start, math.set(node)))
                text += "\u{FFFC}"
            case .lineBreak:
                text += "\u{2028}"
            }
            inner.start = start
            inner.end = bytes
            styles.append(inner)
        }
    }

    /// The Pango attributes for this text, with monospaced runs at `codeScale` of `size`.
    func attributes(
        size: Double, codeScale: Double, linkColor: (red: Double, green: Double, blue: Double)
    )
        -> OpaquePointer
    {
        let list = pango_attr_list_new()!
        func add(_ attribute: UnsafeMutablePointer<PangoAttribute>?, _ start: Int, _ end: Int) {
            guard let attribute, end > start else { return }
            attribute.pointee.start_index = UInt32(start)
            attribute.pointee.end_index = UInt32(end)
            pango_attr_list_insert(list, attribute)
        }
        for style in styles {
            if style.italic {
                add(pango_attr_style_new(PANGO_STYLE_ITALIC), style.start, style.end)
            }
            if style.bold { add(pango_attr_weight_new(PANGO_WEIGHT_BOLD), style.start, style.end) }
            if style.strike { add(pango_attr_strikethrough_new(1), style.start, style.end) }
            if style.monospace {
                add(pango_attr_family_new(BookFont.mono), style.start, style.end)
                add(
                    pango_attr_size_new_absolute(Int32(size * codeScale * Double(PANGO_SCALE))),
                    style.start,
                    style.end)
            }
            if style.link {
                func channel(_ value: Double) -> UInt16 { UInt16((value * 65535).rounded()) }
                add(
                    pango_attr_foreground_new(
                        channel(linkColor.red), channel(linkColor.green), channel(linkColor.blue)),
                    style.start, style.end)
            }
            if style.unbreakable || style.monospace {
                add(pango_attr_insert_hyphens_new(0), style.start, style.end)
            }
        }
        let scale = Double(PANGO_SCALE)
        for formula in formulas {
            var logical = PangoRectangle(
                x: 0, y: Int32(-formula.box.ascent * scale),
                width: Int32(formula.box.width * scale),
                height: Int32(formula.box.height * scale))
            var ink = logical
            add(pango_attr_shape_new(&ink, &logical), formula.byte, formula.byte + 3)
        }
        return list
    }
}
