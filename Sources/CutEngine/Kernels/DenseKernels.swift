/// What a dense kernel does to each output after the affine map. A type per choice, so that
/// each use compiles to its own copy of the loops with the epilogue inlined.
protocol DenseEpilogue {
    /// The stored value for accumulator `value` at buffer offset `offset`.
    func apply(_ value: FloatVector, at offset: Int) -> FloatVector
    /// Called with the four stored vectors of `row` in one register block.
    func stored(
        _ a0: FloatVector, _ a1: FloatVector, _ a2: FloatVector, _ a3: FloatVector, row: Int)
    /// Called with the one stored vector of `row` in a one-vector register block.
    func stored(_ a0: FloatVector, row: Int)
}

extension DenseEpilogue {
    @inline(__always)
    func stored(
        _ a0: FloatVector, _ a1: FloatVector, _ a2: FloatVector, _ a3: FloatVector, row: Int
    ) {}
    @inline(__always)
    func stored(_ a0: FloatVector, row: Int) {}
}

/// Keep `W·x + b`.
struct IdentityEpilogue: DenseEpilogue {
    @inline(__always)
    func apply(_ value: FloatVector, at offset: Int) -> FloatVector { value }
}

/// `max(0, W·x + b)`, keeping per row the lane-wise maximum of the stored values in
/// `rowMaxima` (which the caller zeroes first), so the active units are known without another
/// pass over the outputs.
struct ReLUEpilogue: DenseEpilogue {
    let rowMaxima: UnsafeMutablePointer<FloatVector>

    @inline(__always)
    func apply(_ value: FloatVector, at offset: Int) -> FloatVector {
        value.replacing(with: 0, where: value .< 0)
    }

    @inline(__always)
    func stored(
        _ a0: FloatVector, _ a1: FloatVector, _ a2: FloatVector, _ a3: FloatVector, row: Int
    ) {
        // Compare-and-select: the standard library's pointwiseMax does not vectorise.
        let b0 = a0.replacing(with: a1, where: a1 .> a0)
        let b1 = a2.replacing(with: a3, where: a3 .> a2)
        let b = b0.replacing(with: b1, where: b1 .> b0)
        stored(b, row: row)
    }

    @inline(__always)
    func stored(_ a0: FloatVector, row: Int) {
        let current = rowMaxima[row]
        rowMaxima[row] = current.replacing(with: a0, where: a0 .> current)
    }
}

/// Keep `W·x` where `mask > 0`, else 0: the backward pass through a ReLU whose output is `mask`.
struct MaskEpilogue: DenseEpilogue {
    let mask: UnsafePointer<FloatVector>
    @inline(__always)
    func apply(_ value: FloatVector, at offset: Int) -> FloatVector {
        value.replacing(with: 0, where: mask[offset] .<= 0)
    }
}

/// A list of feature indices: the rows a kernel reads or writes.
///
/// Events are sorted spatially (see `EventBatch`), so within a chunk a hidden ReLU unit is
/// usually either active for some events or off for all of them. Kernels visit only the active
/// units: an inactive input contributes exact zeros, and an inactive output's gradient is zero,
/// so skipping them changes no result and saves about half the forward and three quarters of
/// the backward arithmetic.
struct FeatureList {
    let indices: UnsafeMutablePointer<Int32>
    var count: Int

    @inline(__always)
    subscript(_ position: Int) -> Int { Int(indices[position]) }

    /// The index at `position`, or the last index when `position` is past the end: partial
    /// register blocks repeat their last row and discard the repeats.
    @inline(__always)
    func clamped(_ position: Int) -> Int { Int(indices[min(position, count - 1)]) }
}

/// Dense layers over a chunk of events laid out feature-major: feature `f`'s event vectors are
/// `buffer[f * stride ..< f * stride + vectors]`, sixteen events per vector.
///
/// Goal: arithmetic-bound code. Each microkernel keeps a register block of accumulators (four
/// outputs × `DenseBlockShape.forwardVectors` event vectors, or a square of weights) and streams
/// the other operand from cache, so a fused multiply-add costs at most half a load. The last
/// block of a row list shorter than a multiple of four runs with only the rows it has (a copy
/// of the loop per size), so no padding rows are computed. `vectors` must be a multiple of 4;
/// callers pad chunks with zero events.
enum DenseKernels {
    /// For every row `o` in `rows`: `output[o] = activation(bias[o] + Σ_{i in columns} W(o, i) ·
    /// input[i])` with `W(o, i) = weights[o * rowStride + i * columnStride]`, so one weight
    /// matrix serves the forward pass and, with the strides swapped, the backward pass.
    /// `blocks` sizes the register blocks; it does not change the result.
    @inline(__always)
    static func forward<Epilogue: DenseEpilogue>(
        weights: UnsafePointer<Float>, rowStride: Int, columnStride: Int,
        bias: UnsafePointer<Float>?, rows: FeatureList, columns: FeatureList,
        input: UnsafePointer<FloatVector>, output: UnsafeMutablePointer<FloatVector>,
        stride: Int, vectors: Int, epilogue: Epilogue, blocks: DenseBlockShape
    ) {
        let block = DenseForwardBlock(
            weights: weights, rowStride: rowStride, columnStride: columnStride, bias: bias,
            rows: rows, columns: columns, stride: stride)
        switch blocks {
        case .wide:
            block.run(
                input: input, output: output, vectors: vectors, width: FourVectorsWide.self,
                epilogue)
        case .narrow:
            block.run(
                input: input, output: output, vectors: vectors, width: OneVectorWide.self, epilogue)
        }
    }

    /// Collects into `list` the rows whose lane-wise maximum `rowMaxima[row]` (from
    /// `ReLUEpilogue`) has a positive lane: the ReLU units active somewhere in the chunk.
    static func activeRows(
        rowMaxima: UnsafePointer<FloatVector>, count: Int, into list: inout FeatureList
    ) {
        var found = 0
        for row in 0..<count {
            let largest = rowMaxima[row]
            let eight = largest.lowHalf.replacing(
                with: largest.highHalf, where: largest.highHalf .> largest.lowHalf)
            let four = eight.lowHalf.replacing(
                with: eight.highHalf, where: eight.highHalf .> eight.lowHalf)
            if four[0] > 0 || four[1] > 0 || four[2] > 0 || four[3] > 0 {
                list.indices[found] = Int32(row)
                found += 1
            }
        }
        list.count = found
    }
}
