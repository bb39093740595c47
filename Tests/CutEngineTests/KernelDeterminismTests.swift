import CutEngine
import Testing

/// The kernels split work into fixed blocks reduced in a fixed order, so one and two threads
/// must give bit-identical losses, gradients and outputs.
struct KernelDeterminismTests {
    static let single = BlockExecutor(threadCount: 1)
    static let double = BlockExecutor(threadCount: 2)
    /// Models and losses both tests run: the workshop's network and model C, cuts alone, and a
    /// network of one partial register block.
    static let models = [
        ("mlp(2,15,30,15,1)", EventLoss.seed),
        ("cuts(sigmoid, init=(1,1)) * sigmoid(mlp(2,15,30,15,1))", EventLoss.sumOfSquares),
        ("cuts(erf, init=(1,1))", EventLoss.seed),
        ("mlp(2,7,1)", EventLoss.meanBinaryCrossEntropy),
    ]

    @Test(arguments: models)
    func oneAndTwoThreadsAgreeBitForBit(text: String, loss: EventLoss) throws {
        try expectSameBits(text, loss: loss, seed: 11) { model, data in
            (
                try ModelEvaluator(model: model, data: data, loss: loss, executor: Self.single),
                try ModelEvaluator(model: model, data: data, loss: loss, executor: Self.double)
            )
        }
    }

    /// The register blocks sized for AVX-512 and for 16-register CPUs hold different sums in
    /// registers together but add every term in the same order: the same bits, on any CPU.
    @Test(arguments: models)
    func wideAndNarrowRegisterBlocksAgreeBitForBit(text: String, loss: EventLoss) throws {
        try expectSameBits(text, loss: loss, seed: 5) { model, data in
            (
                try ModelEvaluator(
                    model: model, data: data, loss: loss, executor: Self.double, blocks: .wide),
                try ModelEvaluator(
                    model: model, data: data, loss: loss, executor: Self.single, blocks: .narrow)
            )
        }
    }

    /// Evaluates `text` on 20,011 events with both evaluators `make` returns and expects the
    /// same loss, gradient and outputs, bit for bit.
    private func expectSameBits(
        _ text: String, loss: EventLoss, seed: UInt32,
        _ make: (Model, Dataset) throws -> (ModelEvaluator, ModelEvaluator)
    ) throws {
        let data = try ModelReference.smallData(count: 20_011)
        let model = try Model(parsing: text, inputColumns: 2)
        let parameters = model.initialParameters(seed: seed)
        let (one, two) = try make(model, data)
        let (lossOne, gradientOne) = try one.lossAndGradient(parameters)
        let (lossTwo, gradientTwo) = try two.lossAndGradient(parameters)
        #expect(lossOne.bitPattern == lossTwo.bitPattern)
        #expect(gradientOne.values.map(\.bitPattern) == gradientTwo.values.map(\.bitPattern))
        #expect(try one.outputs(parameters) == two.outputs(parameters))
        #expect(try one.lossValue(parameters).bitPattern == lossOne.bitPattern)
    }

    @Test func repeatedEvaluationsAreIdentical() throws {
        let data = try ModelReference.smallData(count: 5_000)
        let model = try Model(parsing: "mlp(2,15,30,15,1)", inputColumns: 2)
        let parameters = model.initialParameters(seed: 1)
        let evaluator = try ModelEvaluator(model: model, data: data, executor: Self.double)
        let first = try evaluator.lossAndGradient(parameters)
        for _ in 0..<5 {
            let again = try evaluator.lossAndGradient(parameters)
            #expect(again.loss.bitPattern == first.loss.bitPattern)
            #expect(again.gradient == first.gradient)
        }
    }

    @Test func executorRunsEveryTaskOnce() {
        var counts = [Int](repeating: 0, count: 1000)
        counts.withUnsafeMutableBufferPointer { buffer in
            Self.double.run(taskCount: buffer.count) { task, _ in buffer[task] += 1 }
        }
        #expect(counts.allSatisfy { $0 == 1 })
    }
}
