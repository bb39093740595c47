import Foundation

/// The singular values and right singular vectors of a small square matrix, as numpy's
/// `np.linalg.svd` returns them (`s` in decreasing order, `vt` with one vector per row).
///
/// `multivariate_normal` only uses `s` and `vt`, so the left vectors are not computed.
struct SingularDecomposition: Equatable {
    /// Singular values, largest first.
    var values: [Double]
    /// Right singular vectors, row `i` belonging to `values[i]`, stored row-major (n × n).
    var vectorsTransposed: [Double]

    var dimension: Int { values.count }

    /// Whether `vtᵀ diag(s) vt` reproduces `matrix` within numpy's `allclose` tolerances
    /// (`|a − b| ≤ 1e-8 + 1e-8 |b|`); this is numpy's positive semi-definiteness test.
    func reconstructs(_ matrix: [[Double]]) -> Bool {
        let n = dimension
        for row in 0..<n {
            for column in 0..<n {
                var sum = 0.0
                for k in 0..<n {
                    sum +=
                        vectorsTransposed[k * n + row] * values[k]
                        * vectorsTransposed[k * n + column]
                }
                let expected = matrix[row][column]
                if !(abs(sum - expected) <= 1e-8 + 1e-8 * abs(expected)) {
                    return false
                }
            }
        }
        return true
    }
}

extension SingularDecomposition {
    /// The order in which `dgesdd` leaves singular values that are already final, as indices into
    /// `values`: three selection sorts run in turn (`dbdsqr` moves the last smallest value to the
    /// end, `dlasdq` sorts ascending, `dbdsdc` sorts decreasing), which reorders tied values in
    /// a particular way that numpy's output shows.
    static func lapackSortOrder(_ values: [Double]) -> [Int] {
        let n = values.count
        var d = values
        var order = Array(0..<n)
        func exchange(_ i: Int, _ j: Int) {
            d.swapAt(i, j)
            order.swapAt(i, j)
        }
        for i in 0..<max(n - 1, 0) {
            let last = n - 1 - i
            var smallestIndex = 0
            for j in 1...last where d[j] <= d[smallestIndex] { smallestIndex = j }
            if smallestIndex != last { exchange(smallestIndex, last) }
        }
        for i in 0..<n {
            var smallestIndex = i
            for j in (i + 1)..<n where d[j] < d[smallestIndex] { smallestIndex = j }
            if smallestIndex != i { exchange(smallestIndex, i) }
        }
        for i in 0..<max(n - 1, 0) {
            var largestIndex = i
            for j in (i + 1)..<n where d[j] > d[largestIndex] { largestIndex = j }
            if largestIndex != i { exchange(largestIndex, i) }
        }
        return order
    }

}

/// Fortran's `SIGN(a, b)`: the magnitude of `a` with the sign of `b`.
@inline(__always)
func fortranSign(_ magnitude: Double, _ sign: Double) -> Double {
    Double(signOf: sign, magnitudeOf: magnitude)
}

/// LAPACK's `DLAPY2`: `√(x² + y²)` without needless overflow.
func hypotenuse(_ x: Double, _ y: Double) -> Double {
    let larger = max(abs(x), abs(y))
    let smaller = min(abs(x), abs(y))
    if smaller == 0 || larger > Double.greatestFiniteMagnitude {
        return larger
    }
    let ratio = smaller / larger
    return larger * (1 + ratio * ratio).squareRoot()
}
