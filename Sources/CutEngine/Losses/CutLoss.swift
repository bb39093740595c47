/// A loss over the weights a cut gives to signal events (w_s) and background events (w_b).
///
/// - `significance`: S/√B = Σw_s / √(Σw_b), maximised; ∂/∂w_s = 1/√B,
///   ∂/∂w_b = −S / (2 B^(3/2)).
/// - `binaryCrossEntropy`: Σ −log(w_s + 1e-6) + Σ −log(1 − w_b + 1e-6);
///   ∂/∂w_s = −1/(w_s + 1e-6), ∂/∂w_b = 1/(1 − w_b + 1e-6).
/// - `sumOfSquares`: Σ (1 − w_s)² + Σ w_b²; ∂/∂w_s = −2(1 − w_s), ∂/∂w_b = 2 w_b.
///
/// With event weights e (`EventWeights`), each event's term is multiplied by its e: S = Σ e_s w_s,
/// B = Σ e_b w_b, Σ −e_s log(w_s + 1e-6) + …, Σ e_s (1 − w_s)² + Σ e_b w_b²; without them every
/// e is 1 and the sums are exactly the unweighted ones.
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

    /// The loss of the given weights; `events` are the events' own weights (nil: each counts 1).
    public func value(signal: [Float], background: [Float], events: EventWeights? = nil) -> Double {
        evaluate(signal: signal, background: background, events: events, wantGradient: false)
            .value
    }

    /// The loss and its derivative with respect to every weight; `events` are the events' own
    /// weights (nil: each counts 1).
    public func valueAndGradient(
        signal: [Float], background: [Float], events: EventWeights? = nil
    ) -> (value: Double, signal: [Double], background: [Double]) {
        evaluate(signal: signal, background: background, events: events, wantGradient: true)
    }

    /// Each event's term is multiplied by its event weight e (1 without weights, which leaves
    /// every sum exactly as unweighted): S = Σ e_s w_s, B = Σ e_b w_b; Σ −e log(…); Σ e (…)².
    private func evaluate(
        signal: [Float], background: [Float], events: EventWeights?, wantGradient: Bool
    ) -> (value: Double, signal: [Double], background: [Double]) {
        let eps = Self.crossEntropyEpsilon
        func signalWeight(_ index: Int) -> Double { Double(events?.signal[index] ?? 1) }
        func backgroundWeight(_ index: Int) -> Double { Double(events?.background[index] ?? 1) }
        switch self {
        case .significance:
            var s = 0.0
            var b = 0.0
            for (index, w) in signal.enumerated() { s += Double(w) * signalWeight(index) }
            for (index, w) in background.enumerated() { b += Double(w) * backgroundWeight(index) }
            let value = s / b.squareRoot()
            guard wantGradient else { return (value, [], []) }
            let signalSlope = 1 / b.squareRoot()
            let backgroundSlope = -s / (2 * b * b.squareRoot())
            return (
                value, signal.indices.map { signalSlope * signalWeight($0) },
                background.indices.map { backgroundSlope * backgroundWeight($0) }
            )
        case .binaryCrossEntropy:
            var value = 0.0
            for (index, w) in signal.enumerated() {
                value -= Double(VectorMath.log(w + eps)) * signalWeight(index)
            }
            for (index, w) in background.enumerated() {
                value -= Double(VectorMath.log(1 - w + eps)) * backgroundWeight(index)
            }
            guard wantGradient else { return (value, [], []) }
            return (
                value, signal.indices.map { -signalWeight($0) / Double(signal[$0] + eps) },
                background.indices.map { backgroundWeight($0) / Double(1 - background[$0] + eps) }
            )
        case .sumOfSquares:
            var value = 0.0
            for (index, w) in signal.enumerated() {
                value += Double((1 - w) * (1 - w)) * signalWeight(index)
            }
            for (index, w) in background.enumerated() {
                value += Double(w * w) * backgroundWeight(index)
            }
            guard wantGradient else { return (value, [], []) }
            return (
                value, signal.indices.map { -2 * Double(1 - signal[$0]) * signalWeight($0) },
                background.indices.map { 2 * Double(background[$0]) * backgroundWeight($0) }
            )
        }
    }

    /// The loss of cutting `signal` and `background` columns at `cut` with `relaxation`, and
    /// its derivative with respect to the cut: Σ ∂L/∂w_i · ∂w_i/∂c; `sharpness` sharpens the
    /// relaxation (`Relaxation.weightsAndDerivatives(_:cut:sharpness:)`); `events` weigh each
    /// event's term (nil: each counts 1).
    public func valueAndCutGradient(
        relaxation: Relaxation, signal: [Float], background: [Float], cut: Float,
        sharpness: Float = 1, events: EventWeights? = nil
    ) -> (value: Double, gradient: Double) {
        let signalWeights = relaxation.weightsAndDerivatives(
            of: signal, cut: cut, sharpness: sharpness)
        let backgroundWeights = relaxation.weightsAndDerivatives(
            of: background, cut: cut, sharpness: sharpness)
        let (value, signalSlopes, backgroundSlopes) = valueAndGradient(
            signal: signalWeights.weights, background: backgroundWeights.weights, events: events)
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

/// The events' own weights (a simulation's cross-section weights), split by class in the order
/// of the signal and background values they weigh.
public struct EventWeights: Sendable, Equatable {
    /// One weight per signal value.
    public let signal: [Float]
    /// One weight per background value.
    public let background: [Float]

    /// The weights of the signal and background events.
    public init(signal: [Float], background: [Float]) {
        self.signal = signal
        self.background = background
    }

    /// The weights of `dataset`'s events split by class, or nil for an unweighted data set.
    public init?(_ dataset: Dataset) {
        guard let weights = dataset.weights else { return nil }
        (signal, background) = dataset.splitByClass(weights)
    }

    /// Checks there is one weight per value of each class.
    /// - Throws: `EngineError.shapeMismatch` naming the class whose count differs.
    func validate(signalCount: Int, backgroundCount: Int) throws {
        guard signal.count == signalCount else {
            throw EngineError.shapeMismatch(
                what: "signal event weights", expected: [signalCount], found: [signal.count])
        }
        guard background.count == backgroundCount else {
            throw EngineError.shapeMismatch(
                what: "background event weights", expected: [backgroundCount],
                found: [background.count])
        }
    }
}
