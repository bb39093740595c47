/// Per-event losses with event weights e_i.
///
/// - `sumOfSquares`: Σ e_i (o_i − t_i)²; ∂L/∂o_i = 2 e_i (o_i − t_i).
/// - `meanBinaryCrossEntropy`: −Σ e_i [t log(o + ε) + (1 − t) log(1 − o + ε)] / Σ e_i, the
///   weighted mean; ∂L/∂o_i = −(e_i/Σe) [t/(o + ε) − (1 − t)/(1 − o + ε)].
/// - `seed`: not defined with weights (a batch softmax).
///
/// Without weights (nil) the unweighted `evaluate(outputs:truth:outputGradient:)` runs, so
/// unweighted results are bit-identical to it.
extension EventLoss {
    /// The loss of `outputs` against `truth` with event weights `weights` (nil: unweighted),
    /// writing ∂L/∂o into `outputGradient` if given. Buffers have equal lengths.
    /// - Throws: `SelectionError.lossTakesNoWeights` for `seed` with weights.
    public func evaluate(
        outputs: UnsafeBufferPointer<Float>, truth: UnsafeBufferPointer<Float>,
        weights: UnsafeBufferPointer<Float>?,
        outputGradient: UnsafeMutableBufferPointer<Float>? = nil
    ) throws -> Float {
        guard let weights else {
            return evaluate(outputs: outputs, truth: truth, outputGradient: outputGradient)
        }
        precondition(weights.count == outputs.count, "one weight per event")
        switch self {
        case .seed:
            throw SelectionError.lossTakesNoWeights(loss: description)
        case .sumOfSquares:
            var sum = 0.0
            for index in outputs.indices {
                let difference = outputs[index] - truth[index]
                sum += Double(weights[index] * difference * difference)
                outputGradient?[index] = 2 * weights[index] * difference
            }
            return Float(sum)
        case .meanBinaryCrossEntropy:
            let eps = CutLoss.crossEntropyEpsilon
            var total = 0.0
            for weight in weights { total += Double(weight) }
            let scale = Float(1 / (total == 0 ? 1 : total))
            var sum = 0.0
            for index in outputs.indices {
                let (o, t, e) = (outputs[index], truth[index], weights[index])
                let term = t * VectorMath.log(o + eps) + (1 - t) * VectorMath.log(1 - o + eps)
                sum -= Double(e * term)
                outputGradient?[index] = -e * scale * (t / (o + eps) - (1 - t) / (1 - o + eps))
            }
            return Float(sum / (total == 0 ? 1 : total))
        }
    }
}
