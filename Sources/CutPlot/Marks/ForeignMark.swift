/// Stands in for a `Mark` conformer defined outside CutPlot, which CutPlot cannot draw: it
/// draws nothing and reports itself in the figure's warnings.
struct ForeignMark: PlotMark {
    let typeName: String

    var label: String? { nil }
    var kindName: String { typeName }
    var usesSeriesColor: Bool { false }

    func extent(x: ScaleKind, y: ScaleKind) -> DataExtent { DataExtent() }

    func problems(x: ScaleKind, y: ScaleKind) -> [String] {
        [
            "is not one of CutPlot's marks, so it is not drawn; use Line, Histogram, Scatter, Contour, Heatmap, ReferenceLine or TextAnnotation"
        ]
    }

    func draw(in context: MarkContext) {}

    func footprint(in frame: PlotFrame) -> [Point] { [] }
}
