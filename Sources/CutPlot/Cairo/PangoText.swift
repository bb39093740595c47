import CCairo
import CPangoCairo

/// Pango layouts for single-line text, cached per (text, font) while one figure is drawn.
///
/// Hinting is switched off so that text measures the same on every surface (PNG, SVG, PDF):
/// the layout of a figure never depends on its output format.
final class PangoText {
    private let context: OpaquePointer
    private var fonts: [FontSpec: OpaquePointer] = [:]
    private var layouts: [LayoutKey: (layout: OpaquePointer, metrics: TextMetrics)] = [:]

    private struct LayoutKey: Hashable {
        let text: String
        let font: FontSpec
    }

    init(cairo: OpaquePointer) {
        context = unhintedPangoContext(cairo: cairo, antialias: CAIRO_ANTIALIAS_GRAY)
    }

    deinit {
        for entry in layouts.values { g_object_unref(UnsafeMutableRawPointer(entry.layout)) }
        for font in fonts.values { pango_font_description_free(font) }
        g_object_unref(UnsafeMutableRawPointer(context))
    }

    private func description(for font: FontSpec) -> OpaquePointer {
        if let found = fonts[font] { return found }
        let d = pango_font_description_new()!
        pango_font_description_set_family(d, font.family)
        pango_font_description_set_absolute_size(d, font.size * 1024)
        pango_font_description_set_style(d, font.italic ? PANGO_STYLE_OBLIQUE : PANGO_STYLE_NORMAL)
        pango_font_description_set_weight(d, font.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
        fonts[font] = d
        return d
    }

    /// The layout and metrics for `text` in `font`.
    func layout(_ text: String, _ font: FontSpec) -> (layout: OpaquePointer, metrics: TextMetrics) {
        let key = LayoutKey(text: text, font: font)
        if let found = layouts[key] { return found }
        let layout = pango_layout_new(context)!
        pango_layout_set_font_description(layout, description(for: font))
        pango_layout_set_text(layout, text, -1)
        var ink = PangoRectangle()
        var logical = PangoRectangle()
        pango_layout_get_extents(layout, &ink, &logical)
        let baseline = Double(pango_layout_get_baseline(layout)) / 1024
        let metrics = TextMetrics(
            width: Double(logical.width) / 1024, ascent: baseline,
            descent: Double(logical.height) / 1024 - baseline)
        layouts[key] = (layout, metrics)
        return (layout, metrics)
    }

    /// Draws `text` with its baseline origin at the current user-space origin of `cairo`.
    func show(_ text: String, _ font: FontSpec, on cairo: OpaquePointer) {
        let (layout, metrics) = self.layout(text, font)
        cairo_move_to(cairo, 0, -metrics.ascent)
        pango_cairo_show_layout(cairo, layout)
    }
}

/// A new Pango context (`PangoContext *`, owned by the caller) tied to the Cairo context
/// `cairo`, whose text measures the same on every surface: hinting off, 72 units per inch (one
/// point a unit) and glyph positions not rounded. `antialias` is Cairo's default when nil.
package func unhintedPangoContext(cairo: OpaquePointer, antialias: cairo_antialias_t? = nil)
    -> OpaquePointer
{
    let context = pango_cairo_create_context(cairo)!
    let options = cairo_font_options_create()
    cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
    cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
    if let antialias { cairo_font_options_set_antialias(options, antialias) }
    pango_cairo_context_set_font_options(context, options)
    cairo_font_options_destroy(options)
    pango_cairo_context_set_resolution(context, 72)
    pango_context_set_round_glyph_positions(context, 0)
    return context
}
