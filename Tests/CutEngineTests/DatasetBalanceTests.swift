import CutEngine
import Testing

/// Class balancing of event weights (`Dataset.classBalanced()`), which classifier losses train
/// with on weighted data.
struct DatasetBalanceTests {
    @Test func eachClassWeighsHalfTheEventsAndKeepsItsShape() throws {
        let data = try DatasetSplitTests.events()
        let balanced = try data.classBalanced()
        var totals = [0.0, 0.0]
        for (weight, label) in zip(balanced.weights!, balanced.truth) {
            totals[Int(label)] += Double(weight)
        }
        #expect(abs(totals[0] - Double(data.count) / 2) < 1e-3)
        #expect(abs(totals[1] - Double(data.count) / 2) < 1e-3)
        // Within a class, ratios of weights are unchanged.
        let signal = zip(data.weights!, balanced.weights!).enumerated().filter {
            data.truth[$0.offset] == 1
        }.map(\.element)
        let ratios = signal.map { Double($0.1) / Double($0.0) }
        #expect(ratios.allSatisfy { abs($0 - ratios[0]) < 1e-6 * ratios[0] })
        #expect(balanced.columns == data.columns && balanced.truth == data.truth)
    }

    @Test func classWeightTotalsSumEachClass() throws {
        let data = try Dataset(
            columns: [("x", [1, 2, 3, 4])], truth: [1, 0, 1, 0], weights: [0.5, 2, 0.25, 3])
        #expect(data.classWeightTotals == (0.75, 5))
        let counts = try Dataset(columns: [("x", [1, 2, 3])], truth: [1, 0, 0])
        #expect(counts.classWeightTotals == (1, 2))
    }

    @Test func unweightedEventsBalanceTheirCounts() throws {
        let data = try Dataset(columns: [("x", [1, 2, 3, 4])], truth: [1, 0, 0, 0])
        let balanced = try data.classBalanced()
        let third = Float(2) / 3
        #expect(balanced.weights == [2, third, third, third])
    }

    @Test func aClassThatWeighsNothingIsRefused() throws {
        let data = try Dataset(
            columns: [("x", [1, 2, 3])], truth: [1, 1, 0], weights: [0.5, -0.5, 1])
        #expect(throws: DatasetError.unbalanceableClass(className: "signal", totalWeight: 0)) {
            try data.classBalanced()
        }
        let message = DatasetError.unbalanceableClass(className: "signal", totalWeight: 0)
            .description
        #expect(message.contains("balance=none"))
    }
}
