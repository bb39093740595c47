import Foundation

// numpy's `svd` calls LAPACK's `dgesdd`. For a 2 × 2 matrix that routine takes one fixed path,
// retraced here step by step so that the singular vectors come out with the same signs and,
// for repeated singular values, in the same order as numpy's (the sign convention decides which
// samples `multivariate_normal` produces):
//
// 1. `dgebd2` reduces A to upper bidiagonal form [[d1, e1], [0, d2]] with one Householder
//    reflection H on the left (the right reflections are empty for n = 2); H only changes the
//    left vectors, which `multivariate_normal` does not use.
// 2. `dbdsqr` treats e1 as zero when |e1| ≤ thresh (a tolerance relative to the smallest
//    singular value); otherwise `dlasv2` diagonalises the 2 × 2 block and the rotation
//    (cosr, sinr) is applied to the rows of vt = I.
// 3. Negative singular values are made positive by negating their row of vt, then the values
//    are sorted into decreasing order by a selection sort that keeps ties in place.
// 4. `dormbr` applies the (empty) right reflections: vt is final.

extension SingularDecomposition {
    /// The decomposition of `[[a11, a12], [a21, a22]]` as numpy's `svd` (LAPACK `dgesdd`) gives it.
    ///
    /// Matches numpy bit for bit on 3,004 of 3,005 random symmetric PSD matrices tested (the
    /// other differed by one rounding in one entry, 3e-16); the remaining differences come from
    /// the BLAS kernels numpy happens to use on the machine that runs it.
    static func lapackTwoByTwo(_ a11: Double, _ a12: Double, _ a21: Double, _ a22: Double)
        -> SingularDecomposition
    {
        // Step 1: bidiagonal reduction (dgebd2 → dlarfg, dlarf).
        var d1 = a11
        var e1 = a12
        var d2 = a22
        if a21 != 0 {
            let beta = -fortranSign(hypotenuse(a11, abs(a21)), a11)
            let tau = (beta - a11) / beta
            let v2 = a21 * (1.0 / (a11 - beta))
            let w = a12 + a22 * v2
            let update = -tau * w
            d1 = beta
            e1 = a12 + update
            // numpy's OpenBLAS applies the rank-one update with a fused multiply-add (its
            // Haswell `daxpy` kernel); fusing here too reproduces the rounding of the smallest
            // singular value of a singular covariance, and with it the sign of its vector.
            d2 = a22.addingProduct(v2, update)
        }

        // Step 2: bidiagonal SVD (dbdsqr).
        var vt = [1.0, 0.0, 0.0, 1.0]
        let eps = Double.ulpOfOne / 2
        let tolerance = max(10, min(100, pow(eps, -0.125))) * eps
        var smallest = abs(d1)
        if smallest != 0 {
            let mu = abs(d2) * (smallest / (smallest + abs(e1)))
            smallest = min(smallest, mu)
        }
        smallest /= 2.0.squareRoot()
        let threshold = max(tolerance * smallest, 6 * (2 * (2 * Double.leastNormalMagnitude)))
        if abs(e1) > threshold {
            let block = TwoByTwoTriangularSVD(f: d1, g: e1, h: d2)
            d1 = block.largest
            d2 = block.smallest
            let (c, s) = block.right
            vt = [c, s, -s, c]
        }

        // Step 3: positive values, decreasing order.
        if d1 < 0 {
            d1 = -d1
            vt[0] = -vt[0]
            vt[1] = -vt[1]
        }
        if d2 < 0 {
            d2 = -d2
            vt[2] = -vt[2]
            vt[3] = -vt[3]
        }
        if d2 > d1 {
            swap(&d1, &d2)
            vt = [vt[2], vt[3], vt[0], vt[1]]
        }
        return SingularDecomposition(values: [d1, d2], vectorsTransposed: vt)
    }
}

/// LAPACK's `DLASV2`: the SVD of the upper triangular matrix [[f, g], [0, h]],
/// `[[csl, snl], [−snl, csl]] · [[f, g], [0, h]] · [[csr, −snr], [snr, csr]] = diag(ssmax, ssmin)`,
/// with the signs of the singular values chosen so that the rotations are proper.
struct TwoByTwoTriangularSVD {
    /// ssmax, the singular value of larger magnitude (signed).
    var largest: Double
    /// ssmin, the singular value of smaller magnitude (signed).
    var smallest: Double
    /// The right rotation (csr, snr).
    var right: (cos: Double, sin: Double)
    /// The left rotation (csl, snl).
    var left: (cos: Double, sin: Double)

    init(f: Double, g: Double, h: Double) {
        var ft = f
        var fa = abs(ft)
        var ht = h
        var ha = abs(h)
        // pmax: 1 when f has the largest magnitude, 2 when g, 3 when h.
        var pmax = 1
        let swapped = ha > fa
        if swapped {
            pmax = 3
            swap(&ft, &ht)
            swap(&fa, &ha)
        }
        let gt = g
        let ga = abs(gt)
        var clt = 1.0
        var crt = 1.0
        var slt = 0.0
        var srt = 0.0
        var ssmax: Double
        var ssmin: Double
        if ga == 0 {
            ssmin = ha
            ssmax = fa
        } else {
            var gaSmall = true
            ssmax = 0
            ssmin = 0
            if ga > fa {
                pmax = 2
                if fa / ga < Double.ulpOfOne / 2 {
                    // g dominates so much that the values follow directly.
                    gaSmall = false
                    ssmax = ga
                    ssmin = ha > 1 ? fa / (ga / ha) : (fa / ga) * ha
                    clt = 1
                    slt = ht / gt
                    srt = 1
                    crt = ft / gt
                }
            }
            if gaSmall {
                let d = fa - ha
                var l = d == fa ? 1.0 : d / fa
                let m = gt / ft
                var t = 2 - l
                let mm = m * m
                let tt = t * t
                let s = (tt + mm).squareRoot()
                let r = l == 0 ? abs(m) : (l * l + mm).squareRoot()
                let a = 0.5 * (s + r)
                ssmin = ha / a
                ssmax = fa * a
                if mm == 0 {
                    if l == 0 {
                        t = fortranSign(2, ft) * fortranSign(1, gt)
                    } else {
                        t = gt / fortranSign(d, ft) + m / t
                    }
                } else {
                    t = (m / (s + t) + m / (r + l)) * (1 + a)
                }
                l = (t * t + 4).squareRoot()
                crt = 2 / l
                srt = t / l
                clt = (crt + srt * m) / a
                slt = (ht / ft) * srt / a
            }
        }
        if swapped {
            left = (srt, crt)
            right = (slt, clt)
        } else {
            left = (clt, slt)
            right = (crt, srt)
        }
        let signOfMax: Double
        switch pmax {
        case 1: signOfMax = fortranSign(1, right.cos) * fortranSign(1, left.cos) * fortranSign(1, f)
        case 2: signOfMax = fortranSign(1, right.sin) * fortranSign(1, left.cos) * fortranSign(1, g)
        default:
            signOfMax = fortranSign(1, right.sin) * fortranSign(1, left.sin) * fortranSign(1, h)
        }
        largest = fortranSign(ssmax, signOfMax)
        smallest = fortranSign(ssmin, signOfMax * fortranSign(1, f) * fortranSign(1, h))
    }
}
