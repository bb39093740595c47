/// Per-chunk loss arithmetic of the kernels. Sums go to lane accumulators; every function
/// handles padding through the validity mask.
enum LossHead {
    /// Seed loss, first pass: adds `exp(sigmoid(out))` and `t·sigmoid(out)` of the real events.
    @inline(__always)
    static func seedNormalisation(
        output: UnsafePointer<FloatVector>, truth: UnsafePointer<FloatVector>,
        valid: UnsafePointer<FloatVector>, vectors: Int,
        expSum: inout FloatVector, truthDot: inout FloatVector
    ) {
        for v in 0..<vectors {
            let p = VectorMath.sigmoid(output[v])
            expSum += valid[v] * VectorMath.exp(p)
            truthDot += truth[v] * p
        }
    }

    /// Seed loss, second pass: `∂loss/∂out = (−t + T·exp(p)/Z)·p·(1 − p)` for real events.
    @inline(__always)
    static func seedGradient(
        output: UnsafePointer<FloatVector>, truth: UnsafePointer<FloatVector>,
        valid: UnsafePointer<FloatVector>, vectors: Int, truthSum: Float, normaliser: Float,
        into gradient: UnsafeMutablePointer<FloatVector>
    ) {
        let scale = FloatVector(repeating: truthSum / normaliser)
        for v in 0..<vectors {
            let p = VectorMath.sigmoid(output[v])
            let softmax = scale * VectorMath.exp(p)
            gradient[v] = valid[v] * (softmax - truth[v]) * p * (1 - p)
        }
    }

    /// Sum of squares: adds `(out − t)²` and writes `2 (out − t)`; for weighted events
    /// (`valid` holds the weights e) adds `e (out − t)²` and writes `2 e (out − t)`.
    @inline(__always)
    static func squares(
        output: UnsafePointer<FloatVector>, truth: UnsafePointer<FloatVector>,
        valid: UnsafePointer<FloatVector>, vectors: Int, weighted: Bool, loss: inout FloatVector,
        into gradient: UnsafeMutablePointer<FloatVector>?
    ) {
        if weighted {
            for v in 0..<vectors {
                let difference = output[v] - truth[v]
                let weightedDifference = valid[v] * difference
                loss.addProduct(weightedDifference, difference)
                gradient?[v] = 2 * weightedDifference
            }
            return
        }
        for v in 0..<vectors {
            let difference = valid[v] * (output[v] - truth[v])
            loss.addProduct(difference, difference)
            gradient?[v] = 2 * difference
        }
    }

    /// Mean binary cross-entropy: adds the per-event terms times `valid` (1, or the event's
    /// weight) and writes their gradient divided by `total` (the event count, or the weights'
    /// sum), so the loss is the (weighted) mean.
    @inline(__always)
    static func bce(
        output: UnsafePointer<FloatVector>, truth: UnsafePointer<FloatVector>,
        valid: UnsafePointer<FloatVector>, vectors: Int, total: Double, loss: inout FloatVector,
        into gradient: UnsafeMutablePointer<FloatVector>?
    ) {
        let epsilon = FloatVector(repeating: CutLoss.crossEntropyEpsilon)
        let scale = FloatVector(repeating: 1 / Float(total))
        for v in 0..<vectors {
            let t = truth[v]
            let o = output[v]
            let term =
                t * VectorMath.log(o + epsilon) + (1 - t) * VectorMath.log(1 - o + epsilon)
            loss -= valid[v] * term
            gradient?[v] = -valid[v] * scale * (t / (o + epsilon) - (1 - t) / (1 - o + epsilon))
        }
    }
}
