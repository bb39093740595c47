/// The dense arithmetic of one training epoch, counted from the kernels' own loop bounds: two
/// floating-point operations per multiply-add and event lane.
public struct DenseWork: Sendable, Equatable {
    /// Operations the register blocks execute. Partial 4 × 4 blocks are not padded (each
    /// block size has its own loop), so this equals `useful`; it is kept apart so that the
    /// count says what runs even if a kernel pads again.
    public var issued: Double
    /// Operations on the rows and columns the blocks keep (the issued ones less the padding).
    public var useful: Double
    /// Operations of the same passes without skipping inactive ReLU units or padding: every
    /// layer's full weight matrix, forward and backward.
    public var dense: Double
}

extension KernelEvaluator {
    /// The dense work of one `lossAndGradient` at `parameters`: one forward pass (the seed
    /// loss's gradient keeps its first pass's chunks, so it runs the forward pass once too, and
    /// its first `MLPKernel.recomputedLayers` layers again, unless the kept frames would exceed
    /// `keptFramesLimit`: then twice), the backward pass's
    /// input gradients (all layers but the first) and weight gradients, over all chunks.
    /// Elementwise work (cuts, losses, biases) is not counted. Runs the forward pass once per
    /// chunk on the calling thread.
    func denseWork(parameters: [Float]) -> DenseWork {
        precondition(parameters.count == graph.parameterCount, "wrong parameter count")
        var work = DenseWork(issued: 0, useful: 0, dense: 0)
        let forwardPasses: Double = loss == .seed && !keepsFrames ? 2 : 1
        let workspace = workspaces[0]
        parameters.withUnsafeBufferPointer { pointer in
            for chunk in 0..<batch.chunkCount {
                let vectors = batch.chunkRange(chunk).count
                let frame = frame(chunk, state: workspace.frameState)
                graph.forward(
                    parameters: pointer.baseAddress!, frame: frame, workspace: workspace,
                    vectors: vectors)
                let lanes = Double(vectors * FloatVector.scalarCount)
                for (index, node) in graph.nodes.enumerated() {
                    guard case .mlp(let mlp) = node else { continue }
                    let scratch = mlp.scratch(
                        state: graph.scratch(index, frame), work: workspace.work[index],
                        stride: workspace.stride)
                    let counts = (0..<mlp.layers.count).map { Int(scratch.counts[$0]) }
                    let chunkWork = mlp.work(
                        activeCounts: counts, forwardPasses: forwardPasses,
                        recomputedLayers: loss == .seed && keepsFrames ? mlp.recomputedLayers : 0)
                    work.issued += 2 * lanes * chunkWork.issued
                    work.useful += 2 * lanes * chunkWork.useful
                    work.dense += 2 * lanes * chunkWork.dense
                }
            }
        }
        return work
    }
}

extension MLPKernel {
    /// Multiply-adds per event lane of `forwardPasses` forward passes, the forward pass of the
    /// first `recomputedLayers` layers once more (a kept chunk's restore), and one backward pass
    /// of a chunk whose layers have `activeCounts` active outputs (as `forward` leaves them in
    /// `Scratch.counts`), following the loops of `DenseKernels`.
    func work(activeCounts: [Int], forwardPasses: Double, recomputedLayers: Int = 0) -> DenseWork {
        var work = DenseWork(issued: 0, useful: 0, dense: 0)
        for (index, layer) in layers.enumerated() {
            let columns = index == 0 ? layer.inputs : activeCounts[index - 1]
            let rows = activeCounts[index]
            let full = Double(layer.inputs * layer.outputs)
            // Forward: every output row, over the active inputs.
            let passes = forwardPasses + (index < recomputedLayers ? 1 : 0)
            work.useful += passes * Double(layer.outputs * columns)
            work.dense += passes * full
            // Weight gradient: active rows × active columns.
            work.useful += Double(rows * columns)
            work.dense += full
            // Input gradient (not for the first layer): active columns, over the active rows.
            if index > 0 {
                work.useful += Double(columns * rows)
                work.dense += full
            }
        }
        // A partial register block computes only the rows and columns it has (`withCount`),
        // so the kernels execute exactly the useful operations.
        work.issued = work.useful
        return work
    }
}

/// The lane totals of many vectors at once, each added in `FloatVector.pairwiseSum`'s order.
public enum LaneTotals {
    /// Writes `sums[k].pairwiseSum` to `totals[k]` for `k` in `0..<count`, sixteen vectors at
    /// a time: each halving step adds the halves of two (then four, eight, sixteen) vectors
    /// packed into one, so the sums are the same bits as `pairwiseSum` in a quarter of the
    /// instructions. (The compiler turned the one-by-one loop into gathers, 8 % of an MLP epoch.)
    public static func write(
        _ sums: UnsafePointer<FloatVector>, count: Int, into totals: UnsafeMutablePointer<Float>
    ) {
        var first = 0
        while first + 16 <= count {
            let v = sums + first
            // e_m: v[2m] and v[2m + 1] halved to eight lanes each, side by side.
            let e0 = pack8(v[0], v[1]), e1 = pack8(v[2], v[3]), e2 = pack8(v[4], v[5])
            let e3 = pack8(v[6], v[7]), e4 = pack8(v[8], v[9]), e5 = pack8(v[10], v[11])
            let e6 = pack8(v[12], v[13]), e7 = pack8(v[14], v[15])
            let f0 = pack4(e0, e1), f1 = pack4(e2, e3), f2 = pack4(e4, e5), f3 = pack4(e6, e7)
            let g0 = pack2(f0, f1), g1 = pack2(f2, f3)
            let h = pack1(g0, g1)
            UnsafeMutableRawPointer(totals + first).storeBytes(of: h, as: FloatVector.self)
            first += 16
        }
        for k in first..<count { totals[k] = sums[k].pairwiseSum }
    }

    /// Each step packs the halves of two vectors' lane groups side by side and adds them:
    /// `first(a) ‖ first(b) + second(a) ‖ second(b)`.
    @inline(__always)
    private static func halve(
        _ a: FloatVector, _ b: FloatVector, _ first: (FloatVector) -> SIMD8<Float>,
        _ second: (FloatVector) -> SIMD8<Float>
    ) -> FloatVector {
        FloatVector(lowHalf: first(a), highHalf: first(b))
            + FloatVector(lowHalf: second(a), highHalf: second(b))
    }

    /// Lanes 0–7: a's low half plus its high half; lanes 8–15: the same of b.
    @inline(__always)
    private static func pack8(_ a: FloatVector, _ b: FloatVector) -> FloatVector {
        halve(a, b, { $0.lowHalf }, { $0.highHalf })
    }

    /// From two vectors of two 8-lane groups each, four 4-lane groups: each group's low four
    /// lanes plus its high four.
    @inline(__always)
    private static func pack4(_ a: FloatVector, _ b: FloatVector) -> FloatVector {
        halve(
            a, b, { SIMD8(lowHalf: $0.lowHalf.lowHalf, highHalf: $0.highHalf.lowHalf) },
            { SIMD8(lowHalf: $0.lowHalf.highHalf, highHalf: $0.highHalf.highHalf) })
    }

    /// From two vectors of four 4-lane groups each, eight 2-lane groups: low two plus high two
    /// (the lane pairs moved as 64-bit units, bits unchanged).
    @inline(__always)
    private static func pack2(_ a: FloatVector, _ b: FloatVector) -> FloatVector {
        func pairs(_ v: FloatVector) -> SIMD8<Double> { unsafeBitCast(v, to: SIMD8<Double>.self) }
        return halve(
            a, b, { unsafeBitCast(pairs($0).evenHalf, to: SIMD8<Float>.self) },
            { unsafeBitCast(pairs($0).oddHalf, to: SIMD8<Float>.self) })
    }

    /// From two vectors of eight 2-lane groups each, sixteen sums: each group's two lanes.
    @inline(__always)
    private static func pack1(_ a: FloatVector, _ b: FloatVector) -> FloatVector {
        halve(a, b, { $0.evenHalf }, { $0.oddHalf })
    }
}
