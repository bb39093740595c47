import Foundation

/// Evaluates a compiled model on a batch of events: the loss and its gradient with respect to
/// every parameter (one training epoch's work), the loss alone, or the raw outputs.
///
/// Work is split into fixed blocks of `EventBatch.blockChunks` chunks. Each block writes its own
/// gradient and loss partials, and the partials are added in block order in `Double`, so the
/// results do not depend on the number of threads or on which thread ran which block.
final class KernelEvaluator: @unchecked Sendable {
    let graph: KernelGraph
    let batch: EventBatch
    let loss: EventLoss
    let executor: BlockExecutor
    private let workspaces: [KernelWorkspace]
    private var blockGradients: [Float]
    private var blockScalars: [Double]
    private var transposed: [Float]

    init(graph: KernelGraph, batch: EventBatch, loss: EventLoss, executor: BlockExecutor) {
        self.graph = graph
        self.batch = batch
        self.loss = loss
        self.executor = executor
        workspaces = (0..<executor.threadCount).map { _ in KernelWorkspace(graph: graph) }
        blockGradients = [Float](repeating: 0, count: batch.blockCount * graph.parameterCount)
        blockScalars = [Double](repeating: 0, count: batch.blockCount * 2)
        transposed = [Float](repeating: 0, count: max(1, graph.transposedCount))
    }

    /// The loss and its gradient (one float per parameter, in the flat parameter order).
    func lossAndGradient(parameters: [Float]) -> (loss: Double, gradient: [Float]) {
        precondition(parameters.count == graph.parameterCount, "wrong parameter count")
        parameters.withUnsafeBufferPointer { p in
            transposed.withUnsafeMutableBufferPointer { t in
                graph.transposeWeights(parameters: p.baseAddress!, into: t.baseAddress!)
            }
        }
        var normaliser: Float = 1
        var value = 0.0
        if loss == .seed {
            let (expSum, truthDot) = normalisationPass(parameters: parameters)
            normaliser = Float(expSum)
            value = -truthDot + batch.truthSum * Foundation.log(expSum)
        }
        let passValue = gradientPass(parameters: parameters, normaliser: normaliser)
        if loss != .seed { value = passValue }
        var gradient = [Float](repeating: 0, count: graph.parameterCount)
        var sums = [Double](repeating: 0, count: graph.parameterCount)
        for block in 0..<batch.blockCount {
            let base = block * graph.parameterCount
            for index in 0..<graph.parameterCount {
                sums[index] += Double(blockGradients[base + index])
            }
        }
        for index in 0..<graph.parameterCount { gradient[index] = Float(sums[index]) }
        return (value, gradient)
    }

    /// Pass one of the seed loss: Σ exp(sigmoid(out)) and Σ t·sigmoid(out) over real events.
    private func normalisationPass(parameters: [Float]) -> (expSum: Double, truthDot: Double) {
        let batch = batch
        let graph = graph
        blockScalars.withUnsafeMutableBufferPointer { scalars in
            parameters.withUnsafeBufferPointer { p in
                batch.truth.withUnsafeBufferPointer { truth in
                    batch.valid.withUnsafeBufferPointer { valid in
                        executor.run(taskCount: batch.blockCount) { block, worker in
                            let workspace = workspaces[worker]
                            var expSum = FloatVector()
                            var truthDot = FloatVector()
                            for chunk in batch.blockChunks(block) {
                                let vectors = graph.loadFeatures(batch, chunk: chunk, into: workspace)
                                graph.forward(
                                    parameters: p.baseAddress!, workspace: workspace,
                                    vectors: vectors)
                                let first = batch.chunkRange(chunk).lowerBound
                                LossHead.seedNormalisation(
                                    output: workspace.outputs.last!,
                                    truth: truth.baseAddress! + first,
                                    valid: valid.baseAddress! + first, vectors: vectors,
                                    expSum: &expSum, truthDot: &truthDot)
                            }
                            scalars[2 * block] = Double(expSum.pairwiseSum)
                            scalars[2 * block + 1] = Double(truthDot.pairwiseSum)
                        }
                    }
                }
            }
        }
        var expSum = 0.0
        var truthDot = 0.0
        for block in 0..<batch.blockCount {
            expSum += blockScalars[2 * block]
            truthDot += blockScalars[2 * block + 1]
        }
        return (expSum, truthDot)
    }

    /// The pass that back-propagates: fills the block gradients and returns the loss of
    /// per-event losses (unused for the seed loss).
    private func gradientPass(parameters: [Float], normaliser: Float) -> Double {
        let batch = batch
        let graph = graph
        let loss = loss
        let truthSum = Float(batch.truthSum)
        let parameterCount = graph.parameterCount
        blockScalars.withUnsafeMutableBufferPointer { scalars in
            blockGradients.withUnsafeMutableBufferPointer { partials in
                parameters.withUnsafeBufferPointer { p in
                    transposed.withUnsafeBufferPointer { t in
                        batch.truth.withUnsafeBufferPointer { truth in
                            batch.valid.withUnsafeBufferPointer { valid in
                                executor.run(taskCount: batch.blockCount) { block, worker in
                                    let workspace = workspaces[worker]
                                    workspace.laneSums.update(
                                        repeating: FloatVector(), count: parameterCount)
                                    var lossSum = FloatVector()
                                    for chunk in batch.blockChunks(block) {
                                        let vectors = graph.loadFeatures(
                                            batch, chunk: chunk, into: workspace)
                                        graph.forward(
                                            parameters: p.baseAddress!, workspace: workspace,
                                            vectors: vectors)
                                        let first = batch.chunkRange(chunk).lowerBound
                                        let output = UnsafePointer(workspace.outputs.last!)
                                        let tr = truth.baseAddress! + first
                                        let va = valid.baseAddress! + first
                                        switch loss {
                                        case .seed:
                                            LossHead.seedGradient(
                                                output: output, truth: tr, valid: va,
                                                vectors: vectors, truthSum: truthSum,
                                                normaliser: normaliser,
                                                into: workspace.headGradient)
                                        case .sumOfSquares:
                                            LossHead.squares(
                                                output: output, truth: tr, valid: va,
                                                vectors: vectors, loss: &lossSum,
                                                into: workspace.headGradient)
                                        case .meanBinaryCrossEntropy:
                                            LossHead.bce(
                                                output: output, truth: tr, valid: va,
                                                vectors: vectors, count: batch.count,
                                                loss: &lossSum, into: workspace.headGradient)
                                        }
                                        graph.backward(
                                            transposed: t.baseAddress!, workspace: workspace,
                                            vectors: vectors)
                                    }
                                    let target = partials.baseAddress! + block * parameterCount
                                    for index in 0..<parameterCount {
                                        target[index] = workspace.laneSums[index].pairwiseSum
                                    }
                                    scalars[2 * block] = Double(lossSum.pairwiseSum)
                                }
                            }
                        }
                    }
                }
            }
        }
        var total = 0.0
        for block in 0..<batch.blockCount { total += blockScalars[2 * block] }
        return loss == .meanBinaryCrossEntropy ? total / Double(batch.count) : total
    }
}
