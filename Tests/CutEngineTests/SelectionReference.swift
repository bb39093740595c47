import CutEngine
import Foundation

/// Float64 references for selections written as comparisons: the weights of `CutSpec`
/// comparisons and the selection losses (S/√B, Z_A with and without σ_b, weighted BCE and
/// squares), written again from their definitions, independently of the engine.
enum SelectionReference {
    /// A small weighted sample with columns `x`, `y` (a signal bump over a flat background),
    /// 517 events (not a multiple of 16).
    static func dataset(weighted: Bool, count: Int = 517) throws -> Dataset {
        let signalCount = count / 3
        let x =
            GradientReference.sample(seed: 31, mu: 1.0, sigma: 0.7, count: signalCount)
            + GradientReference.sample(seed: 32, mu: 0, sigma: 2, count: count - signalCount)
        let y =
            GradientReference.sample(seed: 33, mu: 0.5, sigma: 0.6, count: signalCount)
            + GradientReference.sample(seed: 34, mu: 0, sigma: 2, count: count - signalCount)
        let truth = (0..<count).map { Float($0 < signalCount ? 1 : 0) }
        let weights = (0..<count).map { Float(0.5 + Double(($0 * 37) % 11) / 10) }
        return try Dataset(
            columns: [("x", x), ("y", y)], truth: truth, weights: weighted ? weights : nil)
    }

    /// The relaxed weight of one comparison for an event value `x`, cut values `values`.
    static func weight(
        _ relaxation: Relaxation, _ comparison: Comparison, x: Double, values: [Double]
    )
        -> Double
    {
        let k = 1 / Double(comparison.width ?? 1)
        func w(_ d: Double) -> Double { GradientReference.weight(relaxation, d, 0) }
        switch comparison.op {
        case .greater: return w((x - values[0]) * k)
        case .less: return w((values[0] - x) * k)
        case .absGreater: return w((abs(x) - values[0]) * k)
        case .absLess: return w((values[0] - abs(x)) * k)
        case .window: return w((x - values[0]) * k) * w((values[1] - x) * k)
        }
    }

    /// Z_A from the Cowan–Cranmer–Gross–Vitells formula as printed (not simplified).
    static func asimov(s: Double, b: Double, relative r: Double) -> Double {
        guard r > 0 else { return (2 * ((s + b) * log(1 + s / b) - s)).squareRoot() }
        let sigma2 = r * r * b * b
        let first = (s + b) * log((s + b) * (b + sigma2) / (b * b + (s + b) * sigma2))
        let second = b * b / sigma2 * log(1 + sigma2 * s / (b * (b + sigma2)))
        return (2 * (first - second)).squareRoot()
    }

    /// The loss of `selection` with cut values `values` (parameter order) on `data`.
    static func loss(
        _ loss: SelectionLoss, _ relaxation: Relaxation, _ selection: CutSpec, data: Dataset,
        values: [Double]
    ) -> Double {
        let offsets = selection.parameterOffsets
        let weights = data.eventWeights.map(Double.init)
        let outputs = (0..<data.count).map { event in
            selection.comparisons.indices.reduce(1.0) { product, k in
                let comparison = selection.comparisons[k]
                let column = data.columnNames.firstIndex(of: comparison.column)!
                let own = Array(values[offsets[k]..<offsets[k] + comparison.op.parameterCount])
                return product
                    * weight(
                        relaxation, comparison, x: Double(data.columns[column][event]),
                        values: own)
            }
        }
        var s = 0.0
        var b = 0.0
        for event in 0..<data.count {
            if data.truth[event] == 1 {
                s += weights[event] * outputs[event]
            } else {
                b += weights[event] * outputs[event]
            }
        }
        switch loss {
        case .significance: return s / b.squareRoot()
        case .asimov(let r): return asimov(s: s, b: b, relative: r)
        case .perEvent(.sumOfSquares):
            return (0..<data.count).reduce(0) {
                let d = outputs[$1] - Double(data.truth[$1])
                return $0 + weights[$1] * d * d
            }
        case .perEvent(.meanBinaryCrossEntropy):
            let total = weights.reduce(0, +)
            return (0..<data.count).reduce(0) {
                let (o, t) = (outputs[$1], Double(data.truth[$1]))
                return $0 - weights[$1] * (t * log(o + 1e-6) + (1 - t) * log(1 - o + 1e-6))
            } / total
        case .perEvent(.seed):
            return GradientReference.eventLoss(.seed, outputs: outputs, truth: data.truth)
        }
    }
}
