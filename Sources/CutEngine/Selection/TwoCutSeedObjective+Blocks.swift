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
            accumulatePairBlock(
                kernel, first: inputs.first + blockStart, second: inputs.second + blockStart,
                truth: inputs.truth + blockStart, count: count,
                into: partials + block * BlockSums.fieldCount)
        } else {
            applyPair(
                kernel, first: inputs.first + blockStart, second: inputs.second + blockStart,
                count: count, into: scratch)
            accumulateProductBlock(
                scratch: scratch, truth: inputs.truth + blockStart, count: count,
                into: partials + block * BlockSums.fieldCount)
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
    let width = FloatVector.scalarCount
    let size = SeedLoss.blockSize
    var offset = 0
    while offset < count {
        let full = offset + width <= count
        let (w, sx, sy) = kernel(
            full
                ? UnsafeRawPointer(first + offset).loadUnaligned(as: FloatVector.self)
                : FloatVector.load(first, at: offset, count: count),
            full
                ? UnsafeRawPointer(second + offset).loadUnaligned(as: FloatVector.self)
                : FloatVector.load(second, at: offset, count: count))
        UnsafeMutableRawPointer(output + offset).storeBytes(of: w, as: FloatVector.self)
        UnsafeMutableRawPointer(output + size + offset).storeBytes(of: sx, as: FloatVector.self)
        UnsafeMutableRawPointer(output + 2 * size + offset).storeBytes(of: sy, as: FloatVector.self)
        offset += width
    }
}

/// The seed-loss sums of one block from the scratch of `applyPair`.
@inline(never)
func accumulateProductBlock(
    scratch: UnsafeMutablePointer<Float>, truth: UnsafePointer<Float>, count: Int,
    into partials: UnsafeMutablePointer<Double>
) {
    let width = FloatVector.scalarCount
    let size = SeedLoss.blockSize
    var sums = SeedAccumulator()
    var offset = 0
    func load(_ pointer: UnsafeMutablePointer<Float>) -> FloatVector {
        UnsafeRawPointer(pointer + offset).loadUnaligned(as: FloatVector.self)
    }
    // Full vectors first, with the sums in registers; the partial last vector (if any) after.
    while offset + width <= count {
        let label = UnsafeRawPointer(truth + offset).loadUnaligned(as: FloatVector.self)
        sums.add(load(scratch), load(scratch + size), load(scratch + 2 * size), label)
        offset += width
    }
    if offset < count {
        sums.addPartial(
            load(scratch), load(scratch + size), load(scratch + 2 * size),
            FloatVector.load(truth, at: offset, count: count), valid: count - offset)
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
        accumulateSplitBlock(
            scratch: scratch, truth: inputs.truth + blockStart, count: count,
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
    let width = FloatVector.scalarCount
    let size = SeedLoss.blockSize
    var offset = 0
    while offset < count {
        let x =
            offset + width <= count
            ? UnsafeRawPointer(input + offset).loadUnaligned(as: FloatVector.self)
            : FloatVector.load(input, at: offset, count: count)
        let (weight, slope) = kernel(x)
        UnsafeMutableRawPointer(output + offset).storeBytes(of: weight, as: FloatVector.self)
        UnsafeMutableRawPointer(output + size + offset).storeBytes(of: slope, as: FloatVector.self)
        offset += width
    }
}

/// The seed-loss sums of one block from the scratch of `applyCut` (x at 0, y at 2 × size).
@inline(never)
func accumulateSplitBlock(
    scratch: UnsafeMutablePointer<Float>, truth: UnsafePointer<Float>, count: Int,
    into partials: UnsafeMutablePointer<Double>
) {
    let width = FloatVector.scalarCount
    let size = SeedLoss.blockSize
    var sums = SeedAccumulator()
    var offset = 0
    func load(_ pointer: UnsafeMutablePointer<Float>) -> FloatVector {
        UnsafeRawPointer(pointer + offset).loadUnaligned(as: FloatVector.self)
    }
    // Full vectors first, with the sums in registers; the partial last vector (if any) after.
    while offset + width <= count {
        let (wx, sx) = (load(scratch), load(scratch + size))
        let (wy, sy) = (load(scratch + 2 * size), load(scratch + 3 * size))
        let label = UnsafeRawPointer(truth + offset).loadUnaligned(as: FloatVector.self)
        sums.add(wx * wy, sx * wy, sy * wx, label)
        offset += width
    }
    if offset < count {
        let (wx, sx) = (load(scratch), load(scratch + size))
        let (wy, sy) = (load(scratch + 2 * size), load(scratch + 3 * size))
        sums.addPartial(
            wx * wy, sx * wy, sy * wx, FloatVector.load(truth, at: offset, count: count),
            valid: count - offset)
    }
    sums.store(to: partials)
}

/// The seed-loss sums of one block straight from the pair kernel, in one loop (the same
/// arithmetic as `applyPair` followed by `accumulateProductBlock`, without the scratch).
@inline(never)
func accumulatePairBlock<Kernel: CutPairKernel>(
    _ kernel: Kernel, first: UnsafePointer<Float>, second: UnsafePointer<Float>,
    truth: UnsafePointer<Float>, count: Int, into partials: UnsafeMutablePointer<Double>
) {
    let width = FloatVector.scalarCount
    var sums = SeedAccumulator()
    var offset = 0
    while offset + width <= count {
        let (w, sx, sy) = kernel(
            UnsafeRawPointer(first + offset).loadUnaligned(as: FloatVector.self),
            UnsafeRawPointer(second + offset).loadUnaligned(as: FloatVector.self))
        sums.add(w, sx, sy, UnsafeRawPointer(truth + offset).loadUnaligned(as: FloatVector.self))
        offset += width
    }
    if offset < count {
        let (w, sx, sy) = kernel(
            FloatVector.load(first, at: offset, count: count),
            FloatVector.load(second, at: offset, count: count))
        sums.addPartial(
            w, sx, sy, FloatVector.load(truth, at: offset, count: count), valid: count - offset)
    }
    sums.store(to: partials)
}
