import Foundation

extension Gallery {
    static var miscEntries: [Entry] {
        [
            Entry(
                name: "line-relaxations-compared",
                caption:
                    "Weight of an event against x for a cut at 0: hard, erf, sigmoid and balanced sigmoid on one plot, legend placed where it hides least.",
                make: relaxations),
            Entry(
                name: "line-styles-markers",
                caption: "Line styles (solid, dashed, dotted, dash-dot) and marker shapes.",
                make: stylesAndMarkers),
            Entry(
                name: "line-loss-curve-factor",
                caption:
                    "A training loss of about 440,000 against epoch: tick labels share a ×10⁵ factor instead of growing long.",
                make: lossCurve),
            Entry(
                name: "line-gradient-squared-log",
                caption:
                    "The squared gradient on a log y axis; zeros (no data at the ends) are dropped from the log axis and reported as warnings.",
                make: gradientSquared),
            Entry(
                name: "math-labels-typeset",
                caption:
                    "TeX-style labels: radicals with their bar, fractions, scripts, Greek letters, ×, ±, →, ≤ in titles, axis labels, legends and annotations.",
                make: mathLabels),
            Entry(
                name: "subplots-2x2-loss-gradient",
                caption:
                    "A 2×2 grid: each loss against the cut and its gradient for erf and sigmoid, each panel laid out on its own.",
                make: lossGrid),
            Entry(
                name: "colormaps-viridis-coolwarm-rainbow",
                caption: "The three colormaps on the same heatmap, 1×3 subplots.",
                make: colormaps),
            Entry(
                name: "bad-input-empty-and-nan",
                caption:
                    "Bad input: an empty series gives empty but labelled axes; NaNs break a line and are counted in the figure's warnings.",
                make: badInput),
        ]
    }

    @Sendable static func relaxations() -> Figure {
        let x = SyntheticStudy.linspace(-6, 6, 241)
        var axes = Axes(
            title: "Relaxations of the cut $x > 0$", xLabel: "$x$", yLabel: "weight $w$")
        axes.add(Line(x: x, y: x.map { $0 > 0 ? 1.0 : 0.0 }, label: "hard"))
        axes.add(Line(x: x, y: x.map { (erf($0) + 1) / 2 }, label: "erf"))
        axes.add(Line(x: x, y: x.map { 1 / (1 + exp(-$0)) }, label: "sigmoid", style: .dashed))
        axes.add(
            Line(
                x: x, y: x.map { 2 / (1 + exp(-$0)) - 1 }, label: "balanced sigmoid",
                style: .dashDot))
        axes.add(ReferenceLine(y: 0, color: .gray, style: .dotted, width: 0.8))
        axes.grid = true
        return Figure(axes)
    }

    @Sendable static func stylesAndMarkers() -> Figure {
        let x = SyntheticStudy.linspace(0, 10, 11)
        var axes = Axes(title: "Styles and markers", xLabel: "$x$", yLabel: "$y$")
        let styles: [LineStyle] = [.solid, .dashed, .dotted, .dashDot]
        for (i, style) in styles.enumerated() {
            axes.add(
                Line(
                    x: x, y: x.map { sin($0 / 2) + 1.2 + Double(i) * 1.5 }, label: style.rawValue,
                    style: style))
        }
        for (i, shape) in MarkerShape.allCases.enumerated() {
            let y = Double(i) * 0.9 - 5.5
            axes.add(
                Line(
                    x: x, y: x.map { _ in y }, label: shape.rawValue, width: 0.8, marker: shape,
                    markerSize: 6))
        }
        axes.legend = .hidden
        for (i, shape) in MarkerShape.allCases.enumerated() {
            axes.add(
                TextAnnotation(
                    shape.rawValue, x: 10.4, y: Double(i) * 0.9 - 5.5, vertical: .middle,
                    fontSize: 8))
        }
        for (i, style) in styles.enumerated() {
            axes.add(
                TextAnnotation(
                    style.rawValue, x: 10.4, y: sin(5) + 1.2 + Double(i) * 1.5, vertical: .middle,
                    fontSize: 8))
        }
        axes.x.limits = -0.5...12.5
        return Figure(axes)
    }

    @Sendable static func lossCurve() -> Figure {
        let epochs = (1...2000).map(Double.init)
        var random = SyntheticRandom(seed: 5)
        let loss = epochs.map { 439_073 + 11_013 * exp(-$0 / 250) + random.normal(0, 60) }
        var axes = Axes(title: "Seed loss during training", xLabel: "epoch", yLabel: "loss")
        axes.add(Line(x: epochs, y: loss, label: "cuts $\\times$ MLP", width: 1))
        return Figure(axes)
    }

    @Sendable static func gradientSquared() -> Figure {
        let (signal, background) = simpleProblem()
        let cuts = SyntheticStudy.linspace(-30, 30, 121)
        let g2 = cuts.map { c -> Double in
            let g = erfSignificanceGradient(signal, background, c)
            return g.isFinite ? g * g : .nan
        }
        var axes = Axes(
            title: "Squared gradient of the erf $S/\\sqrt{B}$", xLabel: "cut value $c$",
            yLabel: "$(\\partial S/\\sqrt{B}/\\partial c)^{2}$")
        axes.y.scale = .log
        axes.add(Line(x: cuts, y: g2, label: "$g^{2}$", marker: .circle, markerSize: 3))
        return Figure(axes)
    }

    @Sendable static func mathLabels() -> Figure {
        let x = SyntheticStudy.linspace(-3, 3, 121)
        var axes = Axes(
            title: "$\\sigma(x) = 1/(1 + e^{-x})$ and friends",
            xLabel: "$x_{i}$ [$\\sigma_{x} \\times 10^{-2}$]",
            yLabel: "$\\alpha_{0} \\pm \\Delta\\alpha$")
        axes.add(Line(x: x, y: x.map { 1 / (1 + exp(-$0)) }, label: "$\\sigma(x)$"))
        axes.add(
            Line(x: x, y: x.map { exp(-$0 * $0 / 2) }, label: "$e^{-x^{2}/2}$", style: .dashed))
        axes.add(
            Line(x: x, y: x.map { sqrt(abs($0)) / 2 }, label: "$\\sqrt{|x|}/2$", style: .dotted))
        axes.add(TextAnnotation("$c \\rightarrow c + \\eta\\,\\nabla_{c}L$", x: -2.8, y: 1.3))
        axes.add(TextAnnotation("$w \\leq 1$, $S/\\sqrt{B} \\geq 20$", x: -2.8, y: 1.18))
        axes.add(
            TextAnnotation(
                "$\\frac{\\partial L}{\\partial c} \\approx 0$ at the optimum", x: -2.8, y: 1.03))
        axes.y.limits = -0.05...1.4
        return Figure(axes)
    }

    @Sendable static func lossGrid() -> Figure {
        let (signal, background) = simpleProblem()
        let cuts = SyntheticStudy.linspace(-10, 10, 100)
        func sigmoidSignificance(_ c: Double) -> Double {
            sigmoidWeightSum(signal, c) / sigmoidWeightSum(background, c).squareRoot()
        }
        func erfSig(_ c: Double) -> Double {
            SyntheticStudy.erfSignificance(signal: signal, background: background, cut: c)
        }
        func derivative(_ f: (Double) -> Double, _ c: Double) -> Double {
            (f(c + 1e-4) - f(c - 1e-4)) / 2e-4
        }
        var panels: [Axes] = []
        for (name, f) in [("erf", erfSig), ("sigmoid", sigmoidSignificance)] {
            var loss = Axes(title: "\(name): $S/\\sqrt{B}$", xLabel: "cut", yLabel: "$S/\\sqrt{B}$")
            loss.add(Line(x: cuts, y: cuts.map(f)))
            var gradient = Axes(
                title: "\(name): gradient", xLabel: "cut", yLabel: "$\\partial/\\partial c$")
            gradient.add(Line(x: cuts, y: cuts.map { derivative(f, $0) }, color: Color.series(1)))
            gradient.add(ReferenceLine(y: 0, style: .dashed))
            panels += [loss, gradient]
        }
        return Figure(columns: 2, axes: panels, width: 640, height: 480)
    }

    @Sendable static func colormaps() -> Figure {
        let grid = Grid2D.sampling(
            { x, y in sin(x) * cos(y / 1.5) + 0.1 * x }, x: -3...3, y: -3...3, nx: 60, ny: 60)
        let panels = Colormap.all.map { map -> Axes in
            var axes = Axes(title: map.name, xLabel: "$x$", yLabel: "$y$")
            axes.add(Heatmap(grid, colormap: map))
            return axes
        }
        return Figure(columns: 3, axes: panels, width: 720, height: 260)
    }

    @Sendable static func badInput() -> Figure {
        var empty = Axes(title: "No data yet", xLabel: "epoch", yLabel: "loss")
        empty.add(Line(x: [Double](), y: [Double](), label: "loss"))
        let x = SyntheticStudy.linspace(0, 10, 101)
        var gaps = Axes(title: "NaNs break the line", xLabel: "cut", yLabel: "$S/\\sqrt{B}$")
        gaps.add(
            Line(
                x: x,
                y: x.map {
                    ($0 > 3 && $0 < 4) || $0 > 8.5 ? .nan : 20 * exp(-($0 - 5) * ($0 - 5) / 8)
                },
                label: "balanced sigmoid"))
        return Figure(columns: 2, axes: [empty, gaps], width: 640, height: 300)
    }
}
