/// One cell of a figure's grid: a 2D plot or a 3D surface view.
public enum Panel: Sendable {
    /// A 2D plot.
    case axes(Axes)
    /// A 3D surface view.
    case surface(SurfacePlot)
}

/// A figure: a grid of panels with an optional overall title, drawn the same way to PNG, SVG,
/// PDF or any Cairo context.
///
/// ```swift
/// var axes = Axes(title: "Hard cut", xLabel: "cut", yLabel: "$S/\\sqrt{B}$")
/// axes.add(Line(x: cuts, y: significance, label: "hard cut"))
/// axes.add(ReferenceLine(x: 3.737, style: .dashed))
/// try Figure(axes).write(png: url)
/// ```
public struct Figure: Sendable {
    /// Width in points (1/72 inch).
    public var width: Double
    /// Height in points.
    public var height: Double
    /// A title over the whole figure (markup).
    public var title: String?
    /// Columns of the grid; rows follow from the number of panels.
    public var columns: Int
    /// Panels, row by row.
    public var panels: [Panel]
    /// The base font size in points (tick labels, axis labels, legends).
    public var fontSize: Double = 10
    /// Pixels per point in PNG output (2 gives sharp images on high-density screens).
    public var pixelsPerPoint: Double = 2

    /// matplotlib's default size, 6.4 × 4.8 inches.
    public static let defaultSize = Size(width: 460.8, height: 345.6)

    /// A figure with a single 2D plot.
    public init(_ axes: Axes, width: Double = 460.8, height: Double = 345.6) {
        self.init(columns: 1, panels: [.axes(axes)], width: width, height: height)
    }

    /// A figure with a single 3D surface view.
    public init(_ surface: SurfacePlot, width: Double = 460.8, height: Double = 345.6) {
        self.init(columns: 1, panels: [.surface(surface)], width: width, height: height)
    }

    /// A grid of panels, `columns` wide.
    public init(columns: Int, panels: [Panel], width: Double = 460.8, height: Double = 345.6) {
        self.columns = max(1, columns)
        self.panels = panels
        self.width = width
        self.height = height
    }

    /// A grid of 2D plots, `columns` wide.
    public init(columns: Int, axes: [Axes], width: Double = 460.8, height: Double = 345.6) {
        self.init(columns: columns, panels: axes.map(Panel.axes), width: width, height: height)
    }

    /// Rows of the grid.
    public var rows: Int { max(1, (panels.count + columns - 1) / columns) }

    /// Problems with the data that drawing works around (non-finite values skipped,
    /// non-positive values dropped from log axes, empty series), collected from every panel.
    public var warnings: [PlotWarning] {
        var out: [PlotWarning] = []
        for (index, panel) in panels.enumerated() {
            switch panel {
            case .axes(let axes):
                let axisOptions =
                    [("x", axes.x), ("y", axes.y)] + (axes.hasTwin ? [("right y", axes.y2)] : [])
                for (name, options) in axisOptions {
                    if let message = Messages.badLimits(options, axis: name) {
                        out.append(
                            PlotWarning(panel: index, series: "\(name) axis", message: message))
                    }
                }
                for layer in axes.layers {
                    let yKind = layer.side == .left ? axes.y.scale : axes.y2.scale
                    let name = layer.mark.label.map(Label.plainText) ?? layer.mark.kindName
                    for message in layer.mark.problems(x: axes.x.scale, y: yKind) {
                        out.append(PlotWarning(panel: index, series: name, message: message))
                    }
                }
            case .surface(let surface):
                for message in surface.problems {
                    out.append(PlotWarning(panel: index, series: "surface", message: message))
                }
            }
        }
        return out
    }
}
