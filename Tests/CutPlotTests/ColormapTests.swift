import CutPlot
import Testing

private func close(_ c: Color, _ r: Double, _ g: Double, _ b: Double) -> Bool {
    abs(c.red - r) < 1e-6 && abs(c.green - g) < 1e-6 && abs(c.blue - b) < 1e-6
}

@Test func viridisEndPointsMatchItsTable() {
    #expect(close(Colormap.viridis.color(at: 0), 0.267004, 0.004874, 0.329415))
    #expect(close(Colormap.viridis.color(at: 1), 0.993248, 0.906157, 0.143936))
    #expect(close(Colormap.viridis.color(at: 128.0 / 255), 0.127568, 0.566949, 0.550556))
}

@Test func coolwarmEndPointsAndMiddle() {
    #expect(close(Colormap.coolwarm.color(at: 0), 0.2298057, 0.298717966, 0.753683153))
    #expect(close(Colormap.coolwarm.color(at: 0.5), 0.865395197, 0.86541021, 0.865395561))
    #expect(close(Colormap.coolwarm.color(at: 1), 0.705673158, 0.01555616, 0.150232812))
}

@Test func rainbowEndPoints() {
    #expect(close(Colormap.rainbow.color(at: 0), 0.5, 0, 1))
    let top = Colormap.rainbow.color(at: 1)
    #expect(abs(top.red - 1) < 1e-9 && top.green < 1e-9 && top.blue < 1e-9)
}

@Test func colormapsClampOutsideTheUnitInterval() {
    #expect(Colormap.viridis.color(at: -3) == Colormap.viridis.color(at: 0))
    #expect(Colormap.viridis.color(at: 7) == Colormap.viridis.color(at: 1))
}

@Test func unknownColormapNamesTheValidOnes() {
    #expect(
        throws: PlotError.unknownName(
            kind: "colormap", name: "virdis", valid: ["viridis", "coolwarm", "rainbow"])
    ) {
        try Colormap(named: "virdis")
    }
    let message =
        "\(PlotError.unknownName(kind: "colormap", name: "virdis", valid: ["viridis", "coolwarm", "rainbow"]))"
    #expect(message.contains("viridis, coolwarm, rainbow"))
}

@Test func knownNamesResolve() throws {
    #expect(try Colormap(named: "Coolwarm") == .coolwarm)
    #expect(try LineStyle(named: "--") == .dashed)
    #expect(try MarkerShape(named: "o") == .circle)
    #expect(try Color(named: "C1") == Color.series(1))
}

@Test func unknownStyleNamesListTheValidOnes() {
    do {
        _ = try LineStyle(named: "wavy")
        Issue.record("expected an error")
    } catch {
        #expect("\(error)".contains("solid, dashed, dotted, dashdot"))
    }
    #expect(throws: PlotError.self) { try MarkerShape(named: "star") }
    #expect(throws: PlotError.self) { try HistogramStyle(named: "bars") }
    #expect(throws: PlotError.self) { try ScaleKind(named: "symlog") }
    #expect(throws: PlotError.self) { try Color(named: "chartreuse-ish") }
    #expect(throws: PlotError.self) { try LegendPosition(named: "top") }
}
