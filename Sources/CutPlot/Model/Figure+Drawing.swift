import CCairo

extension Figure {
    /// Draws the figure through `canvas` in figure space (points, y downwards).
    func draw(on canvas: Canvas) {
        let theme = Theme(fontSize: fontSize)
        canvas.draw(
            path: .rectangle(Rect(x: 0, y: 0, width: width, height: height)), transform: .identity,
            style: PaintStyle(fill: .white))
        if let title {
            let text = Typesetter(canvas: canvas).typeset(
                title, font: theme.titleFont, maxWidth: width - 2 * theme.edge)
            PlacedText(text, at: Point(width / 2, theme.edge), horizontal: .center, vertical: .top)
                .draw(on: canvas, color: theme.foreground)
        }
        for (panel, cell) in cells(measuring: canvas, theme: theme) {
            switch panel {
            case .axes(let axes):
                AxesRenderer(axes: axes, cell: cell, canvas: canvas, theme: theme).draw()
            case .surface(let surface):
                SurfaceRenderer(surface: surface, cell: cell, canvas: canvas, theme: theme).draw()
            }
        }
    }

    /// Draws the figure into an existing Cairo context, scaled to `width × height` user units
    /// with its top-left corner at the context's current origin. The context's state is
    /// restored afterwards; vector surfaces stay vector.
    /// - Throws: `PlotError.cairo` when the context ends in an error state.
    public func draw(
        into context: CairoContext, width targetWidth: Double, height targetHeight: Double
    )
        throws
    {
        let cr = context.handle
        cairo_save(cr)
        cairo_scale(cr, targetWidth / width, targetHeight / height)
        let canvas = CairoCanvas(context: context, isRaster: false)
        draw(on: canvas)
        cairo_restore(cr)
        if let failure = canvas.failures.first { throw failure }
        try context.check("drawing a figure")
    }
}
