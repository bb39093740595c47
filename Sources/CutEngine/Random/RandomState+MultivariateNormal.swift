/// Multivariate normals exactly as numpy's legacy `RandomState.multivariate_normal`.
extension RandomState {
    /// `count` draws from the multivariate normal `N(mean, covariance)`, following numpy's legacy
    /// recipe step by step: draw `count · dimension` standard normals row-major into
    /// `z` (count × dimension), compute `svd(covariance) = (u, s, vt)` with numpy's (LAPACK's)
    /// sign convention, and return `z @ (√s[:, None] · vt) + mean`.
    ///
    /// How far this matches numpy:
    /// - 1 × 1 and 2 × 2 (any symmetric positive semi-definite matrix): the SVD retraces LAPACK's
    ///   `dgesdd` path and the product uses fused multiply-adds like numpy's OpenBLAS, so the
    ///   samples agree with numpy's bit for bit (tested on 34 covariances, 3,340 values); a
    ///   rare last-bit difference in the SVD (1 matrix in 3,005) would change samples by ~1e-16.
    /// - 3 ≤ n ≤ 25: the SVD retraces LAPACK's bidiagonal QR path, so the singular vectors
    ///   have numpy's signs and order; samples agree with numpy's to ~1e-13 for full-rank
    ///   covariances (diagonal ones exactly). For a rank-deficient covariance the vectors of
    ///   zero singular values are decided by rounding, and samples can differ by ~1e-8.
    /// - n > 25: a Jacobi eigen-decomposition with its own sign rule (numpy switches to divide
    ///   and conquer there); the samples have the right distribution but are not numpy's.
    ///
    /// Unlike numpy (which only warns), a covariance that is not symmetric or not positive
    /// semi-definite is an error. The check for the latter is numpy's: `vtᵀ diag(s) vt` must
    /// reproduce the covariance within `|a − b| ≤ 1e-8 + 1e-8 |b|`. Symmetry uses the same
    /// tolerance. Nothing is drawn from the stream when an error is thrown.
    ///
    /// - Parameters:
    ///   - mean: one mean per dimension.
    ///   - covariance: a square matrix, `covariance[row][column]`, of the mean's dimension.
    ///   - count: number of draws (rows of the result).
    /// - Returns: a `count × dimension` ``SampleMatrix``.
    /// - Throws: ``RandomStateError`` naming the problem with the count, mean or covariance.
    public mutating func multivariateNormal(mean: [Double], covariance: [[Double]], count: Int)
        throws -> SampleMatrix
    {
        try Self.checkCount(count)
        let factor = try Self.samplingFactor(mean: mean, covariance: covariance)
        return drawMultivariateNormal(mean: mean, factor: factor, count: count)
    }

    /// Draws `count` rows `z @ factor + mean` for a factor from ``samplingFactor(mean:covariance:)``.
    mutating func drawMultivariateNormal(mean: [Double], factor: [Double], count: Int)
        -> SampleMatrix
    {
        let dimension = mean.count
        let z = (0..<(count * dimension)).map { _ in gauss() }
        var values = [Double](repeating: 0, count: count * dimension)
        for row in 0..<count {
            for column in 0..<dimension {
                // Fused multiply-adds in k order, as numpy's BLAS (OpenBLAS `dgemm`) computes
                // the product: with plain multiply-then-add a sample can differ in its last bit.
                var sum = 0.0
                for k in 0..<dimension {
                    sum.addProduct(z[row * dimension + k], factor[k * dimension + column])
                }
                values[row * dimension + column] = sum + mean[column]
            }
        }
        return SampleMatrix(rowCount: count, columnCount: dimension, values: values)
    }

    /// The matrix `√s[:, None] · vt` (row-major, dimension × dimension) after validating the
    /// mean and covariance.
    static func samplingFactor(mean: [Double], covariance: [[Double]]) throws -> [Double] {
        let n = mean.count
        guard n > 0 else { throw RandomStateError.emptyMean }
        for (index, value) in mean.enumerated() {
            try checkFinite(value, name: "mean[\(index)]")
        }
        guard covariance.count == n else {
            throw RandomStateError.covarianceShapeMismatch(rows: covariance.count, meanDimension: n)
        }
        for (row, entries) in covariance.enumerated() {
            guard entries.count == n else {
                throw RandomStateError.covarianceRowLength(
                    row: row, length: entries.count, expected: n)
            }
            for (column, value) in entries.enumerated() {
                try checkFinite(value, name: "covariance[\(row)][\(column)]")
            }
        }
        for row in 0..<n {
            for column in (row + 1)..<n {
                let value = covariance[row][column]
                let mirror = covariance[column][row]
                if !(abs(value - mirror) <= 1e-8 + 1e-8 * abs(mirror)) {
                    throw RandomStateError.covarianceNotSymmetric(
                        row: row, column: column, value: value, mirror: mirror)
                }
            }
        }

        let decomposition = try decompose(covariance)
        guard decomposition.reconstructs(covariance) else {
            let eigenvalues = try SingularDecomposition.jacobiSymmetric(covariance).eigenvalues
            throw RandomStateError.covarianceNotPositiveSemidefinite(
                smallestEigenvalue: eigenvalues.min() ?? 0)
        }
        var factor = decomposition.vectorsTransposed
        for row in 0..<n {
            let scale = decomposition.values[row].squareRoot()
            for column in 0..<n {
                factor[row * n + column] = scale * factor[row * n + column]
            }
        }
        return factor
    }

    /// numpy's `svd(covariance)`: LAPACK's path retraced for n ≤ 25, Jacobi above.
    static func decompose(_ covariance: [[Double]]) throws -> SingularDecomposition {
        let n = covariance.count
        switch n {
        case 1:
            return SingularDecomposition(values: [abs(covariance[0][0])], vectorsTransposed: [1])
        case 2:
            return .lapackTwoByTwo(
                covariance[0][0], covariance[0][1], covariance[1][0], covariance[1][1])
        case 3...SingularDecomposition.largestLapackDimension:
            guard let decomposition = SingularDecomposition.lapackGeneral(covariance) else {
                throw RandomStateError.decompositionDidNotConverge(dimension: n, sweeps: 6 * n)
            }
            return decomposition
        default:
            return try SingularDecomposition.jacobiSymmetric(covariance).decomposition
        }
    }
}
