import Foundation

extension Gallery {
    static var scanEntries: [Entry] {
        [
            Entry(
                name: "scan-significance-maximum",
                caption:
                    "S/√B of a hard cut against the cut value, with a vertical line at the maximum and its value written along it (rotated text).",
                make: significanceScan),
            Entry(
                name: "line-dashed-reference",
                caption:
                    "The gradient of the erf-relaxed S/√B against the cut, with markers: dashed zero line, dotted line at the maximum.",
                make: erfGradient),
            Entry(
                name: "twin-axes-ascent",
                caption:
                    "Gradient ascent on the erf S/√B: the metric (left axis, blue) and the cut (right axis, orange) against iteration.",
                make: twinAxesAscent),
        ]
    }

    @Sendable static func significanceScan() -> Figure {
        let (signal, background) = simpleProblem()
        let cuts = SyntheticStudy.linspace(-10, 10, 100)
        let values = cuts.map {
            SyntheticStudy.hardSignificance(signal: signal, background: background, cut: $0)
        }
        let best = values.indices.filter { values[$0].isFinite }.max { values[$0] < values[$1] }!
        var axes = Axes(
            title: "Brute-force scan of a hard cut", xLabel: "cut value $c$",
            yLabel: "$S/\\sqrt{B}$")
        axes.add(Line(x: cuts, y: values, label: "hard cut"))
        axes.add(ReferenceLine(x: cuts[best], color: .red, style: .dashed))
        axes.add(
            TextAnnotation(
                String(format: "max $S/\\sqrt{B}$ = %.2f at %.3f", values[best], cuts[best]),
                x: cuts[best], y: values[best] / 2, angle: 90, horizontal: .center,
                vertical: .bottom, color: .red))
        return Figure(axes)
    }

    static func erfSignificanceGradient(_ s: [Double], _ b: [Double], _ c: Double) -> Double {
        let h = 1e-4
        return
            (SyntheticStudy.erfSignificance(signal: s, background: b, cut: c + h)
            - SyntheticStudy.erfSignificance(signal: s, background: b, cut: c - h)) / (2 * h)
    }

    @Sendable static func erfGradient() -> Figure {
        let (signal, background) = simpleProblem()
        let cuts = SyntheticStudy.linspace(-10, 10, 100)
        let gradient = cuts.map { erfSignificanceGradient(signal, background, $0) }
        let values = cuts.map {
            SyntheticStudy.erfSignificance(signal: signal, background: background, cut: $0)
        }
        let best = values.indices.max { values[$0] < values[$1] }!
        var axes = Axes(
            title: "Gradient of the erf-relaxed $S/\\sqrt{B}$", xLabel: "cut value $c$",
            yLabel: "$\\partial(S/\\sqrt{B})/\\partial c$")
        axes.add(
            Line(
                x: cuts, y: gradient, label: "$\\delta$erf gradient", marker: .circle, markerSize: 4
            ))
        axes.add(ReferenceLine(y: 0, label: "zero", style: .dashed))
        axes.add(
            ReferenceLine(x: cuts[best], label: "maximum", color: .gray, style: .dotted, width: 1.5)
        )
        return Figure(axes)
    }

    @Sendable static func twinAxesAscent() -> Figure {
        let (signal, background) = simpleProblem()
        var cut = 5.45
        var cuts: [Double] = []
        var metric: [Double] = []
        for _ in 0..<50 {
            cuts.append(cut)
            metric.append(
                SyntheticStudy.erfSignificance(signal: signal, background: background, cut: cut))
            cut += 0.06 * erfSignificanceGradient(signal, background, cut)
        }
        var axes = Axes(title: "Gradient ascent, learning rate 0.06", xLabel: "iteration")
        axes.y = AxisOptions(label: "$S/\\sqrt{B}$ (erf)", color: Color.series(0))
        axes.y2 = AxisOptions(label: "cut value $c$", color: Color.series(1))
        axes.add(Line(y: metric, label: "$S/\\sqrt{B}$", color: Color.series(0)))
        axes.add(Line(y: cuts, label: "cut", color: Color.series(1), style: .dashed), on: .right)
        axes.legend = .center
        return Figure(axes)
    }
}
