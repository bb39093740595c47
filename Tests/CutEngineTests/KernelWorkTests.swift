import CutEngine
import Testing

/// The per-block lane totals and the dense-work count behind `cutbook bench`'s executed GFLOP/s.
struct KernelWorkTests {
    @Test func laneTotalsAreThePairwiseSumsBitForBit() {
        var generator = SystemRandomNumberGenerator()
        for count in [0, 1, 15, 16, 17, 33, 1006] {
            let sums = (0..<count).map { _ in
                SIMD16<Float>(
                    (0..<16).map { _ in Float.random(in: -1e3...1e3, using: &generator) })
            }
            var totals = [Float](repeating: .nan, count: count)
            sums.withUnsafeBufferPointer { sums in
                totals.withUnsafeMutableBufferPointer { totals in
                    LaneTotals.write(sums.baseAddress!, count: count, into: totals.baseAddress!)
                }
            }
            // `pairwiseSum`'s order, written out: halves, quarters, eighths, then the pair.
            let expected = sums.map { v -> Float in
                let eight = v.lowHalf + v.highHalf
                let four = eight.lowHalf + eight.highHalf
                let two = four.lowHalf + four.highHalf
                return two[0] + two[1]
            }
            #expect(totals.map(\.bitPattern) == expected.map(\.bitPattern), "\(count)")
        }
    }

    @Test(arguments: [(EventLoss.seed, 1.0, 34.0), (EventLoss.sumOfSquares, 1.0, 0.0)])
    func anEpochsWorkFollowsTheLayers(
        loss: EventLoss, forwardPasses: Double, recomputed: Double
    ) throws {
        let data = try ModelReference.smallData(count: 4_000)
        let model = try Model(parsing: "mlp(2,15,30,15,1)", inputColumns: 2)
        let evaluator = try ModelEvaluator(model: model, data: data, loss: loss)
        let work = try evaluator.denseWork(model.initialParameters(seed: 3))
        // 4,000 events pad to 4,032 (multiples of 64). Layers 2→2→15→30→15→1: per event 949
        // multiply-adds per forward pass, 949 for the weight gradients and 945 for the input
        // gradients (not the first layer's), two operations each.
        // The seed loss keeps its first pass's chunks and recomputes only the 2→2 and 2→15
        // layers (34 multiply-adds) for the backward pass.
        #expect(work.dense == 2 * 4_032 * (forwardPasses * 949 + recomputed + 949 + 945))
        #expect(work.useful == work.issued)
        #expect(work.issued < work.dense)
        #expect(work.useful > 0.1 * work.dense)
    }
}
