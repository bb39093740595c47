/// The fused fast path of the seed's 2D study: two relaxed cuts on two columns, weights
/// multiplied, the seed loss, and the gradient with respect to `SelectionCut/cuts` — all in
/// ONE pass over the events, SIMD across events, with no allocation per evaluation.
///
/// With w = w_x w_y, p = σ(w) = ½ + h, q = p (1 − p) = ¼ − h², e = e^p and g_k = ∂w/∂c_k, the
/// seed loss L = −Σ t p + T log S (T = Σ t, S = Σ e) has the gradient
/// ∂L/∂c_k = Σ_j (T e_j / S − t_j) q_j g_jk = (T / S) · B_k − A_k,
/// with A_k = Σ t_j q_j g_jk and B_k = Σ e_j q_j g_jk: one pass accumulates S, Σ t h, A_k, B_k.
/// Since |w| ≤ 1, σ(w) and e^σ(w) are short polynomials (`VectorMath+Bounded`); sigmoid cuts
/// use e^(−k(x − c)) = e^(−k x) e^(k c) with e^(−k x) computed once per data set (while
/// |k x| ≤ 40 and |k c| ≤ 40; otherwise a direct kernel). See `CutPairKernel.swift`.
///
/// Each block runs in one loop (sigmoid kernels) or in small stages (erf: cut weights into a
/// per-block scratch, then the loss sums) compiled separately, so every operation and constant
/// stays in full-width vector registers. One thread by default: an Adam epoch on 20,000 events
/// takes about 14 µs with sigmoid cuts and 30 µs with erf cuts on this project's 2-core AMD
/// EPYC build machine. With `threads: 2` the blocks are
/// split in two halves, the second run on a `HelperThread` (faster only when the second core is
/// idle). Sums are taken in `Float` lanes over blocks of `SeedLoss.blockSize` events, then in
/// `Double` across blocks in block order, so results are bit-identical for 1 and 2 threads.
/// The last partial vector is padded and masked, so any number of events works. Results agree
/// with `SelectionObjective` (the general path) to `Float` rounding.
public struct TwoCutSeedObjective: TrainingObjective, Sendable {
    /// How both cuts are relaxed.
    public let relaxation: Relaxation
    /// The number of events.
    public let eventCount: Int
    let columnX: [Float]
    let columnY: [Float]
    let truth: [Float]
    /// Σ t, fixed by the data.
    let truthSum: Double
    /// e^(−k x) and e^(−k y) per event, for sigmoid relaxations with |k x|, |k y| ≤ 40.
    let factored: (x: [Float], y: [Float])?
    /// Per-block partial sums, reused between evaluations.
    var blocks: BlockSums
    /// Per-thread scratch of the split path (`splitScratchCount` floats per thread).
    var scratch: [Float]
    /// Runs the second half of the blocks, when two threads are used.
    let helper: HelperThread?
    /// The number of threads evaluations use (1 or 2).
    public var threadCount: Int { helper == nil ? 1 : 2 }

    /// The largest |k x| and |k c| for which the factored sigmoid kernel is used.
    static let factoredLimit: Float = 40

    /// An objective over two columns and their truth labels (1 signal, 0 background).
    /// - Parameter threads: 1 (the default) or 2.
    /// - Throws: `EngineError` for empty data, mismatched lengths, non-finite values, an
    ///   invalid relaxation or a thread count other than 1 or 2.
    public init(
        relaxation: Relaxation, columnX: [Float], columnY: [Float], truth: [Float],
        threads: Int = 1
    ) throws {
        try relaxation.validate()
        guard (1...2).contains(threads) else {
            throw EngineError.invalidHyperparameter(
                name: "threads", value: Double(threads), expected: "1 or 2")
        }
        helper = threads == 2 && truth.count > SeedLoss.blockSize ? HelperThread() : nil
        guard !truth.isEmpty else { throw EngineError.nonPositiveSize(what: "events", value: 0) }
        for (name, column) in [("column x", columnX), ("column y", columnY), ("truth", truth)] {
            guard column.count == truth.count else {
                throw EngineError.shapeMismatch(
                    what: "\(name) against the truth labels", expected: [truth.count],
                    found: [column.count])
            }
            if let index = column.firstIndex(where: { !$0.isFinite }) {
                throw EngineError.nonFiniteData(what: name, index: index, value: column[index])
            }
        }
        self.relaxation = relaxation
        self.eventCount = truth.count
        self.columnX = columnX
        self.columnY = columnY
        self.truth = truth
        self.truthSum = truth.reduce(0.0) { $0 + Double($1) }
        self.blocks = BlockSums(eventCount: truth.count)
        self.scratch = [Float](repeating: 0, count: 2 * splitScratchCount)
        let slope = relaxation.sigmoidSlope
        if let slope,
            (columnX + columnY).allSatisfy({ abs($0 * slope) <= Self.factoredLimit })
        {
            func transform(_ column: [Float]) -> [Float] {
                var result = [Float](repeating: 0, count: column.count)
                var offset = 0
                while offset < column.count {
                    let x = column.withUnsafeBufferPointer {
                        FloatVector.load($0.baseAddress!, at: offset, count: column.count)
                    }
                    let value = VectorMath.exp(x * -slope)
                    result.withUnsafeMutableBufferPointer {
                        value.store(to: $0.baseAddress!, at: offset, count: column.count)
                    }
                    offset += FloatVector.scalarCount
                }
                return result
            }
            factored = (transform(columnX), transform(columnY))
        } else {
            factored = nil
        }
    }

    public mutating func lossAndGradient(
        at parameters: ParameterTree, gradient: inout ParameterTree
    ) throws -> Float {
        let entry = try SelectionCut.cutsEntry(in: parameters, count: 2)
        if !gradient.hasSameStructure(as: parameters) { gradient = parameters.zeros() }
        let (cutX, cutY) = (parameters.values[entry.offset], parameters.values[entry.offset + 1])
        guard cutX.isFinite, cutY.isFinite else {
            gradient.values[entry.offset] = .nan
            gradient.values[entry.offset + 1] = .nan
            return .nan
        }
        let (slopeX, slopeY, loss) = evaluate(cutX: cutX, cutY: cutY)
        gradient.values[entry.offset] = slopeX
        gradient.values[entry.offset + 1] = slopeY
        return loss
    }

    /// The loss and its derivatives with respect to both cuts.
    mutating func evaluate(cutX: Float, cutY: Float) -> (Float, Float, Float) {
        let (x, y) = (FloatVector(repeating: cutX), FloatVector(repeating: cutY))
        switch relaxation {
        case .hard:
            runSplit(HardCutKernel(cut: x), HardCutKernel(cut: y))
        case .erf:
            run(ErfPairKernel(cutX: x, cutY: y), columnX, columnY)
        case .sigmoid, .balancedSigmoid:
            let slope = relaxation.sigmoidSlope ?? 1
            let balanced = relaxation == .balancedSigmoid
            let scale = balanced ? -2 * slope : -slope
            let limit = Self.factoredLimit
            if let factored, abs(slope * cutX) <= limit, abs(slope * cutY) <= limit {
                let scaleX = FloatVector(repeating: VectorMath.exp(slope * cutX))
                let scaleY = FloatVector(repeating: VectorMath.exp(slope * cutY))
                if balanced {
                    let kernel = FactoredBalancedPairKernel(scaleX: scaleX, scaleY: scaleY)
                    run(kernel, factored.x, factored.y)
                } else {
                    let kernel = FactoredSigmoidPairKernel(
                        scaleX: scaleX, scaleY: scaleY, derivativeScale: scale)
                    run(kernel, factored.x, factored.y)
                }
            } else {
                runSplit(
                    DirectSigmoidCutKernel(cut: x, slope: slope, balanced: balanced),
                    DirectSigmoidCutKernel(cut: y, slope: slope, balanced: balanced))
            }
        }
        return blocks.finish(truthSum: truthSum)
    }

    private mutating func run<Kernel: CutPairKernel>(
        _ kernel: Kernel, _ first: [Float], _ second: [Float]
    ) {
        runBlocks(first, second, derivativeScale: kernel.derivativeScale) {
            accumulateBlocks(kernel, inputs: $0, blocks: $1, scratch: $2, into: $3)
        }
    }

    /// Runs the split path (one kernel per cut) over all blocks, on one or two threads.
    private mutating func runSplit<Kernel: SingleCutKernel>(
        _ kernelX: Kernel, _ kernelY: Kernel
    ) {
        runBlocks(columnX, columnY, derivativeScale: kernelX.derivativeScale) {
            accumulateBlocksSplit(kernelX, kernelY, inputs: $0, blocks: $1, scratch: $2, into: $3)
        }
    }

    /// Sets the derivative scale and calls `accumulate(inputs, blocks, scratch, partials)` once
    /// for all blocks or, with a helper thread, once per half of the blocks, each half with its
    /// own `splitScratchCount` floats of scratch.
    private mutating func runBlocks(
        _ first: [Float], _ second: [Float], derivativeScale: Float,
        _ accumulate: (
            PairKernelInputs, Range<Int>, UnsafeMutablePointer<Float>, UnsafeMutablePointer<Double>
        ) -> Void
    ) {
        blocks.derivativeScale = derivativeScale
        let count = eventCount
        let blockCount = blocks.blockCount
        let helper = self.helper
        first.withUnsafeBufferPointer { first in
            second.withUnsafeBufferPointer { second in
                truth.withUnsafeBufferPointer { truth in
                    scratch.withUnsafeMutableBufferPointer { scratch in
                        blocks.values.withUnsafeMutableBufferPointer { partials in
                            let inputs = PairKernelInputs(
                                first: first.baseAddress!, second: second.baseAddress!,
                                truth: truth.baseAddress!, count: count)
                            let output = UnsafeSendablePointer(partials.baseAddress!)
                            let work = UnsafeSendableFloatPointer(scratch.baseAddress!)
                            guard let helper else {
                                accumulate(inputs, 0..<blockCount, work.pointer, output.pointer)
                                return
                            }
                            let middle = blockCount / 2
                            helper.run { part in
                                accumulate(
                                    inputs, part == 0 ? 0..<middle : middle..<blockCount,
                                    work.pointer + part * splitScratchCount, output.pointer)
                            }
                        }
                    }
                }
            }
        }
    }
}

extension Relaxation {
    /// The slope k of a sigmoid relaxation (1 for the balanced one); nil for others.
    var sigmoidSlope: Float? {
        switch self {
        case .sigmoid(let slope): return slope
        case .balancedSigmoid: return 1
        case .hard, .erf: return nil
        }
    }
}
