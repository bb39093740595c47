import Foundation

// Small LAPACK kernels used by the SVD that reproduces numpy's, each transcribed from the
// reference algorithm it names (LAPACK 3.12) so that rounding and signs follow numpy's.

enum LapackRotations {
    static let epsilon = Double.ulpOfOne / 2
    static let safeMinimum = Double.leastNormalMagnitude

    /// `DLARTG`: a plane rotation with `[c s; −s c] · [f; g] = [r; 0]`, `r` carrying the sign
    /// of `f` (LAPACK 3.10+ version).
    static func rotation(_ f: Double, _ g: Double) -> (c: Double, s: Double, r: Double) {
        let rootMinimum = safeMinimum.squareRoot()
        let rootMaximum = (1 / safeMinimum / 2).squareRoot()
        let f1 = abs(f)
        let g1 = abs(g)
        if g == 0 { return (1, 0, f) }
        if f == 0 { return (0, fortranSign(1, g), g1) }
        if f1 > rootMinimum, f1 < rootMaximum, g1 > rootMinimum, g1 < rootMaximum {
            let d = (f * f + g * g).squareRoot()
            let r = fortranSign(d, f)
            return (f1 / d, g / r, r)
        }
        let u = min(1 / safeMinimum, max(safeMinimum, f1, g1))
        let fs = f / u
        let gs = g / u
        let d = (fs * fs + gs * gs).squareRoot()
        let r = fortranSign(d, f)
        return (abs(fs) / d, gs / r, r * u)
    }

    /// `DLAS2`: the smaller singular value of the upper triangular [[f, g], [0, h]].
    static func smallerSingularValue(_ f: Double, _ g: Double, _ h: Double) -> Double {
        let fa = abs(f)
        let ga = abs(g)
        let ha = abs(h)
        let smaller = min(fa, ha)
        let larger = max(fa, ha)
        if smaller == 0 { return 0 }
        if ga < larger {
            let sum = 1 + smaller / larger
            let difference = (larger - smaller) / larger
            let ratio = (ga / larger) * (ga / larger)
            let c =
                2
                / ((sum * sum + ratio).squareRoot() + (difference * difference + ratio).squareRoot())
            return smaller * c
        }
        let ratio = larger / ga
        if ratio == 0 { return (smaller * larger) / ga }
        let sum = 1 + smaller / larger
        let difference = (larger - smaller) / larger
        let c =
            1
            / ((1 + (sum * ratio) * (sum * ratio)).squareRoot()
                + (1 + (difference * ratio) * (difference * ratio)).squareRoot())
        let value = (smaller * c) * ratio
        return value + value
    }

    /// `DLASR('L', 'V', direction)`: applies the rotations `(c[j], s[j])` to rows
    /// `first + j` and `first + j + 1` of the row-major `n × n` matrix `rows`, forward
    /// (j ascending) or backward.
    static func rotateRows(
        _ rows: inout [Double], n: Int, first: Int, cosines: [Double], sines: [Double],
        forward: Bool
    ) {
        let order = forward ? Array(cosines.indices) : cosines.indices.reversed()
        for j in order {
            let c = cosines[j]
            let s = sines[j]
            guard c != 1 || s != 0 else { continue }
            let upper = (first + j) * n
            let lower = (first + j + 1) * n
            for column in 0..<n {
                let temp = rows[lower + column]
                rows[lower + column] = c * temp - s * rows[upper + column]
                rows[upper + column] = s * temp + c * rows[upper + column]
            }
        }
    }
}
