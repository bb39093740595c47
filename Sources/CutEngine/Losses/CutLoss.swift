/// A loss over the weights a cut gives to signal events (w_s) and background events (w_b).
///
/// - `significance`: S/√B = Σw_s / √(Σw_b), maximised; ∂/∂w_s = 1/√B,
///   ∂/∂w_b = −S / (2 B^(3/2)).
/// - `binaryCrossEntropy`: Σ −log(w_s + 1e-6) + Σ −log(1 − w_b + 1e-6);
///   ∂/∂w_s = −1/(w_s + 1e-6), ∂/∂w_b = 1/(1 − w_b + 1e-6).
/// - `sumOfSquares`: Σ (1 − w_s)² + Σ w_b²; ∂/∂w_s = −2(1 − w_s), ∂/∂w_b = 2 w_b.
///
/// Per-event terms are computed in `Float` like the seed; sums are accumulated in `Double`
/// (accuracy first: these losses feed scans whose maxima the reports print to 4–5 digits).
/// S/√B is NaN or infinite when Σw_b ≤ 0, as in the seed (balanced sigmoid's high end); it is
/// shown, not hidden.
public enum CutLoss: Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// S/√B with weighted counts.
    case significance
    /// Binary cross-entropy with eps 1e-6.
    case binaryCrossEntropy
    /// Sum of squares against truth (1 for signal, 0 for background).
    case sumOfSquares

    /// The epsilon inside the binary cross-entropy's logarithms.
    public static let crossEntropyEpsilon: Float = 1e-6

    /// The name as reports write it (`LossName`): `ssb`, `bce`, `squares`.
    public var description: String { name.rawValue }

    /// Whether training should maximise (S/√B) rather than minimise the loss.
    public var isMaximised: Bool { self == .significance }

    /// The loss of the given weights.
    public func value(signal: [Float], background: [Float]) -> Double {
        evaluate(signal: signal, background: background, wantGradient: false).value
    }

    /// The loss and its derivative with respect to every weight.
    public func valueAndGradient(signal: [Float], background: [Float]) -> (
        value: Double, signal: [Double], background: [Double]
    ) {
        evaluate(signal: signal, background: background, wantGradient: true)
    }

    private func evaluate(signal: [Float], background: [Float], wantGradient: Bool) -> (
        value: Double, signal: [Double], background: [Double]
    ) {
        let eps = Self.crossEntropyEpsilon
        switch self {
        case .significance:
            var s = 0.0
            var b = 0.0
            for w in signal { s += Double(w) }
            for w in background { b += Double(w) }
            let value = s / b.squareRoot()
            guard wantGradient else { return (value, [], []) }
            let signalSlope = 1 / b.squareRoot()
            let backgroundSlope = -s / (2 * b * b.squareRoot())
            return (
                value, [Double](repeating: signalSlope, count: signal.count),
                [Double](repeating: backgroundSlope, count: background.count)
            )
        case .binaryCrossEntropy:
            var value = 0.0
            for w in signal { value -= Double(VectorMath.log(w + eps)) }
            for w in background { value -= Double(VectorMath.log(1 - w + eps)) }
            guard wantGradient else { return (value, [], []) }
            return (
                value, signal.map { -1 / Double($0 + eps) },
                background.map { 1 / Double(1 - $0 + eps) }
            )
        case .sumOfSquares:
            var value = 0.0
            for w in signal { value += Double((1 - w) * (1 - w)) }
            for w in background { value += Double(w * w) }
            guard wantGradient else { return (value, [], []) }
            return (value, signal.map { -2 * Double(1 - $0) }, background.map { 2 * Double($0) })
        }
    }

    /// The loss of cutting `signal` and `background` columns at `cut` with `relaxation`, and
    /// its derivative with respect to the cut: Σ ∂L/∂w_i · ∂w_i/∂c; `sharpness` sharpens the
    /// relaxation (`Relaxation.weightsAndDerivatives(_:cut:sharpness:)`).
    public func valueAndCutGradient(
        relaxation: Relaxation, signal: [Float], background: [Float], cut: Float,
        sharpness: Float = 1
    ) -> (value: Double, gradient: Double) {
        let signalWeights = relaxation.weightsAndDerivatives(
            of: signal, cut: cut, sharpness: sharpness)
        let backgroundWeights = relaxation.weightsAndDerivatives(
            of: background, cut: cut, sharpness: sharpness)
        let (value, signalSlopes, backgroundSlopes) = valueAndGradient(
            signal: signalWeights.weights, background: backgroundWeights.weights)
        var gradient = 0.0
        for index in signalSlopes.indices {
            gradient += signalSlopes[index] * Double(signalWeights.derivatives[index])
        }
        for index in backgroundSlopes.indices {
            gradient += backgroundSlopes[index] * Double(backgroundWeights.derivatives[index])
        }
        return (value, gradient)
    }
}
