import CCairo

/// The title page: the report's title, its authors, and at the foot how the book was made.
struct TitlePage {
    let document: BookDocument

    func draw(_ context: PageContext) {
        let theme = context.theme
        let cr = context.cairo
        let titleFont = BookFont(family: BookFont.sans, size: 26, bold: true)
        let title = ParagraphLayout(
            RichText(plain: document.title), font: titleFont, width: theme.textWidth, leading: 34,
            alignment: .center, engine: context.text, linkColor: theme.linkColor)
        var y = theme.page.height * 0.28
        cairo_set_source_rgb(cr, 0, 0, 0)
        title.draw(lines: 0..<title.lines.count, x: theme.margins.left, y: y, in: context)
        y += title.height + 18
        cairo_set_line_width(cr, 0.8)
        cairo_move_to(cr, theme.page.width / 2 - 60, y)
        cairo_line_to(cr, theme.page.width / 2 + 60, y)
        cairo_stroke(cr)
        y += 34
        let authorFont = BookFont(family: BookFont.serif, size: 13)
        for author in document.authors {
            let width = context.text.measure(author, font: authorFont).width
            context.text.show(
                author, font: authorFont, x: (theme.page.width - width) / 2, y: y, on: cr)
            y += 19
        }
        let small = BookFont(family: BookFont.sans, size: 7.5)
        var footer = theme.page.height - theme.margins.bottom - Double(document.colophon.count) * 11
        cairo_set_source_rgb(cr, 0.3, 0.3, 0.3)
        for line in document.colophon {
            let width = context.text.measure(line, font: small).width
            context.text.show(
                line, font: small, x: (theme.page.width - width) / 2, y: footer, on: cr)
            footer += 11
        }
    }
}
