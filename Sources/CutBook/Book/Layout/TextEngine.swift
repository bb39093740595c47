import CCairo
import CPangoCairo
import CutPlot

/// A Pango layout, released in `deinit`.
final class PangoLayoutHandle {
    /// The `PangoLayout *`.
    let handle: OpaquePointer

    init(context: OpaquePointer) {
        handle = pango_layout_new(context)
    }

    deinit { g_object_unref(UnsafeMutableRawPointer(handle)) }
}

/// The book's access to Pango: one context tied to the PDF's Cairo context, font descriptions
/// and measured single runs, kept for the whole book.
///
/// Hinting is off and glyph positions are not rounded, so text measures the same whatever the
/// surface (the layout of the book never depends on anything but the fonts).
final class TextEngine {
    /// The `PangoContext *`.
    let context: OpaquePointer
    private var descriptions: [BookFont: OpaquePointer] = [:]
    private var runs: [RunKey: (layout: PangoLayoutHandle, metrics: RunMetrics)] = [:]

    private struct RunKey: Hashable {
        var text: String
        var font: BookFont
    }

    /// The extent of a single-line run.
    struct RunMetrics {
        var width: Double
        var ascent: Double
        var descent: Double
    }

    init(cairo: OpaquePointer) {
        context = unhintedPangoContext(cairo: cairo)
        let language = pango_language_from_string("en")
        pango_context_set_language(context, language)
    }

    deinit {
        runs.removeAll()
        for description in descriptions.values { pango_font_description_free(description) }
        g_object_unref(UnsafeMutableRawPointer(context))
    }

    /// The Pango font description of `font`.
    func description(_ font: BookFont) -> OpaquePointer {
        if let found = descriptions[font] { return found }
        let description = pango_font_description_new()!
        pango_font_description_set_family(description, font.family)
        pango_font_description_set_absolute_size(description, font.size * Double(PANGO_SCALE))
        pango_font_description_set_style(
            description, font.italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL)
        pango_font_description_set_weight(
            description, font.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
        descriptions[font] = description
        return description
    }

    /// A new empty layout in `font`, `width` points wide (0 for no wrapping).
    func layout(font: BookFont, width: Double) -> PangoLayoutHandle {
        let layout = PangoLayoutHandle(context: context)
        pango_layout_set_font_description(layout.handle, description(font))
        if width > 0 {
            pango_layout_set_width(layout.handle, Int32(width * Double(PANGO_SCALE)))
            pango_layout_set_wrap(layout.handle, PANGO_WRAP_WORD_CHAR)
        }
        return layout
    }

    /// The metrics of `text` set on one line in `font`.
    func measure(_ text: String, font: BookFont) -> RunMetrics {
        run(text, font: font).metrics
    }

    /// Draws `text` in `font` with its baseline starting at `(x, y)`.
    func show(_ text: String, font: BookFont, x: Double, y: Double, on cairo: OpaquePointer) {
        let (layout, metrics) = run(text, font: font)
        cairo_move_to(cairo, x, y - metrics.ascent)
        pango_cairo_show_layout(cairo, layout.handle)
    }

    private func run(_ text: String, font: BookFont) -> (
        layout: PangoLayoutHandle, metrics: RunMetrics
    ) {
        let key = RunKey(text: text, font: font)
        if let found = runs[key] { return found }
        let layout = self.layout(font: font, width: 0)
        pango_layout_set_text(layout.handle, text, -1)
        var ink = PangoRectangle()
        var logical = PangoRectangle()
        pango_layout_get_extents(layout.handle, &ink, &logical)
        let scale = Double(PANGO_SCALE)
        let baseline = Double(pango_layout_get_baseline(layout.handle)) / scale
        let metrics = RunMetrics(
            width: Double(logical.width) / scale, ascent: baseline,
            descent: Double(logical.height) / scale - baseline)
        runs[key] = (layout, metrics)
        return (layout, metrics)
    }
}
