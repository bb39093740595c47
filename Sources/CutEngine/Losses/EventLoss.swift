/// A loss over a model's per-event outputs o_i and truth labels t_i (1 signal, 0 background).
///
/// - `seed`: −Σ t_i log_softmax(σ(o))_i over the whole batch (see `SeedLoss`).
/// - `sumOfSquares`: Σ (t_i − o_i)²; ∂L/∂o_i = 2 (o_i − t_i).
/// - `meanBinaryCrossEntropy`: −(1/N) Σ [t log(o + ε) + (1 − t) log(1 − o + ε)], ε = 1e-6;
///   ∂L/∂o_i = −(1/N) [t/(o + ε) − (1 − t)/(1 − o + ε)].
///
/// The mean BCE is the per-event loss of lesson 3; it reads outputs as probabilities (apply a
/// sigmoid in the model for raw network outputs). Per-event terms in `Float`, sums in `Double`.
public enum EventLoss: Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// The seed's batch softmax cross-entropy of σ(output).
    case seed
    /// Σ (truth − output)².
    case sumOfSquares
    /// The mean binary cross-entropy, eps 1e-6.
    case meanBinaryCrossEntropy

    /// The name as reports write it (`LossName`): `seed`, `squares`, `bce`.
    public var description: String { name.rawValue }

    /// The loss of `outputs` against `truth`, writing ∂L/∂o into `outputGradient` if given.
    /// The buffers must have equal lengths (precondition).
    public func evaluate(
        outputs: UnsafeBufferPointer<Float>, truth: UnsafeBufferPointer<Float>,
        outputGradient: UnsafeMutableBufferPointer<Float>? = nil
    ) -> Float {
        precondition(outputs.count == truth.count, "outputs and truth differ in length")
        precondition(
            (outputGradient?.count ?? outputs.count) >= outputs.count, "gradient too short")
        switch self {
        case .seed:
            return SeedLoss.evaluate(outputs: outputs, truth: truth, outputGradient: outputGradient)
        case .sumOfSquares:
            var sum = 0.0
            for index in outputs.indices {
                let difference = outputs[index] - truth[index]
                sum += Double(difference * difference)
                outputGradient?[index] = 2 * difference
            }
            return Float(sum)
        case .meanBinaryCrossEntropy:
            let eps = CutLoss.crossEntropyEpsilon
            let scale = 1 / Float(max(outputs.count, 1))
            var sum = 0.0
            for index in outputs.indices {
                let (o, t) = (outputs[index], truth[index])
                let term = t * VectorMath.log(o + eps) + (1 - t) * VectorMath.log(1 - o + eps)
                sum -= Double(term)
                outputGradient?[index] = -scale * (t / (o + eps) - (1 - t) / (1 - o + eps))
            }
            return Float(sum / Double(max(outputs.count, 1)))
        }
    }

    /// The loss of `outputs` against `truth` and its gradient with respect to the outputs.
    /// - Throws: `EngineError.shapeMismatch` when the lengths differ.
    public func valueAndGradient(outputs: [Float], truth: [Float]) throws -> (
        value: Float, gradient: [Float]
    ) {
        guard outputs.count == truth.count else {
            throw EngineError.shapeMismatch(
                what: "truth labels for \(self) loss", expected: [outputs.count],
                found: [truth.count])
        }
        var gradient = [Float](repeating: 0, count: outputs.count)
        let value = outputs.withUnsafeBufferPointer { outputs in
            truth.withUnsafeBufferPointer { truth in
                gradient.withUnsafeMutableBufferPointer { gradient in
                    evaluate(outputs: outputs, truth: truth, outputGradient: gradient)
                }
            }
        }
        return (value, gradient)
    }
}
