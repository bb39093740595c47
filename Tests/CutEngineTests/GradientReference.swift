import CutEngine
import Foundation

/// Float64 references for the finite-difference gradient checks: every relaxation and loss
/// written again in `Double`, independently of the engine's `Float` kernels.
enum GradientReference {
    /// The weight of an event at `x` under a cut at `cut`.
    static func weight(_ relaxation: Relaxation, _ x: Double, _ cut: Double) -> Double {
        switch relaxation {
        case .hard: return x > cut ? 1 : 0
        case .erf: return (Foundation.erf(x - cut) + 1) / 2
        case .sigmoid(let slope): return 1 / (1 + Foundation.exp(-Double(slope) * (x - cut)))
        case .balancedSigmoid: return 2 / (1 + Foundation.exp(-(x - cut))) - 1
        }
    }

    /// A `CutLoss` of the weights of `signal` and `background` under a cut at `cut`.
    static func cutLoss(
        _ loss: CutLoss, _ relaxation: Relaxation, signal: [Float], background: [Float],
        cut: Double
    ) -> Double {
        let ws = signal.map { weight(relaxation, Double($0), cut) }
        let wb = background.map { weight(relaxation, Double($0), cut) }
        switch loss {
        case .significance:
            return ws.reduce(0, +) / wb.reduce(0, +).squareRoot()
        case .binaryCrossEntropy:
            return ws.reduce(0) { $0 - Foundation.log($1 + 1e-6) }
                + wb.reduce(0) { $0 - Foundation.log(1 - $1 + 1e-6) }
        case .sumOfSquares:
            return ws.reduce(0) { $0 + (1 - $1) * (1 - $1) } + wb.reduce(0) { $0 + $1 * $1 }
        }
    }

    /// An `EventLoss` of `outputs` against `truth`.
    static func eventLoss(_ loss: EventLoss, outputs: [Double], truth: [Float]) -> Double {
        switch loss {
        case .seed:
            let p = outputs.map { 1 / (1 + Foundation.exp(-$0)) }
            let logSum = Foundation.log(p.reduce(0) { $0 + Foundation.exp($1) })
            return zip(p, truth).reduce(0) { $0 - Double($1.1) * ($1.0 - logSum) }
        case .sumOfSquares:
            return zip(outputs, truth).reduce(0) {
                $0 + ($1.0 - Double($1.1)) * ($1.0 - Double($1.1))
            }
        case .meanBinaryCrossEntropy:
            let sum = zip(outputs, truth).reduce(0.0) { sum, pair in
                let (o, t) = (pair.0, Double(pair.1))
                return sum - (t * Foundation.log(o + 1e-6) + (1 - t) * Foundation.log(1 - o + 1e-6))
            }
            return sum / Double(outputs.count)
        }
    }

    /// The loss of a selection with `cuts` on `columns`, weights multiplied.
    static func selectionLoss(
        _ loss: EventLoss, _ relaxation: Relaxation, columns: [[Float]], truth: [Float],
        cuts: [Double]
    ) -> Double {
        let outputs = truth.indices.map { event in
            cuts.indices.reduce(1.0) {
                $0 * weight(relaxation, Double(columns[$1][event]), cuts[$1])
            }
        }
        return eventLoss(loss, outputs: outputs, truth: truth)
    }

    /// The central finite difference of `f` at `x` with step `h`.
    static func derivative(_ f: (Double) -> Double, at x: Double, step h: Double = 1e-4) -> Double {
        (f(x + h) - f(x - h)) / (2 * h)
    }

    /// Normal samples from numpy's stream, as `Float`.
    static func sample(seed: UInt32, mu: Double, sigma: Double, count: Int) -> [Float] {
        var stream = RandomState(seed: seed)
        return try! stream.normal(mu: mu, sigma: sigma, count: count).map { Float($0) }
    }

    /// Whether `got` agrees with `want` within a relative tolerance, or an absolute one for
    /// values near zero.
    static func agrees(_ got: Double, _ want: Double, relative: Double, absolute: Double) -> Bool {
        abs(got - want) <= max(relative * abs(want), absolute)
    }
}
