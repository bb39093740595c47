import Foundation

extension Gallery {
    static var twoDEntries: [Entry] {
        [
            Entry(
                name: "contour-2d-histograms-cuts",
                caption:
                    "2D histograms (50 bins) of signal and background as contours at 1–100 % of their maxima (viridis), with two trained cuts as lines.",
                make: contoursWithCuts),
            Entry(
                name: "heatmap-with-contours",
                caption:
                    "A 2D histogram drawn as a heatmap (viridis) with a colour bar, and white contour lines at 10, 25 and 50 events on top.",
                make: heatmapWithContours),
            Entry(
                name: "scatter-classification-1x2",
                caption:
                    "Classification scatter of 80,000 events in a 1×2 grid: signal and background, correct in green, wrong in red, translucent markers.",
                make: classificationScatter),
        ]
    }

    static let contourFractions = [0.01, 0.05, 0.1, 0.25, 0.5, 0.7, 0.8, 1.0]

    @Sendable static func contoursWithCuts() -> Figure {
        let (s, b) = twoDimensional(10000)
        let signal = Grid2D.histogram(x: s.x, y: s.y, bins: 50, xRange: -10...10, yRange: -10...10)
        let background = Grid2D.histogram(
            x: b.x, y: b.y, bins: 50, xRange: -10...10, yRange: -10...10)
        var axes = Axes(title: "Two cuts trained on 2D data", xLabel: "$x_{1}$", yLabel: "$x_{2}$")
        axes.add(
            Contour(
                background, fractionsOfMaximum: contourFractions, colormap: .viridis, lineWidth: 1,
                label: "background"))
        axes.add(
            Contour(
                signal, fractionsOfMaximum: contourFractions, colormap: .rainbow, lineWidth: 1,
                label: "signal"))
        axes.add(ReferenceLine(x: 0.627, label: "cut on $x_{1}$ = 0.627", color: .red, width: 1.5))
        axes.add(
            ReferenceLine(
                y: 1.076, label: "cut on $x_{2}$ = 1.076", color: .black, style: .dashed, width: 1.5
            ))
        return Figure(axes, width: 460.8, height: 400)
    }

    @Sendable static func heatmapWithContours() -> Figure {
        let (_, b) = twoDimensional(40000, seed: 3)
        let grid = Grid2D.histogram(x: b.x, y: b.y, bins: 50, xRange: -10...10, yRange: -10...10)
        var axes = Axes(title: "Background density", xLabel: "$x_{1}$", yLabel: "$x_{2}$")
        let heatmap = Heatmap(grid, colormap: .viridis)
        axes.add(heatmap)
        axes.add(Contour(grid, levels: [10, 25, 50], color: .white, lineWidth: 1))
        axes.colorbar = heatmap.colorbar(label: "events per bin")
        return Figure(axes, width: 460.8, height: 380)
    }

    @Sendable static func classificationScatter() -> Figure {
        let (s, b) = twoDimensional(40000, seed: 11)
        // A synthetic classifier: signal-like when close to the signal's centre.
        func signalLike(_ x: Double, _ y: Double) -> Bool {
            let d = (x - 1.5) * (x - 1.5) + (y - 2) * (y - 2)
            return d < 3.2
        }
        let signalClasses = zip(s.x, s.y).map { signalLike($0, $1) ? 0 : 1 }
        let backgroundClasses = zip(b.x, b.y).map { signalLike($0, $1) ? 1 : 0 }
        let palette = [Color.green, Color.red]
        var left = Axes(title: "Signal", xLabel: "$x_{1}$", yLabel: "$x_{2}$")
        left.add(
            Scatter(
                x: s.x, y: s.y, classes: signalClasses, palette: palette,
                classLabels: ["correct", "wrong"], size: 2, alpha: 0.5))
        var right = Axes(title: "Background", xLabel: "$x_{1}$", yLabel: "$x_{2}$")
        right.add(
            Scatter(
                x: b.x, y: b.y, classes: backgroundClasses, palette: palette,
                classLabels: ["correct", "wrong"], size: 2, alpha: 0.5))
        var figure = Figure(columns: 2, axes: [left, right], width: 720, height: 330)
        figure.title = "Classified with $\\sigma(\\mathrm{out}) > 0.5$"
        return figure
    }
}
