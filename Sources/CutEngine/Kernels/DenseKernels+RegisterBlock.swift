/// The sixteen accumulators of a dense kernel's register block, four rows × four columns of
/// event vectors or weights: `a[r][c] += left[r] · right[c]` per step, one fused multiply-add
/// each, in the same order for every kernel that uses it.
struct RegisterBlock4x4 {
    var a00, a01, a02, a03: FloatVector
    var a10, a11, a12, a13: FloatVector
    var a20, a21, a22, a23: FloatVector
    var a30, a31, a32, a33: FloatVector

    /// A block whose row `r` starts at `rowStarts.r` in all four columns.
    @inline(__always)
    init(rowStarts: (FloatVector, FloatVector, FloatVector, FloatVector)) {
        (a00, a01, a02, a03) = (rowStarts.0, rowStarts.0, rowStarts.0, rowStarts.0)
        (a10, a11, a12, a13) = (rowStarts.1, rowStarts.1, rowStarts.1, rowStarts.1)
        (a20, a21, a22, a23) = (rowStarts.2, rowStarts.2, rowStarts.2, rowStarts.2)
        (a30, a31, a32, a33) = (rowStarts.3, rowStarts.3, rowStarts.3, rowStarts.3)
    }

    /// Adds the outer product `left ⊗ right` to the first `rows` rows and `columns` columns:
    /// `a[r][c] += left.r · right.c`. Callers pass literal counts (through `withCount`), so
    /// each size compiles to its own loop and a partial block executes only the products that
    /// exist; every kept accumulator sees the same products in the same order at any size.
    @inline(__always)
    mutating func addOuterProduct(
        _ l0: FloatVector, _ l1: FloatVector, _ l2: FloatVector, _ l3: FloatVector,
        _ r0: FloatVector, _ r1: FloatVector, _ r2: FloatVector, _ r3: FloatVector,
        rows: Int, columns: Int
    ) {
        let right = (r0, r1, r2, r3)
        Self.add(l0, times: right, columns: columns, to: &a00, &a01, &a02, &a03)
        guard rows > 1 else { return }
        Self.add(l1, times: right, columns: columns, to: &a10, &a11, &a12, &a13)
        guard rows > 2 else { return }
        Self.add(l2, times: right, columns: columns, to: &a20, &a21, &a22, &a23)
        guard rows > 3 else { return }
        Self.add(l3, times: right, columns: columns, to: &a30, &a31, &a32, &a33)
    }

    /// One row of `addOuterProduct`: `a.c += left · right.c` for the first `columns` columns.
    @inline(__always)
    private static func add(
        _ left: FloatVector, times right: (FloatVector, FloatVector, FloatVector, FloatVector),
        columns: Int, to a0: inout FloatVector, _ a1: inout FloatVector,
        _ a2: inout FloatVector, _ a3: inout FloatVector
    ) {
        a0.addProduct(left, right.0)
        if columns > 1 { a1.addProduct(left, right.1) }
        if columns > 2 { a2.addProduct(left, right.2) }
        if columns > 3 { a3.addProduct(left, right.3) }
    }

    /// Calls `body(rows.r, a[r][0], a[r][1], a[r][2], a[r][3])` for the first `count` rows
    /// (at least one, at most four): a partial block hands over only the rows that exist.
    @inline(__always)
    func forEachRow(
        _ count: Int, of rows: (Int, Int, Int, Int),
        _ body: (Int, FloatVector, FloatVector, FloatVector, FloatVector) -> Void
    ) {
        body(rows.0, a00, a01, a02, a03)
        if count > 1 { body(rows.1, a10, a11, a12, a13) }
        if count > 2 { body(rows.2, a20, a21, a22, a23) }
        if count > 3 { body(rows.3, a30, a31, a32, a33) }
    }
}

/// Calls `body` with `count` (1…4; larger counts pass 4) as a literal, so that an inlined
/// `body` is specialised for each block size (see `RegisterBlock4x4.addOuterProduct`).
@inline(__always)
func withCount(_ count: Int, _ body: (Int) -> Void) {
    switch count {
    case 1: body(1)
    case 2: body(2)
    case 3: body(3)
    default: body(4)
    }
}
