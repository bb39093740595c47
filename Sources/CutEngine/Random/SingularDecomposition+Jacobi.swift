import Foundation

// For a symmetric matrix the singular value decomposition is the eigen-decomposition with the
// eigenvalues' signs moved into the vectors. Above 25 dimensions (where numpy's LAPACK switches
// to divide and conquer, which we do not retrace) we diagonalise with cyclic Jacobi rotations (accuracy first: Jacobi gives eigenvalues with small relative error and orthogonal
// vectors to working precision; speed is irrelevant for the handful of covariances we see).
//
// The sign rule here is our own and is documented on `jacobiSymmetric(_:)`. The order of the values follows LAPACK's sorts (`lapackSortOrder`),
// which makes diagonal covariances (with any pattern of repeated variances) match numpy exactly.

extension SingularDecomposition {
    /// Upper limit on Jacobi sweeps; convergence is quadratic and takes well under 20 sweeps.
    static let maximumSweeps = 60

    /// The decomposition of the symmetric `matrix` (n × n) by cyclic Jacobi rotations.
    ///
    /// - Singular values are the eigenvalues' magnitudes, in decreasing order; ties keep the
    ///   order LAPACK gives them (so a diagonal matrix matches numpy exactly).
    /// - Sign rule: each vector's component of largest magnitude (the first one, on ties) is
    ///   positive. numpy's signs may differ for non-diagonal matrices; the distribution of the
    ///   samples is the same, the individual samples are not. Also used for the eigenvalues
    ///   quoted when a covariance is not positive semi-definite.
    /// - Returns: the decomposition and the signed eigenvalues (in the same order).
    static func jacobiSymmetric(_ matrix: [[Double]]) throws -> (
        decomposition: SingularDecomposition, eigenvalues: [Double]
    ) {
        let n = matrix.count
        var a = matrix.flatMap { $0 }
        var v = [Double](repeating: 0, count: n * n)
        for i in 0..<n { v[i * n + i] = 1 }

        var converged = false
        var sweep = 0
        while sweep < maximumSweeps {
            var rotated = false
            for p in 0..<n {
                for q in (p + 1)..<n {
                    let apq = a[p * n + q]
                    let scale = (abs(a[p * n + p] * a[q * n + q])).squareRoot()
                    if apq == 0 || abs(apq) <= Double.ulpOfOne / 2 * scale {
                        a[p * n + q] = 0
                        a[q * n + p] = 0
                        continue
                    }
                    rotated = true
                    rotate(&a, &v, n: n, p: p, q: q)
                }
            }
            sweep += 1
            if !rotated {
                converged = true
                break
            }
        }
        guard converged else {
            throw RandomStateError.decompositionDidNotConverge(dimension: n, sweeps: sweep)
        }

        var eigenvalues = (0..<n).map { a[$0 * n + $0] }
        var magnitudes = eigenvalues.map { abs($0) }
        var vectors = (0..<n).map { column in (0..<n).map { v[$0 * n + column] } }

        let order = lapackSortOrder(magnitudes)
        magnitudes = order.map { magnitudes[$0] }
        eigenvalues = order.map { eigenvalues[$0] }
        vectors = order.map { vectors[$0] }
        for index in 0..<n {
            var largest = 0
            for component in 1..<n
            where abs(vectors[index][component]) > abs(vectors[index][largest]) {
                largest = component
            }
            if vectors[index][largest] < 0 {
                vectors[index] = vectors[index].map { -$0 }
            }
        }
        let decomposition = SingularDecomposition(
            values: magnitudes, vectorsTransposed: vectors.flatMap { $0 })
        return (decomposition, eigenvalues)
    }

    /// One Jacobi rotation in the (p, q) plane that zeroes `a[p][q]`, accumulated into `v`.
    private static func rotate(_ a: inout [Double], _ v: inout [Double], n: Int, p: Int, q: Int) {
        let apq = a[p * n + q]
        let theta = (a[q * n + q] - a[p * n + p]) / (2 * apq)
        let t = fortranSign(1, theta) / (abs(theta) + (1 + theta * theta).squareRoot())
        let c = 1 / (1 + t * t).squareRoot()
        let s = t * c
        for k in 0..<n {
            let akp = a[k * n + p]
            let akq = a[k * n + q]
            a[k * n + p] = c * akp - s * akq
            a[k * n + q] = s * akp + c * akq
        }
        for k in 0..<n {
            let apk = a[p * n + k]
            let aqk = a[q * n + k]
            a[p * n + k] = c * apk - s * aqk
            a[q * n + k] = s * apk + c * aqk
        }
        a[p * n + q] = 0
        a[q * n + p] = 0
        for k in 0..<n {
            let vkp = v[k * n + p]
            let vkq = v[k * n + q]
            v[k * n + p] = c * vkp - s * vkq
            v[k * n + q] = s * vkp + c * vkq
        }
    }
}
