import CutEngine
import Testing

/// Event weights and the seeded, stratified split of a data set.
struct DatasetSplitTests {
    static func events() throws -> Dataset {
        let count = 1_001
        let truth = (0..<count).map { Float($0 % 4 == 0 ? 1 : 0) }
        return try Dataset(
            columns: [("x", (0..<count).map(Float.init))], truth: truth,
            weights: (0..<count).map { Float($0 % 7) / 7 + 0.5 })
    }

    @Test func splitKeepsEachClassShare() throws {
        let data = try Self.events()
        let (train, test) = try data.split(fraction: 0.7, seed: 5)
        #expect(train.signalCount == Int((0.7 * Double(data.signalCount)).rounded()))
        #expect(train.backgroundCount == Int((0.7 * Double(data.backgroundCount)).rounded()))
        #expect(train.count + test.count == data.count)
        let together = Set(train.columns[0] + test.columns[0])
        #expect(together.count == data.count, "the parts are disjoint and cover every event")
        // Events keep their weights and their order.
        for part in [train, test] {
            #expect(part.columns[0] == part.columns[0].sorted())
            for (x, w) in zip(part.columns[0], part.weights!) {
                #expect(w == data.weights![Int(x)])
            }
        }
    }

    @Test func splitIsReproducibleAndSeeded() throws {
        let data = try Self.events()
        #expect(try data.split(fraction: 0.7, seed: 5) == data.split(fraction: 0.7, seed: 5))
        #expect(
            try data.split(fraction: 0.7, seed: 5).first != data.split(fraction: 0.7, seed: 6).first
        )
    }

    @Test func splitRefusesBadFractionsAndEmptyParts() throws {
        let data = try Self.events()
        #expect(throws: DatasetError.invalidSplitFraction(1)) {
            try data.split(fraction: 1, seed: 1)
        }
        let tiny = try Dataset(columns: [("x", [1, 2, 3])], truth: [1, 0, 0])
        #expect(throws: DatasetError.self) { try tiny.split(fraction: 0.7, seed: 1) }
    }

    @Test func weightsAreCheckedAndCarried() throws {
        #expect(throws: DatasetError.self) {
            try Dataset(columns: [("x", [1, 2])], truth: [1, 0], weights: [1])
        }
        #expect(throws: DatasetError.invalidWeight(event: 1, value: .infinity)) {
            try Dataset(columns: [("x", [1, 2])], truth: [1, 0], weights: [1, .infinity])
        }
        let data = try Dataset(columns: [("x", [1, 2, 3])], truth: [1, 0, 1], weights: [2, 3, 4])
        #expect(data.events(at: [2, 0]).weights == [4, 2])
        #expect(
            try Dataset.concatenating([data, data.withWeights(nil)]).weights == [2, 3, 4, 1, 1, 1])
        #expect(try Dataset(columns: [("x", [1])], truth: [1]).eventWeights == [1])
    }
}
