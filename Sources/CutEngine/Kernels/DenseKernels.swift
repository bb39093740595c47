/// What a dense kernel does to each output after the affine map. A type per choice, so that
/// each use compiles to its own copy of the loops with the epilogue inlined.
protocol DenseEpilogue {
    /// The stored value for accumulator `value` at buffer offset `offset`.
    func apply(_ value: FloatVector, at offset: Int) -> FloatVector
    /// Called with the four stored vectors of `row` in one register block.
    func stored(
        _ a0: FloatVector, _ a1: FloatVector, _ a2: FloatVector, _ a3: FloatVector, row: Int)
}

extension DenseEpilogue {
    @inline(__always)
    func stored(
        _ a0: FloatVector, _ a1: FloatVector, _ a2: FloatVector, _ a3: FloatVector, row: Int
    ) {}
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
        let current = rowMaxima[row]
        rowMaxima[row] = current.replacing(with: b, where: b .> current)
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
/// Goal: arithmetic-bound code. Each microkernel keeps a register block of sixteen
/// accumulators (four outputs × four event vectors, or four × four weights) and streams the
/// other operand from cache, so a fused multiply-add costs at most half a load. The last block
/// of a row list shorter than a multiple of four runs with only the rows it has (a copy of the
/// loop per size), so no padding rows are computed. `vectors` must be a multiple of 4; callers
/// pad chunks with zero events.
enum DenseKernels {
    /// For every row `o` in `rows`: `output[o] = activation(bias[o] + Σ_{i in columns} W(o, i) ·
    /// input[i])` with `W(o, i) = weights[o * rowStride + i * columnStride]`, so one weight
    /// matrix serves the forward pass and, with the strides swapped, the backward pass.
    @inline(__always)
    static func forward<Epilogue: DenseEpilogue>(
        weights: UnsafePointer<Float>, rowStride: Int, columnStride: Int,
        bias: UnsafePointer<Float>?, rows: FeatureList, columns: FeatureList,
        input: UnsafePointer<FloatVector>, output: UnsafeMutablePointer<FloatVector>,
        stride: Int, vectors: Int, epilogue: Epilogue
    ) {
        var position = 0
        while position < rows.count {
            withCount(rows.count - position) { live in
                var v = 0
                while v < vectors {
                    block4x4(
                        weights: weights, rowStride: rowStride, columnStride: columnStride,
                        bias: bias, rows: rows, first: position, live: live, columns: columns,
                        input: input + v, output: output + v, stride: stride,
                        epilogue: epilogue, vectorOffset: v)
                    v += 4
                }
            }
            position += 4
        }
    }

    @inline(__always)
    private static func block4x4(
        weights: UnsafePointer<Float>, rowStride: Int, columnStride: Int,
        bias: UnsafePointer<Float>?,
        rows: FeatureList, first: Int, live: Int, columns: FeatureList,
        input: UnsafePointer<FloatVector>, output: UnsafeMutablePointer<FloatVector>,
        stride: Int, epilogue: some DenseEpilogue, vectorOffset: Int
    ) {
        let o0 = rows[first]
        let o1 = rows.clamped(first + 1)
        let o2 = rows.clamped(first + 2)
        let o3 = rows.clamped(first + 3)
        let b0 = FloatVector(repeating: bias?[o0] ?? 0)
        let b1 = FloatVector(repeating: bias?[o1] ?? 0)
        let b2 = FloatVector(repeating: bias?[o2] ?? 0)
        let b3 = FloatVector(repeating: bias?[o3] ?? 0)
        let w0 = weights + o0 * rowStride
        let w1 = weights + o1 * rowStride
        let w2 = weights + o2 * rowStride
        let w3 = weights + o3 * rowStride
        var block = RegisterBlock4x4(rowStarts: (b0, b1, b2, b3))
        for position in 0..<columns.count {
            let i = columns[position]
            let row = input + i * stride
            let column = i * columnStride
            block.addOuterProduct(
                FloatVector(repeating: w0[column]), FloatVector(repeating: w1[column]),
                FloatVector(repeating: w2[column]), FloatVector(repeating: w3[column]),
                row[0], row[1], row[2], row[3], rows: live, columns: 4)
        }
        block.forEachRow(live, of: (o0, o1, o2, o3)) { o, s0, s1, s2, s3 in
            store4(s0, s1, s2, s3, row: o, output, stride, epilogue, vectorOffset)
        }
    }

    @inline(__always)
    private static func store4(
        _ a0: FloatVector, _ a1: FloatVector, _ a2: FloatVector, _ a3: FloatVector, row: Int,
        _ output: UnsafeMutablePointer<FloatVector>, _ stride: Int,
        _ epilogue: some DenseEpilogue, _ vectorOffset: Int
    ) {
        let out = output + row * stride
        let at = row * stride + vectorOffset
        let s0 = epilogue.apply(a0, at: at)
        let s1 = epilogue.apply(a1, at: at + 1)
        let s2 = epilogue.apply(a2, at: at + 2)
        let s3 = epilogue.apply(a3, at: at + 3)
        out[0] = s0
        out[1] = s1
        out[2] = s2
        out[3] = s3
        epilogue.stored(s0, s1, s2, s3, row: row)
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
