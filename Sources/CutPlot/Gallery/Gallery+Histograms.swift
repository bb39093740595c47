extension Gallery {
    static var histogramEntries: [Entry] {
        [
            Entry(
                name: "histogram-overlaid-log",
                caption: "Signal and background histograms (100 bins) overlaid: filled with transparency, step outlines, log y axis.",
                make: overlaidHistograms)
        ]
    }

    @Sendable static func overlaidHistograms() -> Figure {
        let (signal, background) = simpleProblem()
        var axes = Axes(title: "Signal and background", xLabel: "$x$", yLabel: "events per bin")
        axes.y.scale = .log
        axes.add(Histogram(values: background, bins: 100, range: -10...10, label: "background", style: .filled, alpha: 0.4))
        axes.add(Histogram(values: signal, bins: 100, range: -10...10, label: "signal", style: .filled, alpha: 0.4))
        axes.add(Histogram(values: background, bins: 100, range: -10...10, color: Color.series(0)))
        axes.add(Histogram(values: signal, bins: 100, range: -10...10, color: Color.series(1)))
        return Figure(axes)
    }
}
