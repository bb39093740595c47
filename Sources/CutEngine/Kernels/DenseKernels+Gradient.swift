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
    /// Register block: four rows × four columns; a partial block repeats its last row or column
    /// (clamped positions) so that it runs at full speed, and adds only the entries that exist.
    static func accumulateGradient(
        delta: UnsafePointer<FloatVector>, input: UnsafePointer<FloatVector>,
        rows: FeatureList, columns: FeatureList, outputs: Int, stride: Int, vectors: Int,
        weightSums: UnsafeMutablePointer<FloatVector>, biasSums: UnsafeMutablePointer<FloatVector>
    ) {
        for position in 0..<rows.count {
            let o = rows[position]
            let row = delta + o * stride
            var sum = FloatVector()
            for v in 0..<vectors { sum += row[v] }
            biasSums[o] += sum
        }
        var r = 0
        while r < rows.count {
            var c = 0
            while c < columns.count {
                gradientBlock(
                    delta: delta, input: input, rows: rows, firstRow: r, columns: columns,
                    firstColumn: c, outputs: outputs, stride: stride, vectors: vectors,
                    weightSums: weightSums)
                c += 4
            }
            r += 4
        }
    }

    @inline(__always)
    private static func gradientBlock(
        delta: UnsafePointer<FloatVector>, input: UnsafePointer<FloatVector>,
        rows: FeatureList, firstRow: Int, columns: FeatureList, firstColumn: Int,
        outputs: Int, stride: Int, vectors: Int, weightSums: UnsafeMutablePointer<FloatVector>
    ) {
        let o0 = rows[firstRow], o1 = rows.clamped(firstRow + 1)
        let o2 = rows.clamped(firstRow + 2), o3 = rows.clamped(firstRow + 3)
        let i0 = columns[firstColumn], i1 = columns.clamped(firstColumn + 1)
        let i2 = columns.clamped(firstColumn + 2), i3 = columns.clamped(firstColumn + 3)
        let d0 = delta + o0 * stride, d1 = delta + o1 * stride
        let d2 = delta + o2 * stride, d3 = delta + o3 * stride
        let x0 = input + i0 * stride, x1 = input + i1 * stride
        let x2 = input + i2 * stride, x3 = input + i3 * stride
        var a00 = FloatVector(), a01 = FloatVector(), a02 = FloatVector(), a03 = FloatVector()
        var a10 = FloatVector(), a11 = FloatVector(), a12 = FloatVector(), a13 = FloatVector()
        var a20 = FloatVector(), a21 = FloatVector(), a22 = FloatVector(), a23 = FloatVector()
        var a30 = FloatVector(), a31 = FloatVector(), a32 = FloatVector(), a33 = FloatVector()
        for v in 0..<vectors {
            let g0 = d0[v], g1 = d1[v], g2 = d2[v], g3 = d3[v]
            let y0 = x0[v], y1 = x1[v], y2 = x2[v], y3 = x3[v]
            a00.addProduct(g0, y0); a01.addProduct(g0, y1)
            a02.addProduct(g0, y2); a03.addProduct(g0, y3)
            a10.addProduct(g1, y0); a11.addProduct(g1, y1)
            a12.addProduct(g1, y2); a13.addProduct(g1, y3)
            a20.addProduct(g2, y0); a21.addProduct(g2, y1)
            a22.addProduct(g2, y2); a23.addProduct(g2, y3)
            a30.addProduct(g3, y0); a31.addProduct(g3, y1)
            a32.addProduct(g3, y2); a33.addProduct(g3, y3)
        }
        let rowCount = min(4, rows.count - firstRow)
        let columnCount = min(4, columns.count - firstColumn)
        let indices = (i0 * outputs, i1 * outputs, i2 * outputs, i3 * outputs)
        addRow(a00, a01, a02, a03, to: weightSums + o0, indices, columnCount)
        if rowCount > 1 { addRow(a10, a11, a12, a13, to: weightSums + o1, indices, columnCount) }
        if rowCount > 2 { addRow(a20, a21, a22, a23, to: weightSums + o2, indices, columnCount) }
        if rowCount > 3 { addRow(a30, a31, a32, a33, to: weightSums + o3, indices, columnCount) }
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
