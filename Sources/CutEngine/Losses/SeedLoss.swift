/// The seed's loss: p = σ(output) per event, then a softmax cross-entropy across the WHOLE
/// batch, loss = −Σ_i t_i · log_softmax(p)_i with log_softmax(p)_i = p_i − log Σ_j e^(p_j).
///
/// Written as −Σ t_i p_i + T · log S with T = Σ t_i and S = Σ e^(p_j), so one pass over the
/// events gives every sum. Its gradient with respect to an event's output o_j:
/// ∂L/∂o_j = (T e^(p_j) / S − t_j) · p_j (1 − p_j).
/// (Since 0 < p < 1, e^p needs no max-shift for stability.)
///
/// Per-event terms are `Float` (like the seed); sums are taken in `Float` lanes over blocks
/// of `blockSize` events and in `Double` across blocks, in a fixed order, so the result does
/// not depend on how callers split the batch into blocks of that size.
public enum SeedLoss {
    /// Events summed in `Float` before a block's sums are added in `Double`.
    public static let blockSize = 256

    /// The batch sums the loss and its gradient need. Add the partials of consecutive blocks
    /// in order with `add(_:)`.
    public struct Partials: Sendable, Equatable {
        /// Σ e^(p_j).
        public var sumExp: Double = 0
        /// Σ t_j.
        public var sumTruth: Double = 0
        /// Σ t_j p_j.
        public var sumTruthP: Double = 0

        /// Empty sums.
        public init() {}

        /// Adds another block's sums.
        public mutating func add(_ other: Partials) {
            sumExp += other.sumExp
            sumTruth += other.sumTruth
            sumTruthP += other.sumTruthP
        }

        /// The loss −Σ t p + T log S.
        public var loss: Float { Float(-sumTruthP + sumTruth * naturalLogarithm(sumExp)) }
    }

    /// The sums over `outputs` with labels `truth` (equal lengths).
    public static func partials(
        outputs: UnsafeBufferPointer<Float>, truth: UnsafeBufferPointer<Float>
    ) -> Partials {
        precondition(outputs.count == truth.count, "outputs and truth differ in length")
        var result = Partials()
        let count = outputs.count
        guard count > 0, let o = outputs.baseAddress, let t = truth.baseAddress else {
            return result
        }
        var blockStart = 0
        while blockStart < count {
            let blockEnd = min(count, blockStart + blockSize)
            var (sumExp, sumTruth, sumTruthP) = (FloatVector(), FloatVector(), FloatVector())
            var offset = blockStart
            while offset < blockEnd {
                let valid = FloatVector.validLaneBits(at: offset, count: blockEnd)
                let p = VectorMath.sigmoid(FloatVector.load(o, at: offset, count: blockEnd))
                let label = FloatVector.load(t, at: offset, count: blockEnd)
                sumExp += FloatVector(bits: VectorMath.exp(p).bits & valid)
                sumTruth += label
                sumTruthP += label * p
                offset += FloatVector.scalarCount
            }
            result.sumExp += Double(sumExp.pairwiseSum)
            result.sumTruth += Double(sumTruth.pairwiseSum)
            result.sumTruthP += Double(sumTruthP.pairwiseSum)
            blockStart = blockEnd
        }
        return result
    }

    /// Writes ∂L/∂o for every event into `outputGradient`, given the whole batch's `partials`.
    public static func gradient(
        outputs: UnsafeBufferPointer<Float>, truth: UnsafeBufferPointer<Float>,
        partials: Partials, into outputGradient: UnsafeMutableBufferPointer<Float>
    ) {
        let count = outputs.count
        precondition(truth.count == count && outputGradient.count >= count, "buffer lengths differ")
        guard count > 0, let o = outputs.baseAddress, let t = truth.baseAddress,
            let g = outputGradient.baseAddress
        else { return }
        let scale = Float(partials.sumTruth / partials.sumExp)
        var offset = 0
        while offset < count {
            let p = VectorMath.sigmoid(FloatVector.load(o, at: offset, count: count))
            let label = FloatVector.load(t, at: offset, count: count)
            let slope = (VectorMath.exp(p) * scale - label) * p * (1 - p)
            slope.store(to: g, at: offset, count: count)
            offset += FloatVector.scalarCount
        }
    }

    /// The loss of `outputs` with labels `truth`, writing ∂L/∂o into `outputGradient` if given.
    public static func evaluate(
        outputs: UnsafeBufferPointer<Float>, truth: UnsafeBufferPointer<Float>,
        outputGradient: UnsafeMutableBufferPointer<Float>? = nil
    ) -> Float {
        let sums = partials(outputs: outputs, truth: truth)
        if let outputGradient {
            gradient(outputs: outputs, truth: truth, partials: sums, into: outputGradient)
        }
        return sums.loss
    }
}
