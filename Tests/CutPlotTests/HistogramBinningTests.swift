import CutPlot
import Testing

/// Histogram binning with event weights and unit-area normalisation, against numpy's
/// `np.histogram(values, bins, range, weights=…, density=…)` worked out by hand.
struct HistogramBinningTests {
    @Test func weightsAreSummedPerBin() {
        // Bins [0, 1), [1, 2), [2, 3]: 0.5 and 0.9 fall in the first, 3 in the last (closed).
        let histogram = Histogram(
            values: [0.5, 0.9, 1.5, 3, 7], weights: [2, 0.5, 1.25, 4, 100], bins: 3,
            range: 0...3)
        #expect(histogram.counts == [2.5, 1.25, 4])
        #expect(histogram.edges == [0, 1, 2, 3])
    }

    @Test func unweightedValuesCountOnce() {
        let histogram = Histogram(values: [0.5, 0.9, 1.5, 3, .nan], bins: 3, range: 0...3)
        #expect(histogram.counts == [2, 1, 1])
    }

    @Test func densityGivesUnitArea() {
        // Weighted total in range 7.75 over bins of width 0.5: each bin / (7.75 × 0.5).
        let histogram = Histogram(
            values: [0.2, 0.4, 0.7, 1.9], weights: [1, 2, 0.75, 4], bins: 4, range: 0...2,
            density: true)
        let expected = [3, 0.75, 0, 4].map { $0 / (7.75 * 0.5) }
        for (found, wanted) in zip(histogram.counts, expected) {
            #expect(abs(found - wanted) < 1e-12)
        }
        let area = histogram.counts.reduce(0, +) * 0.5
        #expect(abs(area - 1) < 1e-12)
        let empty = Histogram(values: [5.0], bins: 2, range: 0...1, density: true)
        #expect(empty.counts == [0, 0])
    }

    @Test func twoDimensionalHistogramsSumWeights() {
        let grid = Grid2D.histogram(
            x: [0.1, 0.2, 0.9], y: [0.1, 0.3, 0.9], weights: [1.5, 2, 0.25], bins: 2,
            xRange: 0...1, yRange: 0...1)
        #expect(grid.values == [[3.5, 0], [0, 0.25]])
    }
}
