/// The four QR sweeps of `DBDSQR`: zero shift or shifted, chasing the bulge down (direction 1)
/// or up (direction 2), each followed by the update of `vt` and a convergence test.
extension BidiagonalQR {
    typealias Rotation = LapackRotations

    mutating func sweep(ll: Int, m: Int, direction: Int, shift: Double, threshold: Double) {
        let count = m - ll
        var cosines = [Double](repeating: 0, count: count)
        var sines = [Double](repeating: 0, count: count)
        switch (shift == 0, direction == 1) {
        case (true, true):
            var cs = 1.0
            var oldCS = 1.0
            var oldSN = 0.0
            for i in ll..<m {
                let first = Rotation.rotation(d[i - 1] * cs, e[i - 1])
                cs = first.c
                if i > ll { e[i - 2] = oldSN * first.r }
                let second = Rotation.rotation(oldCS * first.r, d[i] * first.s)
                (oldCS, oldSN, d[i - 1]) = (second.c, second.s, second.r)
                cosines[i - ll] = first.c
                sines[i - ll] = first.s
            }
            let h = d[m - 1] * cs
            d[m - 1] = h * oldCS
            e[m - 2] = h * oldSN
        case (true, false):
            var cs = 1.0
            var oldCS = 1.0
            var oldSN = 0.0
            for i in stride(from: m, through: ll + 1, by: -1) {
                let first = Rotation.rotation(d[i - 1] * cs, e[i - 2])
                cs = first.c
                if i < m { e[i - 1] = oldSN * first.r }
                let second = Rotation.rotation(oldCS * first.r, d[i - 2] * first.s)
                (oldCS, oldSN, d[i - 1]) = (second.c, second.s, second.r)
                cosines[i - ll - 1] = oldCS
                sines[i - ll - 1] = -oldSN
            }
            let h = d[ll - 1] * cs
            d[ll - 1] = h * oldCS
            e[ll - 1] = h * oldSN
        case (false, true):
            var f = (abs(d[ll - 1]) - shift) * (fortranSign(1, d[ll - 1]) + shift / d[ll - 1])
            var g = e[ll - 1]
            for i in ll..<m {
                let right = Rotation.rotation(f, g)
                if i > ll { e[i - 2] = right.r }
                f = right.c * d[i - 1] + right.s * e[i - 1]
                e[i - 1] = right.c * e[i - 1] - right.s * d[i - 1]
                g = right.s * d[i]
                d[i] = right.c * d[i]
                let left = Rotation.rotation(f, g)
                d[i - 1] = left.r
                f = left.c * e[i - 1] + left.s * d[i]
                d[i] = left.c * d[i] - left.s * e[i - 1]
                if i < m - 1 {
                    g = left.s * e[i]
                    e[i] = left.c * e[i]
                }
                cosines[i - ll] = right.c
                sines[i - ll] = right.s
            }
            e[m - 2] = f
        case (false, false):
            var f = (abs(d[m - 1]) - shift) * (fortranSign(1, d[m - 1]) + shift / d[m - 1])
            var g = e[m - 2]
            for i in stride(from: m, through: ll + 1, by: -1) {
                let right = Rotation.rotation(f, g)
                if i < m { e[i - 1] = right.r }
                f = right.c * d[i - 1] + right.s * e[i - 2]
                e[i - 2] = right.c * e[i - 2] - right.s * d[i - 1]
                g = right.s * d[i - 2]
                d[i - 2] = right.c * d[i - 2]
                let left = Rotation.rotation(f, g)
                d[i - 1] = left.r
                f = left.c * e[i - 2] + left.s * d[i - 2]
                d[i - 2] = left.c * d[i - 2] - left.s * e[i - 2]
                if i > ll + 1 {
                    g = left.s * e[i - 3]
                    e[i - 3] = left.c * e[i - 3]
                }
                cosines[i - ll - 1] = left.c
                sines[i - ll - 1] = -left.s
            }
            e[ll - 1] = f
        }
        // Every sweep ends the same way: apply its rotations to `vt` in the order it made them,
        // and set the last off-diagonal entry it touched to zero once it is negligible.
        LapackRotations.rotateRows(
            &vt, n: n, first: ll - 1, cosines: cosines, sines: sines, forward: direction == 1)
        let last = direction == 1 ? m - 2 : ll - 1
        if abs(e[last]) <= threshold { e[last] = 0 }
    }
}
