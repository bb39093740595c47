/// A colour bar: the colormap drawn as a scale beside a plot, with ticks and a label.
public struct Colorbar: Sendable {
    /// The colormap.
    public var colormap: Colormap
    /// The values at the bottom and the top of the bar.
    public var range: ClosedRange<Double>
    /// The label beside the bar (markup).
    public var label: String?

    /// Creates a colour bar.
    public init(colormap: Colormap, range: ClosedRange<Double>, label: String? = nil) {
        self.colormap = colormap
        self.range =
            range.upperBound > range.lowerBound ? range : range.lowerBound...(range.lowerBound + 1)
        self.label = label
    }
}

extension Heatmap {
    /// A colour bar matching this heatmap's colormap and value range.
    public func colorbar(label: String? = nil) -> Colorbar {
        Colorbar(colormap: colormap, range: valueRange, label: label)
    }
}

extension Contour {
    /// A colour bar spanning the contour levels with their colormap.
    public func colorbar(label: String? = nil) -> Colorbar {
        Colorbar(
            colormap: colormap, range: (levels.first ?? 0)...(levels.last ?? 1), label: label)
    }
}
