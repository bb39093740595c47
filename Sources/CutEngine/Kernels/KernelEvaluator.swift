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
///
/// The seed loss needs the batch-wide normaliser before any event's gradient is known, so its
/// gradient takes two passes over the chunks. The first keeps what the backward pass reads of
/// every chunk's frame (`KernelGraph.keep`: a slot of `KernelGraph.frameVectors` vectors per
/// chunk, `frameVectors / 4` bytes per event, 258 for mlp(2,15,30,15,1), of which the active
/// network rows are written), and the second restores each chunk and runs only its backward
/// pass: the same floats as evaluating the chunk again. Batches whose slots would need more
/// than `keptFramesLimit` bytes evaluate the forward pass twice instead, with the same results.
final class KernelEvaluator: @unchecked Sendable {
    let graph: KernelGraph
    let batch: EventBatch
    let loss: EventLoss
    let executor: BlockExecutor
    let workspaces: [KernelWorkspace]
    /// The most bytes of kept chunk frames (see above): 512 MiB, an eighth of `MemoryLimit`.
    static let keptFramesLimit = 512 * 1024 * 1024
    /// The batch's arrays, pinned for the kernels: features, truth, validity.
    private let memory: UnsafeMutablePointer<FloatVector>
    /// Chunk by chunk, each chunk's features feature-major with stride `EventBatch.chunkVectors`
    /// (zero past the last event), so that a chunk's frame reads them in place.
    let features: UnsafeMutablePointer<FloatVector>
    private let truth: UnsafeMutablePointer<FloatVector>
    private let valid: UnsafeMutablePointer<FloatVector>
    /// Per block: `parameterCount` gradient partials, each the block's lane sums added across
    /// lanes.
    private let blockGradients: UnsafeMutableBufferPointer<Float>
    /// Per block: two scalar sums.
    private let blockScalars: UnsafeMutableBufferPointer<Double>
    /// Every chunk's frame state, for the seed loss's gradient (allocated at its first use).
    private var keptFrames: UnsafeMutablePointer<FloatVector>?

    init(
        graph: KernelGraph, batch: EventBatch, loss: EventLoss, executor: BlockExecutor,
        blocks: DenseBlockShape
    ) {
        self.graph = graph
        self.batch = batch
        self.loss = loss
        self.executor = executor
        workspaces = (0..<executor.threadCount).map { _ in
            KernelWorkspace(graph: graph, blocks: blocks)
        }
        let vectors = batch.vectors
        let stride = EventBatch.chunkVectors
        let featureVectors = batch.chunkCount * batch.columns * stride
        memory = .allocate(capacity: featureVectors + 2 * vectors)
        features = memory
        truth = memory + featureVectors
        valid = truth + vectors
        features.initialize(repeating: FloatVector(), count: featureVectors)
        truth.initialize(from: batch.truth, count: vectors)
        valid.initialize(from: batch.valid, count: vectors)
        blockGradients = .allocate(capacity: max(1, batch.blockCount * graph.parameterCount))
        blockGradients.initialize(repeating: 0)
        blockScalars = .allocate(capacity: 2 * batch.blockCount)
        blockScalars.initialize(repeating: 0)
        batch.features.withUnsafeBufferPointer { source in
            for chunk in 0..<batch.chunkCount {
                let range = batch.chunkRange(chunk)
                for column in 0..<batch.columns {
                    (features + (chunk * batch.columns + column) * stride).update(
                        from: source.baseAddress! + column * vectors + range.lowerBound,
                        count: range.count)
                }
            }
        }
    }

    deinit {
        memory.deallocate()
        blockGradients.deallocate()
        blockScalars.deallocate()
        keptFrames?.deallocate()
    }

    /// Chunk `chunk` with its forward state at `state`.
    @inline(__always)
    func frame(_ chunk: Int, state: UnsafeMutablePointer<FloatVector>) -> ChunkFrame {
        ChunkFrame(
            features: features + chunk * batch.columns * EventBatch.chunkVectors, state: state)
    }

    /// Whether the seed loss's gradient keeps every chunk's frame: whether they fit in
    /// `keptFramesLimit` bytes.
    var keepsFrames: Bool {
        batch.chunkCount * graph.frameVectors * MemoryLayout<FloatVector>.stride
            <= Self.keptFramesLimit
    }

    /// Every chunk's frame state, `graph.frameVectors` vectors each, or nil unless
    /// `keepsFrames`.
    private func framesToKeep() -> UnsafeMutablePointer<FloatVector>? {
        if let keptFrames { return keptFrames }
        guard keepsFrames else { return nil }
        let count = max(1, batch.chunkCount * graph.frameVectors)
        let frames = UnsafeMutablePointer<FloatVector>.allocate(capacity: count)
        frames.initialize(repeating: FloatVector(), count: count)
        keptFrames = frames
        return frames
    }

    /// The loss and its gradient (one float per parameter, in the flat parameter order).
    func lossAndGradient(parameters: [Float], into gradient: inout [Float]) -> Double {
        precondition(parameters.count == graph.parameterCount, "wrong parameter count")
        var normaliser: Float = 1
        var value = 0.0
        var kept: UnsafeMutablePointer<FloatVector>? = nil
        if loss == .seed {
            kept = framesToKeep()
            let (expSum, truthDot) = parameters.withUnsafeBufferPointer {
                normalisationPass(parameters: $0.baseAddress!, keeping: kept)
            }
            normaliser = Float(expSum)
            value = -truthDot + batch.truthSum * Foundation.log(expSum)
        }
        let passValue = parameters.withUnsafeBufferPointer {
            gradientPass(parameters: $0.baseAddress!, normaliser: normaliser, kept: kept)
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
                let (expSum, truthDot) = normalisationPass(parameters: p, keeping: nil)
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
                        let frame = self.frame(chunk, state: workspace.frameState)
                        let vectors = forwardChunk(
                            chunk, frame, parameters: p, workspace: workspace)
                        let first = batch.chunkRange(chunk).lowerBound
                        (out + first).update(from: graph.rootOutput(frame), count: vectors)
                    }
                }
            }
        }
        var result = [Float](repeating: 0, count: batch.count)
        for (position, index) in batch.order.enumerated() { result[index] = sorted[position] }
        return result
    }

    /// Evaluates chunk `chunk` into `frame`; returns its vector count.
    @inline(__always)
    private func forwardChunk(
        _ chunk: Int, _ frame: ChunkFrame, parameters: UnsafePointer<Float>,
        workspace: KernelWorkspace
    ) -> Int {
        let vectors = batch.chunkRange(chunk).count
        graph.forward(parameters: parameters, frame: frame, workspace: workspace, vectors: vectors)
        return vectors
    }

    /// Pass one of the seed loss: Σ exp(sigmoid(out)) and Σ t·sigmoid(out) over real events.
    /// With `kept`, chunk `c`'s frame stays at `kept + c · graph.frameVectors`.
    private func normalisationPass(
        parameters: UnsafePointer<Float>, keeping kept: UnsafeMutablePointer<FloatVector>?
    ) -> (Double, Double) {
        executor.run(taskCount: batch.blockCount) { block, worker in
            let workspace = workspaces[worker]
            var expSum = FloatVector()
            var truthDot = FloatVector()
            for chunk in batch.blockChunks(block) {
                let frame = self.frame(chunk, state: workspace.frameState)
                let vectors = forwardChunk(
                    chunk, frame, parameters: parameters, workspace: workspace)
                let first = batch.chunkRange(chunk).lowerBound
                LossHead.seedNormalisation(
                    output: graph.rootOutput(frame), truth: truth + first, valid: valid + first,
                    vectors: vectors, expSum: &expSum, truthDot: &truthDot)
                if let kept {
                    graph.keep(
                        frame.state, into: kept + chunk * graph.frameVectors, vectors: vectors)
                }
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
                let frame = self.frame(chunk, state: workspace.frameState)
                let vectors = forwardChunk(
                    chunk, frame, parameters: parameters, workspace: workspace)
                headGradient(
                    chunk, frame, vectors: vectors, normaliser: 1, lossSum: &lossSum,
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
        _ chunk: Int, _ frame: ChunkFrame, vectors: Int, normaliser: Float,
        lossSum: inout FloatVector, into gradient: UnsafeMutablePointer<FloatVector>?,
        workspace: KernelWorkspace
    ) {
        let first = batch.chunkRange(chunk).lowerBound
        let output = UnsafePointer(graph.rootOutput(frame))
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
    /// per-event loss (unused for the seed loss). With `kept`, the chunks' frames are those
    /// that `normalisationPass` kept there, and only the backward passes run.
    private func gradientPass(
        parameters: UnsafePointer<Float>, normaliser: Float,
        kept: UnsafeMutablePointer<FloatVector>?
    ) -> Double {
        let count = graph.parameterCount
        executor.run(taskCount: batch.blockCount) { block, worker in
            let workspace = workspaces[worker]
            let laneSums = workspace.laneSums
            laneSums.update(repeating: FloatVector(), count: count)
            var lossSum = FloatVector()
            for chunk in batch.blockChunks(block) {
                let vectors: Int
                let frame = self.frame(chunk, state: workspace.frameState)
                if let kept {
                    vectors = batch.chunkRange(chunk).count
                    graph.restore(
                        kept + chunk * graph.frameVectors, into: frame, parameters: parameters,
                        workspace: workspace, vectors: vectors)
                } else {
                    vectors = forwardChunk(
                        chunk, frame, parameters: parameters, workspace: workspace)
                }
                headGradient(
                    chunk, frame, vectors: vectors, normaliser: normaliser, lossSum: &lossSum,
                    into: workspace.headGradient, workspace: workspace)
                graph.backward(
                    parameters: parameters, frame: frame, workspace: workspace,
                    laneSums: laneSums, vectors: vectors)
            }
            let partials = blockGradients.baseAddress! + block * count
            LaneTotals.write(laneSums, count: count, into: partials)
            blockScalars[2 * block] = Double(lossSum.pairwiseSum)
        }
        return perEventLossTotal()
    }
}
