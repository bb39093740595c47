import CCairo

/// Where a panel's parts landed, in points from the figure's top-left corner (y downwards).
public struct PanelLayout: Sendable, Equatable {
    /// The panel's cell in the grid.
    public var cell: Rect
    /// The plotting area inside the axes frame (the cell for a 3D view).
    public var plotArea: Rect
    /// The legend's box, when the panel has a legend.
    public var legendArea: Rect?
}

extension Figure {
    /// The cell and plot-area rectangle of every panel, as drawing would place them. Useful to
    /// map data to positions on the rendered image (clickable figures, pixel checks).
    /// - Throws: `PlotError.cairo` when Cairo cannot create its measuring context.
    public func layout() throws -> [PanelLayout] {
        let surface = try CairoSurface(
            owning: cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 1, 1),
            operation: "creating a measuring surface")
        let canvas = CairoCanvas(context: try CairoContext(surface: surface), isRaster: true)
        let theme = Theme(fontSize: fontSize)
        return cells(measuring: canvas, theme: theme).map { panel, cell in
            switch panel {
            case .axes(let axes):
                let renderer = AxesRenderer(axes: axes, cell: cell, canvas: canvas, theme: theme)
                return PanelLayout(
                    cell: cell, plotArea: renderer.plot,
                    legendArea: renderer.legendPlacement()?.area)
            case .surface:
                return PanelLayout(cell: cell, plotArea: cell, legendArea: nil)
            }
        }
    }

    /// Each panel with its cell, below the figure title if there is one.
    func cells(measuring canvas: Canvas, theme: Theme) -> [(Panel, Rect)] {
        var top = 0.0
        if let title {
            top =
                theme.edge
                + Typesetter(canvas: canvas).typeset(
                    title, font: theme.titleFont, maxWidth: width - 2 * theme.edge
                ).height
        }
        let cellWidth = width / Double(columns)
        let cellHeight = (height - top) / Double(rows)
        return panels.enumerated().map { index, panel in
            (
                panel,
                Rect(
                    x: Double(index % columns) * cellWidth,
                    y: top + Double(index / columns) * cellHeight, width: cellWidth,
                    height: cellHeight)
            )
        }
    }
}
