import CutEngine
import Foundation
import Testing

@Test func study2ScanRangeIsTheCataloguesRange() throws {
    let data = StudySamples.relaxationComparison()
    let (low, high) = try paddedRange(of: try data.column(named: "x"))
    #expect(String(format: "%.4f", low) == "-17.0294")
    #expect(String(format: "%.4f", high) == "18.6516")
}

@Test func study2BalancedSignificanceIsNaNAtTheHighEnd() throws {
    let data = StudySamples.relaxationComparison()
    let x = try data.column(named: "x")
    let signal = x.indices.filter { data.truth[$0] == 1 }.map { x[$0] }
    let background = x.indices.filter { data.truth[$0] == 0 }.map { x[$0] }
    let (low, high) = try paddedRange(of: x)
    let scan = try CutScan.scan(
        loss: .significance, relaxation: .balancedSigmoid, signal: signal,
        background: background, cuts: try linspace(low, high, count: 100))
    #expect(scan.values.last!.isNaN)
    #expect(!scan.values.first!.isNaN)
}

@Test func study5WindowOfHalfWidth2Point5ReproducesTheFullGradient() throws {
    let data = StudySamples.mlLoss()
    let (gradients, full) = try MaskedWindowGradient.scan(
        relaxation: .erf, column: try data.column(named: "x"), truth: data.truth, cut: 0,
        halfWidths: try linspace(1, 4, count: 40))
    let widths = try linspace(1, 4, count: 40)
    let atTwoAndAHalf = widths.firstIndex { $0 >= 2.5 }!
    #expect(abs(gradients[atTwoAndAHalf] - full) < 0.01 * abs(full))
    #expect(abs(gradients[0] - full) > 0.05 * abs(full))
}
