/// The raw inputs of the fused kernel: two per-event inputs (columns or their transforms) and
/// the truth labels, `count` events each.
struct PairKernelInputs: @unchecked Sendable {
    let first: UnsafePointer<Float>
    let second: UnsafePointer<Float>
    let truth: UnsafePointer<Float>
    let count: Int
}

/// A pointer handed to the helper thread, which writes only its own blocks' partials.
struct UnsafeSendablePointer: @unchecked Sendable {
    let pointer: UnsafeMutablePointer<Double>
    init(_ pointer: UnsafeMutablePointer<Double>) { self.pointer = pointer }
}

/// A scratch pointer handed to the helper thread, which uses only its own half.
struct UnsafeSendableFloatPointer: @unchecked Sendable {
    let pointer: UnsafeMutablePointer<Float>
    init(_ pointer: UnsafeMutablePointer<Float>) { self.pointer = pointer }
}

/// Per-block partial sums of the fused 2-cut kernel, `fieldCount` values per block:
/// Σ P(h) (e = e^½ P(h)), Σ t h, Σ t q s_x, Σ t q s_y, Σ P q s_x, Σ P q s_y, where s_k are the
/// kernel's unscaled slopes.
struct BlockSums {
    static let fieldCount = 6
    /// Events per block.
    static var blockSize: Int { SeedLoss.blockSize }

    let blockCount: Int
    var values: [Double]
    var derivativeScale: Float = 0

    init(eventCount: Int) {
        blockCount = (eventCount + Self.blockSize - 1) / Self.blockSize
        values = [Double](repeating: 0, count: blockCount * Self.fieldCount)
    }

    /// Adds the blocks in order and returns (∂L/∂c_x, ∂L/∂c_y, L).
    func finish(truthSum: Double) -> (Float, Float, Float) {
        var sums = (0.0, 0.0, 0.0, 0.0, 0.0, 0.0)
        values.withUnsafeBufferPointer { values in
            for block in 0..<blockCount {
                let base = block * Self.fieldCount
                sums.0 += values[base]
                sums.1 += values[base + 1]
                sums.2 += values[base + 2]
                sums.3 += values[base + 3]
                sums.4 += values[base + 4]
                sums.5 += values[base + 5]
            }
        }
        let sqrtE = Double(VectorMath.sqrtE)
        let sumExp = sqrtE * sums.0
        let scale = Double(derivativeScale)
        let ratio = truthSum / sumExp * sqrtE
        let gradientX = scale * (ratio * sums.4 - sums.2)
        let gradientY = scale * (ratio * sums.5 - sums.3)
        let loss = -(sums.1 + 0.5 * truthSum) + truthSum * naturalLogarithm(sumExp)
        return (Float(gradientX), Float(gradientY), Float(loss))
    }
}

/// The seed-loss sums of one block, in `Float` lanes (see `TwoCutSeedObjective`).
struct SeedAccumulator {
    var sumExp = FloatVector()
    var sumTruthH = FloatVector()
    var a0 = FloatVector()
    var a1 = FloatVector()
    var b0 = FloatVector()
    var b1 = FloatVector()

    /// Adds 16 real events with product weight `w`, unscaled slopes and labels.
    @inline(__always)
    mutating func add(
        _ w: FloatVector, _ slopeX: FloatVector, _ slopeY: FloatVector, _ label: FloatVector
    ) {
        add(w, slopeX, slopeY, label, expBits: IntVector(repeating: -1))
    }

    /// Adds a partial last vector, of which the first `valid` (< 16) lanes are real events.
    /// Kept out of line: with the lane mask inlined into the main loops, the optimiser split
    /// their vector code into narrower pieces (measured 1.4× slower).
    @inline(never)
    mutating func addPartial(
        _ w: FloatVector, _ slopeX: FloatVector, _ slopeY: FloatVector, _ label: FloatVector,
        valid: Int
    ) {
        add(w, slopeX, slopeY, label, expBits: FloatVector.validLaneBits(at: 0, count: valid))
    }

    /// The sums' update; lanes whose `expBits` are 0 contribute nothing (their labels and
    /// e-terms vanish).
    @inline(__always)
    private mutating func add(
        _ w: FloatVector, _ slopeX: FloatVector, _ slopeY: FloatVector, _ label: FloatVector,
        expBits: IntVector
    ) {
        let h = VectorMath.logisticMinusHalf(w)
        let e = FloatVector(bits: VectorMath.expNearZero(h).bits & expBits)
        let q = h.fma(-h, FloatVector(repeating: 0.25))
        let truthQ = label * q
        let expQ = e * q
        sumExp += e
        sumTruthH = label.fma(h, sumTruthH)
        a0 = truthQ.fma(slopeX, a0)
        a1 = truthQ.fma(slopeY, a1)
        b0 = expQ.fma(slopeX, b0)
        b1 = expQ.fma(slopeY, b1)
    }

    /// Writes the six sums (`BlockSums` layout) to `base`.
    @inline(__always)
    func store(to base: UnsafeMutablePointer<Double>) {
        base[0] = Double(sumExp.pairwiseSum)
        base[1] = Double(sumTruthH.pairwiseSum)
        base[2] = Double(a0.pairwiseSum)
        base[3] = Double(a1.pairwiseSum)
        base[4] = Double(b0.pairwiseSum)
        base[5] = Double(b1.pairwiseSum)
    }
}

/// Accumulates the blocks `blocks` of `inputs` with a pair kernel into `partials`: in one loop
/// per block for kernels that fuse with the loss, otherwise in two small loops (the kernel into
/// scratch, then the loss sums), each compiled on its own so that its constants and sums stay
/// in vector registers. Both give the same bits.
func accumulateBlocks<Kernel: CutPairKernel>(
    _ kernel: Kernel, inputs: PairKernelInputs, blocks: Range<Int>,
    scratch: UnsafeMutablePointer<Float>, into partials: UnsafeMutablePointer<Double>
) {
    let size = SeedLoss.blockSize
    for block in blocks {
        let blockStart = block * size
        let count = min(inputs.count, blockStart + size) - blockStart
        if Kernel.fusesWithLoss {
            let terms = PairKernelTerms(
                kernel: kernel, first: inputs.first + blockStart,
                second: inputs.second + blockStart, count: count)
            accumulateSeedSums(
                terms, truth: inputs.truth + blockStart, count: count,
                into: partials + block * BlockSums.fieldCount)
        } else {
            applyPair(
                kernel, first: inputs.first + blockStart, second: inputs.second + blockStart,
                count: count, into: scratch)
            accumulateSeedSums(
                ProductScratchTerms(scratch: scratch), truth: inputs.truth + blockStart,
                count: count, into: partials + block * BlockSums.fieldCount)
        }
    }
}

/// Product weights of `count` (≤ block size) events into `output[0..<size]` and the two
/// slopes into `output[size..<3 size]`; lanes of a partial last vector beyond `count` are junk.
@inline(never)
func applyPair<Kernel: CutPairKernel>(
    _ kernel: Kernel, first: UnsafePointer<Float>, second: UnsafePointer<Float>, count: Int,
    into output: UnsafeMutablePointer<Float>
) {
    let size = SeedLoss.blockSize
    var offset = 0
    while offset < count {
        let (w, sx, sy) = kernel(
            FloatVector.load(first, at: offset, count: count),
            FloatVector.load(second, at: offset, count: count))
        w.storeWhole(to: output, at: offset)
        sx.storeWhole(to: output + size, at: offset)
        sy.storeWhole(to: output + 2 * size, at: offset)
        offset += FloatVector.scalarCount
    }
}

/// Where the seed-loss sums of a block read each vector's product weight and unscaled slopes.
protocol SeedTerms {
    /// The terms of the vector at `offset`; `full` is false only for a partial last vector.
    func terms(at offset: Int, full: Bool) -> (FloatVector, FloatVector, FloatVector)
}

/// The scratch of `applyPair`: weights at 0, slopes at `size` and 2 × `size`.
struct ProductScratchTerms: SeedTerms {
    let scratch: UnsafeMutablePointer<Float>

    @inline(__always)
    func terms(at offset: Int, full: Bool) -> (FloatVector, FloatVector, FloatVector) {
        let size = SeedLoss.blockSize
        return (
            FloatVector.loadWhole(scratch, at: offset),
            FloatVector.loadWhole(scratch + size, at: offset),
            FloatVector.loadWhole(scratch + 2 * size, at: offset)
        )
    }
}

/// The seed-loss sums of the `count` events of one block into `partials`: full vectors first,
/// with the sums in registers, then the partial last vector (if any), whose lanes beyond
/// `count` are masked. Kept out of line and specialised per source, so that each loop is
/// compiled on its own (see `accumulateBlocks`).
@inline(never)
func accumulateSeedSums<Source: SeedTerms>(
    _ source: Source, truth: UnsafePointer<Float>, count: Int,
    into partials: UnsafeMutablePointer<Double>
) {
    let width = FloatVector.scalarCount
    var sums = SeedAccumulator()
    var offset = 0
    while offset + width <= count {
        let (w, slopeX, slopeY) = source.terms(at: offset, full: true)
        sums.add(w, slopeX, slopeY, FloatVector.loadWhole(truth, at: offset))
        offset += width
    }
    if offset < count {
        let (w, slopeX, slopeY) = source.terms(at: offset, full: false)
        sums.addPartial(
            w, slopeX, slopeY, FloatVector.load(truth, at: offset, count: count),
            valid: count - offset)
    }
    sums.store(to: partials)
}

/// Floats of scratch one thread needs for the split path: weights and slopes of both cuts for
/// one block.
let splitScratchCount = 4 * SeedLoss.blockSize

/// Accumulates the blocks `blocks` with one kernel per cut, in three small loops per block
/// (cut x into scratch, cut y into scratch, then the loss sums), each compiled on its own so
/// that the optimiser keeps every operation in vector registers.
func accumulateBlocksSplit<Kernel: SingleCutKernel>(
    _ kernelX: Kernel, _ kernelY: Kernel, inputs: PairKernelInputs, blocks: Range<Int>,
    scratch: UnsafeMutablePointer<Float>, into partials: UnsafeMutablePointer<Double>
) {
    let size = SeedLoss.blockSize
    for block in blocks {
        let blockStart = block * size
        let count = min(inputs.count, blockStart + size) - blockStart
        applyCut(kernelX, input: inputs.first + blockStart, count: count, into: scratch)
        applyCut(kernelY, input: inputs.second + blockStart, count: count, into: scratch + 2 * size)
        accumulateSeedSums(
            SplitScratchTerms(scratch: scratch), truth: inputs.truth + blockStart, count: count,
            into: partials + block * BlockSums.fieldCount)
    }
}

/// Weights of `count` (≤ block size) events into `output[0..<size]` and slopes into
/// `output[size..<2 size]`; a partial last vector is padded (lanes beyond `count` are junk).
@inline(never)
func applyCut<Kernel: SingleCutKernel>(
    _ kernel: Kernel, input: UnsafePointer<Float>, count: Int,
    into output: UnsafeMutablePointer<Float>
) {
    let size = SeedLoss.blockSize
    var offset = 0
    while offset < count {
        let (weight, slope) = kernel(FloatVector.load(input, at: offset, count: count))
        weight.storeWhole(to: output, at: offset)
        slope.storeWhole(to: output + size, at: offset)
        offset += FloatVector.scalarCount
    }
}

/// The scratch of two `applyCut`s: weight and slope of cut x at 0 and `size`, of cut y at
/// 2 × `size` and 3 × `size`; the product weight is w_x w_y, the slopes s_x w_y and s_y w_x.
struct SplitScratchTerms: SeedTerms {
    let scratch: UnsafeMutablePointer<Float>

    @inline(__always)
    func terms(at offset: Int, full: Bool) -> (FloatVector, FloatVector, FloatVector) {
        let size = SeedLoss.blockSize
        let (wx, sx) = (
            FloatVector.loadWhole(scratch, at: offset),
            FloatVector.loadWhole(scratch + size, at: offset)
        )
        let (wy, sy) = (
            FloatVector.loadWhole(scratch + 2 * size, at: offset),
            FloatVector.loadWhole(scratch + 3 * size, at: offset)
        )
        return (wx * wy, sx * wy, sy * wx)
    }
}

/// A pair kernel applied to the two inputs of `count` events, in the same loop as the loss
/// sums (the same arithmetic as `applyPair` then `ProductScratchTerms`, without the scratch);
/// a partial last vector is padded.
struct PairKernelTerms<Kernel: CutPairKernel>: SeedTerms {
    let kernel: Kernel
    let first: UnsafePointer<Float>
    let second: UnsafePointer<Float>
    let count: Int

    @inline(__always)
    func terms(at offset: Int, full: Bool) -> (FloatVector, FloatVector, FloatVector) {
        if full {
            return kernel(
                FloatVector.loadWhole(first, at: offset), FloatVector.loadWhole(second, at: offset))
        }
        return kernel(
            FloatVector.load(first, at: offset, count: count),
            FloatVector.load(second, at: offset, count: count))
    }
}
