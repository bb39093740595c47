import CCairo

/// The running head (the chapter on the left, the book on the right, a thin rule below) and
/// the page number centred at the foot.
struct RunningHead {
    let theme: BookTheme

    /// Draws the head of a page; without `left` and `right` (a chapter's first page) only the
    /// page number is drawn.
    func draw(left: String?, right: String?, page: Int, context: PageContext) {
        let cr = context.cairo
        let font = theme.runningHead
        let baseline = theme.margins.top - 30
        cairo_set_source_rgb(cr, 0.25, 0.25, 0.25)
        let leftFont = BookFont(family: font.family, size: font.size, italic: true)
        var room = theme.textWidth
        if let left {
            context.text.show(left, font: leftFont, x: theme.margins.left, y: baseline, on: cr)
            room -= context.text.measure(left, font: leftFont).width + 24
        }
        // A long book title gives way to its part before a colon, then to nothing.
        let candidates = right.map { [$0, String($0.prefix { $0 != ":" })] } ?? []
        if let shown = candidates.first(where: {
            context.text.measure($0, font: font).width <= room
        }) {
            let width = context.text.measure(shown, font: font).width
            context.text.show(
                shown, font: font, x: theme.margins.left + theme.textWidth - width, y: baseline,
                on: cr)
        }
        if left != nil || right != nil {
            cairo_set_line_width(cr, 0.4)
            cairo_move_to(cr, theme.margins.left, baseline + 5)
            cairo_line_to(cr, theme.margins.left + theme.textWidth, baseline + 5)
            cairo_stroke(cr)
        }
        let number = String(page)
        let numberFont = BookFont(family: BookFont.serif, size: 9)
        let width = context.text.measure(number, font: numberFont).width
        cairo_set_source_rgb(cr, 0, 0, 0)
        context.text.show(
            number, font: numberFont, x: (theme.page.width - width) / 2,
            y: theme.page.height - theme.margins.bottom + 36, on: cr)
    }
}
