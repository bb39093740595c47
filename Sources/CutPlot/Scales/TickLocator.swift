import Foundation

/// Chooses tick positions: multiples of 1, 2 or 5 × 10ⁿ on linear axes, decades on log axes.
enum TickLocator {
    /// The smallest step of the form {1, 2, 5} × 10ⁿ that splits `lower…upper` into at most
    /// `maxIntervals` intervals between ticks.
    static func niceStep(lower: Double, upper: Double, maxIntervals: Int) -> Double {
        let span = upper - lower
        guard span > 0, span.isFinite else { return 1 }
        let n = Double(max(maxIntervals, 1))
        var exponent = floor(log10(span / n))
        while true {
            let decade = pow(10, exponent)
            for mantissa in [1.0, 2.0, 5.0] {
                let step = mantissa * decade
                let count = floor(upper / step + 1e-9) - ceil(lower / step - 1e-9)
                if count <= n { return step }
            }
            exponent += 1
        }
    }

    /// Linear ticks within `lower…upper` at multiples of a nice step.
    static func linear(lower: Double, upper: Double, maxIntervals: Int) -> (
        ticks: [Double], step: Double
    ) {
        let step = niceStep(lower: lower, upper: upper, maxIntervals: maxIntervals)
        let first = ceil(lower / step - 1e-9)
        let last = floor(upper / step + 1e-9)
        // Limits that are not finite (or absurd) get no ticks rather than endless ones.
        guard first.isFinite, last.isFinite, first <= last, last - first <= 100 else {
            return ([], step)
        }
        let ticks = stride(from: first, through: last, by: 1).map { k -> Double in
            let v = k * step
            return abs(v) < step * 1e-9 ? 0 : v
        }
        return (ticks, step)
    }

    /// Log ticks within `lower…upper` (both positive): decades (every `decadeStep`-th when
    /// there are many) as major ticks and 2…9 × 10ⁿ as minor ticks.
    static func log(lower: Double, upper: Double, maxIntervals: Int) -> (
        major: [Double], minor: [Double]
    ) {
        let a = log10(lower)
        let b = log10(upper)
        guard a.isFinite, b.isFinite, a <= b else { return ([], []) }
        let firstDecade = Int(floor(a + 1e-9))
        let lastDecade = Int(ceil(b - 1e-9))
        let decades = max(1, Int(floor(b + 1e-9)) - Int(ceil(a - 1e-9)))
        let decadeStep = max(1, Int(ceil(Double(decades) / Double(max(maxIntervals, 1)))))
        var major: [Double] = []
        var minor: [Double] = []
        for e in firstDecade...lastDecade {
            let decade = pow(10, Double(e))
            let inside = decade >= lower * (1 - 1e-9) && decade <= upper * (1 + 1e-9)
            if inside && e % decadeStep == 0 {
                major.append(decade)
            } else if inside {
                minor.append(decade)
            }
            guard decadeStep == 1 else { continue }
            for m in 2...9 {
                let v = Double(m) * decade
                if v >= lower && v <= upper { minor.append(v) }
            }
        }
        return (major, minor)
    }
}

/// Chooses axis limits from the data: a 5 % margin on each side that never crosses a "sticky"
/// value the data starts at (a histogram's zero), and a sensible span for a single value.
enum LimitFinder {
    static let margin = 0.05

    static func limits(
        dataLower: Double, dataUpper: Double, sticky: [Double], kind: ScaleKind
    ) -> (Double, Double) {
        guard dataLower.isFinite, dataUpper.isFinite, dataLower <= dataUpper else {
            return kind == .log ? (1, 10) : (0, 1)
        }
        var a = kind.forward(dataLower)
        var b = kind.forward(dataUpper)
        // Spans too wide to add margins to keep the data's own limits.
        guard (b - a).isFinite else { return (dataLower, dataUpper) }
        if a == b {
            let half = kind == .log ? 0.5 : (a == 0 ? 1 : abs(a) * 0.1)
            a -= half
            b += half
        } else {
            let m = (b - a) * margin
            var lo = a - m
            var hi = b + m
            for s in sticky where kind.accepts(s) {
                let t = kind.forward(s)
                if a >= t && lo < t { lo = t }
                if b <= t && hi > t { hi = t }
            }
            a = lo
            b = hi
        }
        return (kind.inverse(a), kind.inverse(b))
    }
}
