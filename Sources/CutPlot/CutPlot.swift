/// CutPlot: publication-quality figures drawn with Cairo and Pango.
///
/// A figure is declared, then drawn: `Figure` → panels (`Axes` or `SurfacePlot`) → marks
/// (`Line`, `Histogram`, `Scatter`, `Contour`, `Heatmap`, `ReferenceLine`, `TextAnnotation`).
/// Limits, ticks, layout and legend placement are derived from the data. Labels are markup:
/// `$…$` is math in a TeX subset (`$S/\sqrt{B}$`, `$x_{1}^{2}$`, `$\delta$erf`).
/// The same drawing code writes PNG (2 pixels per point), SVG and PDF, or draws into any Cairo
/// context (`Figure.draw(into:width:height:)`), with deterministic bytes.
///
/// ```swift
/// var axes = Axes(title: "Hard cut", xLabel: "cut value", yLabel: "$S/\\sqrt{B}$")
/// axes.add(Line(x: cuts, y: significance, label: "hard"))
/// axes.add(ReferenceLine(x: best, color: .red, style: .dashed))
/// axes.add(TextAnnotation("max 22.44", x: best, y: 10, angle: 90, horizontal: .center))
/// let figure = Figure(axes)
/// try figure.write(png: folder.appendingPathComponent("scan.png"))
/// for warning in figure.warnings { log(warning.description) }
/// ```
public enum CutPlot {
    /// The plotting library's version; part of every figure's cache key.
    public static let version = "0.3.0"
}
