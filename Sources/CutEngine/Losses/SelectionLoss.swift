/// What a selection's training optimises over the per-event selection weights W_i (the
/// product of the cuts' weights) and the events' own weights e_i (1 when unweighted):
///
/// - `significance`: S/√B with S = Σ_signal e_i W_i and B = Σ_background e_i W_i, maximised;
///   ∂/∂W_i = e_i/√B for signal, −e_i S/(2B^(3/2)) for background.
/// - `asimov(relativeUncertainty:)`: the Asimov significance Z_A(S, B) (`AsimovSignificance`),
///   maximised; ∂/∂W_i = e_i ∂Z/∂S or e_i ∂Z/∂B.
/// - `perEvent(EventLoss)`: a loss of the weights as outputs against the truth labels,
///   weighted (`EventLoss.evaluate(outputs:truth:weights:outputGradient:)`).
///
/// Sums in `Double`. B ≤ 0 (every background event cut away) is an error for the two
/// significances, not a NaN.
public enum SelectionLoss: Sendable, Hashable, CustomStringConvertible {
    /// S/√B.
    case significance
    /// Z_A with relative background uncertainty r (0 for none).
    case asimov(relativeUncertainty: Double)
    /// A per-event loss.
    case perEvent(EventLoss)

    /// The loss of `name`, with `relativeUncertainty` for `asimov`.
    /// - Throws: `SelectionError.lossTakesNoWeights` never; returns nil for a name without a
    ///   selection form.
    public static func named(_ name: LossName, relativeUncertainty: Double = 0) -> SelectionLoss? {
        switch name {
        case .ssb: return .significance
        case .asimov: return .asimov(relativeUncertainty: relativeUncertainty)
        default: return name.eventLoss.map { .perEvent($0) }
        }
    }

    /// Whether training maximises it (the two significances).
    public var isMaximised: Bool {
        if case .perEvent = self { return false }
        return true
    }

    /// `ssb`, `asimov`, `asimov(sigma_b=0.1)` or the per-event loss's name.
    public var description: String {
        switch self {
        case .significance: return LossName.ssb.rawValue
        case .asimov(let r): return r > 0 ? "asimov(sigma_b=\(r))" : LossName.asimov.rawValue
        case .perEvent(let loss): return loss.description
        }
    }

    /// The loss of selection weights `outputs` against `truth` with event weights `weights`
    /// (nil: every event counts 1), writing ∂L/∂W_i into `gradient`. All buffers have one
    /// entry per event.
    /// - Throws: `SelectionError.noBackground` when B ≤ 0 for a significance;
    ///   `SelectionError.lossTakesNoWeights` for the seed loss with weights.
    public func evaluate(
        outputs: UnsafeBufferPointer<Float>, truth: UnsafeBufferPointer<Float>,
        weights: UnsafeBufferPointer<Float>?, gradient: UnsafeMutableBufferPointer<Float>
    ) throws -> Double {
        switch self {
        case .perEvent(let loss):
            return Double(
                try loss.evaluate(
                    outputs: outputs, truth: truth, weights: weights, outputGradient: gradient))
        case .significance, .asimov:
            var s = 0.0
            var b = 0.0
            for index in outputs.indices {
                let term = Double(outputs[index]) * Double(weights?[index] ?? 1)
                if truth[index] == 1 { s += term } else { b += term }
            }
            let value: Double
            let slopes: (signal: Double, background: Double)
            if case .asimov(let r) = self {
                let z = try AsimovSignificance.valueAndGradient(
                    signal: s, background: b, relativeUncertainty: r)
                (value, slopes) = (z.value, (z.signal, z.background))
            } else {
                guard b > 0 else { throw SelectionError.noBackground(loss: "S/√B", background: b) }
                value = s / b.squareRoot()
                slopes = (1 / b.squareRoot(), -s / (2 * b * b.squareRoot()))
            }
            for index in outputs.indices {
                let slope = truth[index] == 1 ? slopes.signal : slopes.background
                gradient[index] = Float(slope * Double(weights?[index] ?? 1))
            }
            return value
        }
    }
}
