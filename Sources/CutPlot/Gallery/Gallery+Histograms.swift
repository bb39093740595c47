import Foundation

extension Gallery {
    static var histogramEntries: [Entry] {
        [
            Entry(
                name: "histogram-overlaid-log",
                caption:
                    "Signal and background histograms (100 bins) overlaid: filled with transparency under step outlines, log y axis.",
                make: overlaidHistograms),
            Entry(
                name: "histogram-step-predictions-log",
                caption:
                    "Step histograms of a network's raw output for two classes, log y axis with decades and minor ticks, negative x values with real minus signs.",
                make: predictionHistograms),
        ]
    }

    @Sendable static func overlaidHistograms() -> Figure {
        let (signal, background) = simpleProblem()
        var axes = Axes(title: "Signal and background", xLabel: "$x$", yLabel: "events per bin")
        axes.y.scale = .log
        axes.add(
            Histogram(
                values: background, bins: 100, range: -10...10, label: "background",
                style: .filled, alpha: 0.4))
        axes.add(
            Histogram(
                values: signal, bins: 100, range: -10...10, label: "signal", style: .filled,
                alpha: 0.4))
        axes.add(
            Histogram(
                values: background, bins: 100, range: -10...10, style: .step, color: Color.series(0)
            ))
        axes.add(
            Histogram(
                values: signal, bins: 100, range: -10...10, style: .step, color: Color.series(1)))
        return Figure(axes)
    }

    @Sendable static func predictionHistograms() -> Figure {
        var random = SyntheticRandom(seed: 7)
        let signal = (0..<40000).map { _ in -abs(random.normal(0, 350)) + 40 }
        let background = (0..<40000).map { _ in -abs(random.normal(0, 900)) - 20 }
        var axes = Axes(
            title: "Raw network output, cuts $\\times$ MLP", xLabel: "network output",
            yLabel: "events per bin")
        axes.y.scale = .log
        axes.add(Histogram(values: signal, bins: 100, label: "signal", style: .step))
        axes.add(Histogram(values: background, bins: 100, label: "background", style: .step))
        return Figure(axes)
    }
}
