import CutPlot
import Foundation
import Testing

@Test func niceStepsAreOneTwoOrFiveTimesAPowerOfTen() {
    #expect(Ticks.step(lower: 0, upper: 10, maxIntervals: 9) == 2)
    #expect(Ticks.step(lower: -10.5, upper: 10.5, maxIntervals: 9) == 5)
    #expect(Ticks.step(lower: 0, upper: 1, maxIntervals: 5) == 0.2)
    #expect(Ticks.step(lower: 3.6, upper: 3.7, maxIntervals: 5) == 0.02)
    #expect(Ticks.step(lower: 0, upper: 450_000, maxIntervals: 8) == 100_000)
}

@Test func linearTicksStayInsideTheLimits() {
    let ticks = Ticks.linear(lower: -10.5, upper: 10.5, maxIntervals: 9)
    #expect(ticks == [-10, -5, 0, 5, 10])
    let fine = Ticks.linear(lower: 0.05, upper: 0.95, maxIntervals: 9)
    #expect(fine.first! >= 0.05 && fine.last! <= 0.95)
}

@Test func logTicksAreDecadesWithMinorTicks() {
    let (major, minor) = Ticks.log(lower: 0.5, upper: 2000, maxIntervals: 9)
    #expect(major == [1, 10, 100, 1000])
    #expect(minor.contains(2) && minor.contains(900) && minor.contains(2000) && !minor.contains(1))
}

@Test func limitsKeepHistogramsOnZero() {
    let (lo, hi) = Ticks.limits(dataLower: 0, dataUpper: 100, sticky: [0], kind: .linear)
    #expect(lo == 0)
    #expect(abs(hi - 105) < 1e-9)
    let (a, b) = Ticks.limits(dataLower: -2, dataUpper: 8, sticky: [], kind: .linear)
    #expect(abs(a + 2.5) < 1e-9 && abs(b - 8.5) < 1e-9)
}

@Test func singleValueLimitsGetASpan() {
    let (lo, hi) = Ticks.limits(dataLower: 3, dataUpper: 3, sticky: [], kind: .linear)
    #expect(lo < 3 && hi > 3)
    let (a, b) = Ticks.limits(dataLower: 10, dataUpper: 10, sticky: [], kind: .log)
    #expect(a < 10 && b > 10 && a > 0)
}

@Test func logLimitsUseMarginsInLogSpace() {
    let (lo, hi) = Ticks.limits(dataLower: 1, dataUpper: 1000, sticky: [], kind: .log)
    #expect(abs(log10(lo) + 0.15) < 1e-9)
    #expect(abs(log10(hi) - 3.15) < 1e-9)
}

@Test func tickLabelsUseARealMinusSign() {
    let labels = Ticks.labels([-10, -5, 0, 5, 10], step: 5)
    #expect(labels.labels == ["\u{2212}10", "\u{2212}5", "0", "5", "10"])
    #expect(labels.factor == nil)
    #expect(!labels.labels.joined().contains("-"))
}

@Test func tickLabelsNeverShowMinusZero() {
    let labels = Ticks.labels([-0.0000000001, 0.5], step: 0.5)
    #expect(labels.labels == ["0.0", "0.5"])
}

@Test func largeTickValuesShareAFactor() {
    let labels = Ticks.labels([440_000, 445_000, 450_000], step: 5000)
    #expect(labels.labels == ["4.40", "4.45", "4.50"])
    #expect(labels.factor == "$\\times10^{5}$")
}

@Test func logXAxisDrawsWithoutWarnings() throws {
    var axes = Axes(xLabel: "events", yLabel: "time")
    axes.x.scale = .log
    axes.add(Line(x: [10.0, 100, 1000, 10000], y: [1.0, 2, 3, 4], marker: .square))
    let figure = Figure(axes)
    #expect(figure.warnings.isEmpty)
    let svg = String(decoding: try figure.svgData(), as: UTF8.self)
    #expect(svg.contains("<path"))
}

@Test func narrowLogRangesLabelTheMultiples() {
    let (major, minor) = Ticks.log(lower: 2, upper: 9, maxIntervals: 8)
    #expect(major.isEmpty)
    #expect(minor == [2, 3, 4, 5, 6, 7, 8, 9])
}
