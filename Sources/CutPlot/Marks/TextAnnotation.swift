/// Text placed at a data point, optionally rotated (e.g. a value written along a vertical line).
/// Annotations do not change the axis limits.
public struct TextAnnotation: Mark, PlotMark {
    /// The text (markup: `$…$` is math).
    public var text: String
    /// Data x of the anchor.
    public var x: Double
    /// Data y of the anchor.
    public var y: Double
    /// Counter-clockwise rotation in degrees.
    public var angle: Double
    /// How the text's box aligns horizontally with the anchor (before rotation).
    public var horizontal: HorizontalAlignment
    /// How the text's box aligns vertically with the anchor (before rotation).
    public var vertical: VerticalAlignment
    /// The colour.
    public var color: Color
    /// Font size in points; nil is the figure's base size.
    public var fontSize: Double?

    var label: String? { nil }
    var kindName: String { "text" }
    var usesSeriesColor: Bool { false }

    func extent(x: ScaleKind, y: ScaleKind) -> DataExtent { DataExtent() }

    func problems(x xKind: ScaleKind, y yKind: ScaleKind) -> [String] {
        xKind.accepts(x) && yKind.accepts(y)
            ? [] : ["text '\(text)' sits at a point the axes cannot show, so it is not drawn"]
    }

    func placed(in frame: PlotFrame, canvas: Canvas, theme: Theme) -> PlacedText? {
        guard let anchor = frame.point(x, y) else { return nil }
        let font = FontSpec(size: fontSize ?? theme.fontSize)
        let typeset = Typesetter(canvas: canvas).typeset(text, font: font)
        return PlacedText(
            typeset, at: anchor, horizontal: horizontal, vertical: vertical, degrees: angle)
    }

    func draw(in context: MarkContext) {
        placed(in: context.frame, canvas: context.canvas, theme: context.theme)?
            .draw(on: context.canvas, color: color)
    }

    func footprint(in frame: PlotFrame) -> [Point] { [] }
}

// The public initialiser lives in an extension so that the struct keeps its memberwise
// initialiser, which it ends in.
extension TextAnnotation {
    /// Creates an annotation anchored at data point (x, y).
    public init(
        _ text: String, x: Double, y: Double, angle: Double = 0,
        horizontal: HorizontalAlignment = .left, vertical: VerticalAlignment = .baseline,
        color: Color = .black, fontSize: Double? = nil
    ) {
        self.init(
            text: text, x: x, y: y, angle: angle, horizontal: horizontal, vertical: vertical,
            color: color, fontSize: fontSize)
    }
}
