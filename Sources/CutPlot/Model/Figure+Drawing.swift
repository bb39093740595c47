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
    /// with its top-left corner at the context's current origin. Everything the caller set is
    /// as before afterwards: the graphics state (matrix, source, line style, clip…) through
    /// save/restore, and the current path, which save/restore does not cover, is put back.
    /// The context is always treated as a vector target (markers and heatmaps become
    /// geometry), whatever its surface, so nothing depends on detecting the surface type.
    /// - Throws: `PlotError.cairo` when the context ends in an error state.
    public func draw(
        into context: CairoContext, width targetWidth: Double, height targetHeight: Double
    )
        throws
    {
        let cr = context.handle
        try context.check("drawing a figure into an outside context")
        let callerPath = cairo_copy_path(cr)
        defer { cairo_path_destroy(callerPath) }
        cairo_save(cr)
        cairo_new_path(cr)
        cairo_scale(cr, targetWidth / width, targetHeight / height)
        let canvas = CairoCanvas(context: context, isRaster: false)
        draw(on: canvas)
        cairo_restore(cr)
        cairo_new_path(cr)
        if let callerPath, callerPath.pointee.status == CAIRO_STATUS_SUCCESS {
            cairo_append_path(cr, callerPath)
        }
        if let failure = canvas.failures.first { throw failure }
        try context.check("drawing a figure")
    }
}
