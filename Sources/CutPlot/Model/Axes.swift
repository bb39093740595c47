/// Which vertical axis a mark is measured against.
public enum YAxisSide: String, Sendable {
    /// The main axis on the left.
    case left
    /// The twin axis on the right.
    case right
}

/// Options of one axis: label, scale, limits, colour.
public struct AxisOptions: Sendable {
    /// The axis label (markup: `$…$` is math).
    public var label: String?
    /// Linear or logarithmic.
    public var scale: ScaleKind = .linear
    /// Fixed limits; nil chooses them from the data.
    public var limits: ClosedRange<Double>?
    /// Colour of the label, ticks and tick labels (for twin axes); nil is black.
    public var color: Color?
    /// Fixed major tick positions (those inside the limits are drawn); nil chooses them.
    public var ticks: [Double]?

    /// Creates axis options.
    public init(
        label: String? = nil, scale: ScaleKind = .linear, limits: ClosedRange<Double>? = nil,
        color: Color? = nil, ticks: [Double]? = nil
    ) {
        self.label = label
        self.scale = scale
        self.limits = limits
        self.color = color
        self.ticks = ticks
    }
}

/// Where the legend goes. `best` picks the corner or edge that hides the fewest data.
public enum LegendPosition: String, Sendable, CaseIterable {
    /// Where the legend hides the fewest data (the default).
    case best
    /// A corner inside the plot.
    case upperRight, upperLeft, lowerLeft, lowerRight
    /// The middle of an edge, or the centre, inside the plot.
    case right, centerLeft, centerRight, lowerCenter, upperCenter, center
    /// No legend.
    case hidden

    /// A legend position by name (`best`, `upperRight`, …, `hidden`; also `upper right`).
    /// - Throws: `PlotError.unknownName` listing the valid names.
    public init(named name: String) throws {
        let key = name.replacingOccurrences(of: " ", with: "").lowercased()
        guard let found = LegendPosition.allCases.first(where: { $0.rawValue.lowercased() == key })
        else {
            throw PlotError.unknownName(
                kind: "legend position", name: name, valid: LegendPosition.allCases.map(\.rawValue))
        }
        self = found
    }
}

/// A 2D plotting area: marks measured against an x axis, a left y axis and optionally a right
/// (twin) y axis, with a title and a legend. Limits, ticks and layout come from the data.
public struct Axes: Sendable {
    /// The title above the plot (markup).
    public var title: String?
    /// The horizontal axis.
    public var x = AxisOptions()
    /// The left vertical axis.
    public var y = AxisOptions()
    /// The right (twin) vertical axis, drawn when a mark is added `on: .right`.
    public var y2 = AxisOptions()
    /// Where the legend goes; it is drawn only when some mark has a label.
    public var legend: LegendPosition = .best
    /// Whether light grid lines are drawn at the major ticks.
    public var grid = false
    /// A colour bar to the right of the plot (see `Heatmap.colorbar(label:)`).
    public var colorbar: Colorbar?
    /// The marks with the axis they belong to, in drawing order.
    var layers: [(mark: any PlotMark, side: YAxisSide)] = []

    /// Creates empty axes.
    public init(title: String? = nil, xLabel: String? = nil, yLabel: String? = nil) {
        self.title = title
        x.label = xLabel
        y.label = yLabel
    }

    /// Adds a mark measured against the `side` vertical axis.
    public mutating func add(_ mark: some Mark, on side: YAxisSide = .left) {
        guard let plotMark = mark as? any PlotMark else {
            // A type from outside CutPlot: kept so that the figure's warnings name it.
            layers.append((ForeignMark(typeName: String(describing: type(of: mark))), side))
            return
        }
        layers.append((plotMark, side))
    }

    /// A copy with `mark` added.
    public func adding(_ mark: some Mark, on side: YAxisSide = .left) -> Axes {
        var copy = self
        copy.add(mark, on: side)
        return copy
    }

    /// The number of marks.
    public var markCount: Int { layers.count }

    /// The marks, in drawing order (to inspect what a figure holds).
    public var marks: [any Mark] { layers.map(\.mark) }

    /// The legend labels of the marks that have one, in drawing order.
    public var legendLabels: [String] { layers.compactMap(\.mark.label) }

    /// Whether a twin axis is in use.
    var hasTwin: Bool { layers.contains { $0.side == .right } }
}
