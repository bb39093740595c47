extension DenseKernels {
    /// Adds one dense layer's weight and bias gradients over a chunk to lane accumulators:
    /// for `o` in `rows` and `i` in `columns`,
    /// `weightSums[o + i * outputs] += Σ_v delta[o][v] · input[i][v]` (weights stored
    /// `[inputs][outputs]`, Haiku's layout), and
    /// `biasSums[o] += Σ_v delta[o][v]`, where `delta` is the gradient at the layer's
    /// pre-activation output. Rows outside `rows` have a zero delta and columns outside
    /// `columns` a zero input, so their gradient terms are zero and skipped. The lanes are
    /// summed once per block, by the caller.
    ///
    /// Register block: `blocks.gradientSide` rows × as many columns (four on AVX-512, two
    /// otherwise); a partial block computes only the rows and columns it has (a copy of the
    /// loop per size, chosen by `withCount`). Each weight's lanes add the same products in the
    /// same order at either size.
    static func accumulateGradient(
        delta: UnsafePointer<FloatVector>, input: UnsafePointer<FloatVector>,
        rows: FeatureList, columns: FeatureList, outputs: Int, stride: Int, vectors: Int,
        weightSums: UnsafeMutablePointer<FloatVector>, biasSums: UnsafeMutablePointer<FloatVector>,
        blocks: DenseBlockShape
    ) {
        for position in 0..<rows.count {
            let o = rows[position]
            let row = delta + o * stride
            var sum = FloatVector()
            for v in 0..<vectors { sum += row[v] }
            biasSums[o] += sum
        }
        let side = blocks.gradientSide
        var r = 0
        while r < rows.count {
            withCount(min(rows.count - r, side)) { liveRows in
                var c = 0
                while c < columns.count {
                    withCount(min(columns.count - c, side)) { liveColumns in
                        gradientBlock(
                            delta: delta, input: input, rows: rows, firstRow: r,
                            liveRows: liveRows, columns: columns, firstColumn: c,
                            liveColumns: liveColumns, outputs: outputs, stride: stride,
                            vectors: vectors, weightSums: weightSums)
                    }
                    c += side
                }
            }
            r += side
        }
    }

    @inline(__always)
    private static func gradientBlock(
        delta: UnsafePointer<FloatVector>, input: UnsafePointer<FloatVector>,
        rows: FeatureList, firstRow: Int, liveRows: Int, columns: FeatureList, firstColumn: Int,
        liveColumns: Int, outputs: Int, stride: Int, vectors: Int,
        weightSums: UnsafeMutablePointer<FloatVector>
    ) {
        let o0 = rows[firstRow], o1 = rows.clamped(firstRow + 1)
        let o2 = rows.clamped(firstRow + 2), o3 = rows.clamped(firstRow + 3)
        let i0 = columns[firstColumn], i1 = columns.clamped(firstColumn + 1)
        let i2 = columns.clamped(firstColumn + 2), i3 = columns.clamped(firstColumn + 3)
        let d0 = delta + o0 * stride, d1 = delta + o1 * stride
        let d2 = delta + o2 * stride, d3 = delta + o3 * stride
        let x0 = input + i0 * stride, x1 = input + i1 * stride
        let x2 = input + i2 * stride, x3 = input + i3 * stride
        var block = RegisterBlock4x4(rowStarts: (.zero, .zero, .zero, .zero))
        for v in 0..<vectors {
            block.addOuterProduct(
                d0[v], d1[v], d2[v], d3[v], x0[v], x1[v], x2[v], x3[v], rows: liveRows,
                columns: liveColumns)
        }
        let indices = (i0 * outputs, i1 * outputs, i2 * outputs, i3 * outputs)
        block.forEachRow(liveRows, of: (o0, o1, o2, o3)) { o, a0, a1, a2, a3 in
            addRow(a0, a1, a2, a3, to: weightSums + o, indices, liveColumns)
        }
    }

    @inline(__always)
    private static func addRow(
        _ a0: FloatVector, _ a1: FloatVector, _ a2: FloatVector, _ a3: FloatVector,
        to sums: UnsafeMutablePointer<FloatVector>, _ indices: (Int, Int, Int, Int),
        _ columnCount: Int
    ) {
        sums[indices.0] += a0
        if columnCount > 1 { sums[indices.1] += a1 }
        if columnCount > 2 { sums[indices.2] += a2 }
        if columnCount > 3 { sums[indices.3] += a3 }
    }
}
