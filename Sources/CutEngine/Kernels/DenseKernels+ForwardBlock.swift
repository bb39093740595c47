/// Event vectors per forward register block, as a type: each width is its own specialisation
/// of the loops, with the count a constant in it.
protocol ForwardBlockWidth {
    /// 1 or 4.
    static var vectors: Int { get }
}

/// One event vector per block (`DenseBlockShape.narrow`).
enum OneVectorWide: ForwardBlockWidth {
    static var vectors: Int { 1 }
}

/// Four event vectors per block (`DenseBlockShape.wide`).
enum FourVectorsWide: ForwardBlockWidth {
    static var vectors: Int { 4 }
}

/// One dense forward product's operands (see `DenseKernels.forward`), walked in register
/// blocks of four output rows × `Width.vectors` event vectors.
struct DenseForwardBlock {
    let weights: UnsafePointer<Float>
    let rowStride: Int
    let columnStride: Int
    let bias: UnsafePointer<Float>?
    let rows: FeatureList
    let columns: FeatureList
    let stride: Int

    /// Every output row over `vectors` event vectors, `Width.vectors` vectors per block.
    @inline(__always)
    func run<Width: ForwardBlockWidth>(
        input: UnsafePointer<FloatVector>, output: UnsafeMutablePointer<FloatVector>,
        vectors: Int, width _: Width.Type, _ epilogue: some DenseEpilogue
    ) {
        let width = Width.vectors
        var position = 0
        while position < rows.count {
            withCount(rows.count - position) { live in
                var v = 0
                while v < vectors {
                    block(
                        first: position, live: live, width: width, input: input + v,
                        output: output + v, epilogue, vectorOffset: v)
                    v += width
                }
            }
            position += 4
        }
    }

    @inline(__always)
    private func block(
        first: Int, live: Int, width: Int, input: UnsafePointer<FloatVector>,
        output: UnsafeMutablePointer<FloatVector>, _ epilogue: some DenseEpilogue,
        vectorOffset: Int
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
            // A narrow block reads only its own vector: the others may lie past the buffer.
            let x0 = row[0]
            let x1 = width > 1 ? row[1] : x0
            let x2 = width > 2 ? row[2] : x0
            let x3 = width > 3 ? row[3] : x0
            block.addOuterProduct(
                FloatVector(repeating: w0[column]), FloatVector(repeating: w1[column]),
                FloatVector(repeating: w2[column]), FloatVector(repeating: w3[column]),
                x0, x1, x2, x3, rows: live, columns: width)
        }
        block.forEachRow(live, of: (o0, o1, o2, o3)) { o, s0, s1, s2, s3 in
            store(s0, s1, s2, s3, width: width, row: o, output, epilogue, vectorOffset)
        }
    }

    /// Stores the first `width` of one row's accumulators through the epilogue.
    @inline(__always)
    private func store(
        _ a0: FloatVector, _ a1: FloatVector, _ a2: FloatVector, _ a3: FloatVector, width: Int,
        row: Int, _ output: UnsafeMutablePointer<FloatVector>, _ epilogue: some DenseEpilogue,
        _ vectorOffset: Int
    ) {
        let out = output + row * stride
        let at = row * stride + vectorOffset
        let s0 = epilogue.apply(a0, at: at)
        out[0] = s0
        guard width > 1 else {
            epilogue.stored(s0, row: row)
            return
        }
        let s1 = epilogue.apply(a1, at: at + 1)
        let s2 = epilogue.apply(a2, at: at + 2)
        let s3 = epilogue.apply(a3, at: at + 3)
        out[1] = s1
        out[2] = s2
        out[3] = s3
        epilogue.stored(s0, s1, s2, s3, row: row)
    }
}
