extension Figure {
    /// A one-paragraph plain-text description of the figure (titles, axes, series), for HTML
    /// `alt` text and logs. Math markup is turned into Unicode (`S/√B`).
    public var altText: String {
        var parts: [String] = []
        if let title { parts.append(Label.plainText(title) + ".") }
        for panel in panels {
            switch panel {
            case .axes(let axes): parts.append(Figure.describe(axes))
            case .surface(let surface): parts.append(Figure.describe(surface))
            }
        }
        return parts.joined(separator: " ")
    }

    private static func describe(_ axes: Axes) -> String {
        var text = axes.title.map { Label.plainText($0) + ": " } ?? ""
        let y = axes.y.label.map(Label.plainText) ?? "y"
        let x = axes.x.label.map(Label.plainText) ?? "x"
        text += "\(y)\(axes.y.scale == .log ? " (log scale)" : "") against \(x)"
        if axes.x.scale == .log { text += " (log scale)" }
        if axes.hasTwin, let right = axes.y2.label {
            text += ", with \(Label.plainText(right)) on the right axis"
        }
        let series = axes.layers.map { layer -> String in
            let name = layer.mark.label.map { " “\(Label.plainText($0))”" } ?? ""
            return layer.mark.kindName + name
        }
        if !series.isEmpty { text += "; shows " + series.joined(separator: ", ") }
        return text + "."
    }

    private static func describe(_ surface: SurfacePlot) -> String {
        var text = surface.title.map { Label.plainText($0) + ": " } ?? ""
        let labels = [surface.xLabel, surface.yLabel, surface.zLabel].map {
            $0.map(Label.plainText)
        }
        text += "3D surface of \(labels[2] ?? "z") over \(labels[0] ?? "x") and \(labels[1] ?? "y")"
        return text + "."
    }
}
