import Foundation

/// Evaluates a compiled model on a batch of events: the loss and its gradient with respect to
/// every parameter (one training epoch's work), the loss alone, or the raw outputs.
///
/// Work is split into fixed blocks of `EventBatch.blockChunks` chunks. A block adds its chunks'
/// gradient terms into its thread's lane sums (one vector per parameter, which stays in that
/// core's cache), then writes each parameter's lane total, added across lanes in a fixed order,
/// to its own slot; the slots and the loss partials are added in block order in `Double`. So the
/// results do not depend on the number of threads or on which thread ran which block, and the
/// per-block memory is one `Float` per parameter instead of a vector.
final class KernelEvaluator: @unchecked Sendable {
    let graph: KernelGraph
    let batch: EventBatch
    let loss: EventLoss
    let executor: BlockExecutor
    let workspaces: [KernelWorkspace]
    /// The batch's arrays, pinned for the kernels: features, truth, validity.
    private let memory: UnsafeMutablePointer<FloatVector>
    let features: UnsafeMutablePointer<FloatVector>
    private let truth: UnsafeMutablePointer<FloatVector>
    private let valid: UnsafeMutablePointer<FloatVector>
    /// Per block: `parameterCount` gradient partials, each the block's lane sums added across
    /// lanes.
    private let blockGradients: UnsafeMutableBufferPointer<Float>
    /// Per block: two scalar sums.
    private let blockScalars: UnsafeMutableBufferPointer<Double>

    init(graph: KernelGraph, batch: EventBatch, loss: EventLoss, executor: BlockExecutor) {
        self.graph = graph
        self.batch = batch
        self.loss = loss
        self.executor = executor
        workspaces = (0..<executor.threadCount).map { _ in KernelWorkspace(graph: graph) }
        let vectors = batch.vectors
        memory = .allocate(capacity: (batch.columns + 2) * vectors)
        features = memory
        truth = memory + batch.columns * vectors
        valid = truth + vectors
        features.initialize(from: batch.features, count: batch.columns * vectors)
        truth.initialize(from: batch.truth, count: vectors)
        valid.initialize(from: batch.valid, count: vectors)
        blockGradients = .allocate(capacity: max(1, batch.blockCount * graph.parameterCount))
        blockGradients.initialize(repeating: 0)
        blockScalars = .allocate(capacity: 2 * batch.blockCount)
        blockScalars.initialize(repeating: 0)
    }

    deinit {
        memory.deallocate()
        blockGradients.deallocate()
        blockScalars.deallocate()
    }

    /// The loss and its gradient (one float per parameter, in the flat parameter order).
    func lossAndGradient(parameters: [Float], into gradient: inout [Float]) -> Double {
        precondition(parameters.count == graph.parameterCount, "wrong parameter count")
        var normaliser: Float = 1
        var value = 0.0
        if loss == .seed {
            let (expSum, truthDot) = parameters.withUnsafeBufferPointer {
                normalisationPass(parameters: $0.baseAddress!)
            }
            normaliser = Float(expSum)
            value = -truthDot + batch.truthSum * Foundation.log(expSum)
        }
        let passValue = parameters.withUnsafeBufferPointer {
            gradientPass(parameters: $0.baseAddress!, normaliser: normaliser)
        }
        if loss != .seed { value = passValue }
        let count = graph.parameterCount
        if gradient.count != count { gradient = [Float](repeating: 0, count: count) }
        gradient.withUnsafeMutableBufferPointer { target in
            let partials = blockGradients.baseAddress!
            for index in 0..<count {
                var sum = 0.0
                for block in 0..<batch.blockCount { sum += Double(partials[block * count + index]) }
                target[index] = Float(sum)
            }
        }
        return value
    }

    /// The loss alone (forward passes only).
    func lossValue(parameters: [Float]) -> Double {
        precondition(parameters.count == graph.parameterCount, "wrong parameter count")
        return parameters.withUnsafeBufferPointer { pointer in
            let p = pointer.baseAddress!
            if loss == .seed {
                let (expSum, truthDot) = normalisationPass(parameters: p)
                return -truthDot + batch.truthSum * Foundation.log(expSum)
            }
            return forwardLossPass(parameters: p)
        }
    }

    /// The model's raw output for every event, in the caller's event order.
    func outputs(parameters: [Float]) -> [Float] {
        precondition(parameters.count == graph.parameterCount, "wrong parameter count")
        var sorted = [Float](repeating: 0, count: batch.vectors * FloatVector.scalarCount)
        parameters.withUnsafeBufferPointer { pointer in
            sorted.withUnsafeMutableBufferPointer { target in
                let p = pointer.baseAddress!
                let out = UnsafeMutableRawPointer(target.baseAddress!)
                    .assumingMemoryBound(to: FloatVector.self)
                executor.run(taskCount: batch.blockCount) { block, worker in
                    let workspace = workspaces[worker]
                    for chunk in batch.blockChunks(block) {
                        let vectors = forwardChunk(chunk, parameters: p, workspace: workspace)
                        let first = batch.chunkRange(chunk).lowerBound
                        (out + first).update(from: workspace.outputs.last!, count: vectors)
                    }
                }
            }
        }
        var result = [Float](repeating: 0, count: batch.count)
        for (position, index) in batch.order.enumerated() { result[index] = sorted[position] }
        return result
    }

    @inline(__always)
    private func forwardChunk(
        _ chunk: Int, parameters: UnsafePointer<Float>, workspace: KernelWorkspace
    ) -> Int {
        let vectors = graph.loadFeatures(
            features, vectorsPerColumn: batch.vectors, range: batch.chunkRange(chunk),
            into: workspace)
        graph.forward(parameters: parameters, workspace: workspace, vectors: vectors)
        return vectors
    }

    /// Pass one of the seed loss: Σ exp(sigmoid(out)) and Σ t·sigmoid(out) over real events.
    private func normalisationPass(parameters: UnsafePointer<Float>) -> (Double, Double) {
        executor.run(taskCount: batch.blockCount) { block, worker in
            let workspace = workspaces[worker]
            var expSum = FloatVector()
            var truthDot = FloatVector()
            for chunk in batch.blockChunks(block) {
                let vectors = forwardChunk(chunk, parameters: parameters, workspace: workspace)
                let first = batch.chunkRange(chunk).lowerBound
                LossHead.seedNormalisation(
                    output: workspace.outputs.last!, truth: truth + first, valid: valid + first,
                    vectors: vectors, expSum: &expSum, truthDot: &truthDot)
            }
            blockScalars[2 * block] = Double(expSum.pairwiseSum)
            blockScalars[2 * block + 1] = Double(truthDot.pairwiseSum)
        }
        var expSum = 0.0
        var truthDot = 0.0
        for block in 0..<batch.blockCount {
            expSum += blockScalars[2 * block]
            truthDot += blockScalars[2 * block + 1]
        }
        return (expSum, truthDot)
    }

    /// The value of a per-event loss (sum of squares or mean cross-entropy), forward only.
    private func forwardLossPass(parameters: UnsafePointer<Float>) -> Double {
        executor.run(taskCount: batch.blockCount) { block, worker in
            let workspace = workspaces[worker]
            var lossSum = FloatVector()
            for chunk in batch.blockChunks(block) {
                let vectors = forwardChunk(chunk, parameters: parameters, workspace: workspace)
                headGradient(
                    chunk, vectors: vectors, normaliser: 1, lossSum: &lossSum,
                    into: nil, workspace: workspace)
            }
            blockScalars[2 * block] = Double(lossSum.pairwiseSum)
        }
        return perEventLossTotal()
    }

    private func perEventLossTotal() -> Double {
        var total = 0.0
        for block in 0..<batch.blockCount { total += blockScalars[2 * block] }
        return loss == .meanBinaryCrossEntropy ? total / batch.weightSum : total
    }

    /// Writes the loss gradient at the model output for one chunk (and adds per-event loss
    /// terms to `lossSum`).
    @inline(__always)
    private func headGradient(
        _ chunk: Int, vectors: Int, normaliser: Float, lossSum: inout FloatVector,
        into gradient: UnsafeMutablePointer<FloatVector>?, workspace: KernelWorkspace
    ) {
        let first = batch.chunkRange(chunk).lowerBound
        let output = UnsafePointer(workspace.outputs.last!)
        switch loss {
        case .seed:
            LossHead.seedGradient(
                output: output, truth: truth + first, valid: valid + first, vectors: vectors,
                truthSum: Float(batch.truthSum), normaliser: normaliser,
                into: gradient ?? workspace.headGradient)
        case .sumOfSquares:
            LossHead.squares(
                output: output, truth: truth + first, valid: valid + first, vectors: vectors,
                weighted: batch.isWeighted, loss: &lossSum, into: gradient)
        case .meanBinaryCrossEntropy:
            LossHead.bce(
                output: output, truth: truth + first, valid: valid + first, vectors: vectors,
                total: batch.weightSum, loss: &lossSum, into: gradient)
        }
    }

    /// The pass that back-propagates: fills the block gradients and returns the value of a
    /// per-event loss (unused for the seed loss).
    private func gradientPass(parameters: UnsafePointer<Float>, normaliser: Float) -> Double {
        let count = graph.parameterCount
        executor.run(taskCount: batch.blockCount) { block, worker in
            let workspace = workspaces[worker]
            let laneSums = workspace.laneSums
            laneSums.update(repeating: FloatVector(), count: count)
            var lossSum = FloatVector()
            for chunk in batch.blockChunks(block) {
                let vectors = forwardChunk(chunk, parameters: parameters, workspace: workspace)
                headGradient(
                    chunk, vectors: vectors, normaliser: normaliser, lossSum: &lossSum,
                    into: workspace.headGradient, workspace: workspace)
                graph.backward(
                    parameters: parameters, workspace: workspace, laneSums: laneSums,
                    vectors: vectors)
            }
            let partials = blockGradients.baseAddress! + block * count
            LaneTotals.write(laneSums, count: count, into: partials)
            blockScalars[2 * block] = Double(lossSum.pairwiseSum)
        }
        return perEventLossTotal()
    }
}
