import Foundation

// numpy's `svd` of an n × n matrix calls LAPACK's `dgesdd`, which for n ≤ 25 takes this path
// (retraced here for 3 ≤ n ≤ 25; `SingularDecomposition+TwoByTwo.swift` has the 2 × 2 case):
//
// 1. `dgebd2`: Householder reflections from the left (H(i), zeroing column i below the
//    diagonal) and from the right (G(i), zeroing row i beyond the superdiagonal) reduce A to an
//    upper bidiagonal B = Qᵀ A P with diagonal d and superdiagonal e.
// 2. `dbdsqr` (called through `dbdsdc` → `dlasdq`): implicit QR sweeps with shifts chasing the
//    bulge from the larger end, rotations accumulated into vt = I; 2 × 2 blocks by `dlasv2`.
// 3. Negative values made positive (negating their row of vt), then the three sorts of
//    `dbdsqr`, `dlasdq` and `dbdsdc` (`lapackSortOrder`).
// 4. `dormbr`: vt ← vt · Pᵀ.
//
// The signs and order of the vectors follow numpy's. The rounding does not match bit for bit
// (numpy's BLAS kernels choose their own operation order), so vectors agree to ~1e-14 for
// full-rank matrices; vectors of (numerically) zero singular values are decided by rounding
// and may differ entirely, but they enter the samples multiplied by √s ≈ 1e-8.

extension SingularDecomposition {
    /// The largest dimension for which `dgesdd` uses the path retraced here; above it LAPACK
    /// switches to divide and conquer.
    static let largestLapackDimension = 25

    /// numpy's `svd` (s, vt) for a square matrix of dimension 3 … 25.
    ///
    /// - Returns: `nil` if the QR iteration does not converge (LAPACK's `INFO > 0`).
    static func lapackGeneral(_ matrix: [[Double]]) -> SingularDecomposition? {
        let n = matrix.count
        var a = matrix
        var d = [Double](repeating: 0, count: n)
        var e = [Double](repeating: 0, count: n - 1)
        var rightReflectors: [(tau: Double, vector: [Double])] = []

        // Step 1: bidiagonal reduction.
        for i in 0..<n {
            let left = reflector(alpha: a[i][i], tail: ((i + 1)..<n).map { a[$0][i] })
            d[i] = left.beta
            if i < n - 1, left.tau != 0 {
                let v = [1.0] + left.tail
                for j in (i + 1)..<n {
                    var w = 0.0
                    for r in i..<n { w += a[r][j] * v[r - i] }
                    let t = -left.tau * w
                    for r in i..<n { a[r][j].addProduct(v[r - i], t) }
                }
            }
            guard i < n - 1 else { break }
            let right = reflector(alpha: a[i][i + 1], tail: ((i + 2)..<n).map { a[i][$0] })
            e[i] = right.beta
            let u = [1.0] + right.tail
            rightReflectors.append((right.tau, u))
            if right.tau != 0 {
                for r in (i + 1)..<n {
                    var w = 0.0
                    for c in (i + 1)..<n { w += a[r][c] * u[c - i - 1] }
                    let t = -right.tau * w
                    for c in (i + 1)..<n { a[r][c].addProduct(u[c - i - 1], t) }
                }
            }
        }

        // Steps 2 and 3: bidiagonal SVD, positive values, LAPACK's order.
        var vt = [Double](repeating: 0, count: n * n)
        for i in 0..<n { vt[i * n + i] = 1 }
        var qr = BidiagonalQR(d: d, e: e, vt: vt, n: n)
        guard qr.run() else { return nil }
        for i in 0..<n where qr.d[i] < 0 {
            qr.d[i] = -qr.d[i]
            for column in 0..<n { qr.vt[i * n + column] = -qr.vt[i * n + column] }
        }
        let order = lapackSortOrder(qr.d)
        let values = order.map { qr.d[$0] }
        vt = order.flatMap { row in qr.vt[(row * n)..<(row * n + n)] }

        // Step 4: vt ← vt · Pᵀ with P = G(0) G(1) … G(n − 3).
        for i in stride(from: n - 3, through: 0, by: -1) where rightReflectors[i].tau != 0 {
            let (tau, u) = rightReflectors[i]
            for r in 0..<n {
                var w = 0.0
                for c in (i + 1)..<n { w += vt[r * n + c] * u[c - i - 1] }
                let t = -tau * w
                for c in (i + 1)..<n { vt[r * n + c] += t * u[c - i - 1] }
            }
        }
        return SingularDecomposition(values: values, vectorsTransposed: vt)
    }

    /// `DLARFG`: the reflector H = I − τ v vᵀ, v = (1, tail'), with H · (alpha, tail) = (β, 0).
    private static func reflector(alpha: Double, tail: [Double]) -> (
        beta: Double, tail: [Double], tau: Double
    ) {
        let norm = tail.reduce(0) { $0 + $1 * $1 }.squareRoot()
        guard !tail.isEmpty, norm != 0 else { return (alpha, tail, 0) }
        let beta = -fortranSign(hypotenuse(alpha, norm), alpha)
        let scale = 1 / (alpha - beta)
        return (beta, tail.map { $0 * scale }, (beta - alpha) / beta)
    }
}
