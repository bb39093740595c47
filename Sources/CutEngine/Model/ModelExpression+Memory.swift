extension ModelExpression {
    /// Bytes kept per trainable value while a model trains: the value and its gradient
    /// (`Float`), Adam's two moments (`Float`), the two worker threads' gradient sums (`Float`)
    /// and the training record's copy (`Double`).
    static let bytesPerParameter = 4.0 + 4 + 8 + 8 + 8

    /// The number of trainable values of this expression on `inputColumns` columns, counted
    /// without building anything (a `Double`, so that no layer sizes can overflow it).
    public func parameterEstimate(inputColumns: Int) -> Double {
        switch self {
        case .cuts: return Double(inputColumns)
        case .select(_, let selection): return Double(selection.parameterCount)
        case .mlp(let sizes):
            var inputs = Double(inputColumns)
            var total = 0.0
            for size in sizes {
                total += inputs * Double(size) + Double(size)
                inputs = Double(size)
            }
            return total
        case .sigmoid(let inner): return inner.parameterEstimate(inputColumns: inputColumns)
        case .product(let left, let right):
            return left.parameterEstimate(inputColumns: inputColumns)
                + right.parameterEstimate(inputColumns: inputColumns)
        }
    }

    /// The activations one chunk of events needs in one worker: every layer's outputs, plus
    /// twice the widest layer for the backward pass, per event vector of the chunk. Vectors are
    /// counted at 16 lanes, the widest the kernels use, so the estimate is the same on every
    /// machine.
    func chunkActivationEstimate() -> Double {
        switch self {
        case .cuts, .select: return 0
        case .mlp(let sizes):
            let features = Double(sizes.reduce(0, +)) + 2 * Double(sizes.max() ?? 0)
            return features * Double(EventBatch.chunkVectors * 16) * 4
        case .sigmoid(let inner): return inner.chunkActivationEstimate()
        case .product(let left, let right):
            return left.chunkActivationEstimate() + right.chunkActivationEstimate()
        }
    }

    /// The memory training this model on `inputColumns` columns needs beyond its data: the
    /// parameters' copies (`bytesPerParameter` each) and two workers' chunk activations.
    /// Check it against `MemoryLimit` before building a `Model`.
    public func memoryEstimate(inputColumns: Int) -> MemoryEstimate {
        let parameters = parameterEstimate(inputColumns: inputColumns)
        let activations = 2 * chunkActivationEstimate()
        return MemoryEstimate(
            bytes: parameters * Self.bytesPerParameter + activations,
            breakdown:
                "\(Self.count(parameters)) parameters × \(Int(Self.bytesPerParameter)) bytes"
                + " + \(MemoryLimit.describe(activations)) of activations for two workers' chunks")
    }

    private static func count(_ value: Double) -> String {
        value < 1e18 ? String(Int64(value)) : String(value)
    }
}
