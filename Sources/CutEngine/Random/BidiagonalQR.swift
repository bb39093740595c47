import Foundation

/// LAPACK's `DBDSQR` for an upper bidiagonal matrix with relative accuracy, accumulating the
/// right rotations into `vt` (row-major n × n). The left vectors are not needed and not kept.
///
/// Indices `ll` and `m` are 1-based as in the reference so that each step can be compared
/// with it; arrays are 0-based.
struct BidiagonalQR {
    var d: [Double]
    var e: [Double]
    var vt: [Double]
    let n: Int

    init(d: [Double], e: [Double], vt: [Double], n: Int) {
        self.d = d
        self.e = e
        self.vt = vt
        self.n = n
    }

    /// Runs the iteration; `false` if it did not converge in 6n² inner steps.
    mutating func run() -> Bool {
        guard n > 1 else { return true }
        let eps = LapackRotations.epsilon
        let tol = max(10, min(100, pow(eps, -0.125))) * eps
        var smallestEstimate = abs(d[0])
        if smallestEstimate != 0 {
            var mu = smallestEstimate
            for i in 1..<n {
                mu = abs(d[i]) * (mu / (mu + abs(e[i - 1])))
                smallestEstimate = min(smallestEstimate, mu)
                if smallestEstimate == 0 { break }
            }
        }
        smallestEstimate /= Double(n).squareRoot()
        let threshold = max(
            tol * smallestEstimate, 6 * (Double(n) * (Double(n) * LapackRotations.safeMinimum)))
        let maximumPasses = 6 * n
        var passes = 0
        var iterations = -1
        var oldLL = -1
        var oldM = -1
        var direction = 0
        var m = n

        while m > 1 {
            if iterations >= n {
                iterations -= n
                passes += 1
                if passes >= maximumPasses { return false }
            }
            // Find the unreduced block ll … m.
            var largest = abs(d[m - 1])
            var ll = 0
            var split = false
            for lll in 1..<m {
                ll = m - lll
                let abss = abs(d[ll - 1])
                let abse = abs(e[ll - 1])
                if abse <= threshold || abse == 0 {
                    split = true
                    break
                }
                largest = max(largest, abss, abse)
            }
            if split {
                e[ll - 1] = 0
                if ll == m - 1 {
                    m -= 1
                    continue
                }
            } else {
                ll = 0
            }
            ll += 1
            if ll == m - 1 {
                let block = TwoByTwoTriangularSVD(f: d[m - 2], g: e[m - 2], h: d[m - 1])
                d[m - 2] = block.largest
                e[m - 2] = 0
                d[m - 1] = block.smallest
                LapackRotations.rotateRows(
                    &vt, n: n, first: m - 2, cosines: [block.right.cos], sines: [block.right.sin],
                    forward: true)
                m -= 2
                continue
            }
            if ll > oldM || m < oldLL {
                direction = abs(d[ll - 1]) >= abs(d[m - 1]) ? 1 : 2
            }
            // Convergence tests.
            var smallest: Double
            if direction == 1 {
                if abs(e[m - 2]) <= abs(tol) * abs(d[m - 1]) {
                    e[m - 2] = 0
                    continue
                }
                var mu = abs(d[ll - 1])
                smallest = mu
                var converged = false
                for lll in ll..<m {
                    if abs(e[lll - 1]) <= tol * mu {
                        e[lll - 1] = 0
                        converged = true
                        break
                    }
                    mu = abs(d[lll]) * (mu / (mu + abs(e[lll - 1])))
                    smallest = min(smallest, mu)
                }
                if converged { continue }
            } else {
                if abs(e[ll - 1]) <= abs(tol) * abs(d[ll - 1]) {
                    e[ll - 1] = 0
                    continue
                }
                var mu = abs(d[m - 1])
                smallest = mu
                var converged = false
                for lll in stride(from: m - 1, through: ll, by: -1) {
                    if abs(e[lll - 1]) <= tol * mu {
                        e[lll - 1] = 0
                        converged = true
                        break
                    }
                    mu = abs(d[lll - 1]) * (mu / (mu + abs(e[lll - 1])))
                    smallest = min(smallest, mu)
                }
                if converged { continue }
            }
            oldLL = ll
            oldM = m
            let shift = shiftFor(
                ll: ll, m: m, direction: direction, tol: tol, smallest: smallest, largest: largest)
            iterations += m - ll
            sweep(ll: ll, m: m, direction: direction, shift: shift, threshold: threshold)
        }
        return true
    }

    /// The shift of the next sweep: zero when shifting would spoil relative accuracy or is
    /// negligible, otherwise the smaller singular value of the trailing (leading) 2 × 2 block.
    private func shiftFor(
        ll: Int, m: Int, direction: Int, tol: Double, smallest: Double, largest: Double
    ) -> Double {
        if Double(n) * tol * (smallest / largest) <= max(LapackRotations.epsilon, 0.01 * tol) {
            return 0
        }
        let shift: Double
        let end: Double
        if direction == 1 {
            end = abs(d[ll - 1])
            shift = LapackRotations.smallerSingularValue(d[m - 2], e[m - 2], d[m - 1])
        } else {
            end = abs(d[m - 1])
            shift = LapackRotations.smallerSingularValue(d[ll - 1], e[ll - 1], d[ll])
        }
        if end > 0, (shift / end) * (shift / end) < LapackRotations.epsilon { return 0 }
        return shift
    }
}
