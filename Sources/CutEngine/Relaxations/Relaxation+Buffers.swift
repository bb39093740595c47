extension Relaxation {
    /// Writes the weight of every event of `column` under a cut at `cut` into `weights`, and
    /// ∂w/∂c into `derivatives` when given, for the relaxation sharpened by `sharpness`
    /// (`weightsAndDerivatives(_:cut:sharpness:)`; 1 is the relaxation itself). SIMD over
    /// events; any length; no allocation. The buffers must be at least as long as `column`
    /// (checked by a precondition).
    public func apply(
        column: UnsafeBufferPointer<Float>, cut: Float, weights: UnsafeMutableBufferPointer<Float>,
        derivatives: UnsafeMutableBufferPointer<Float>? = nil, sharpness: Float = 1
    ) {
        let count = column.count
        precondition(weights.count >= count, "weights buffer shorter than the column")
        precondition((derivatives?.count ?? count) >= count, "derivatives buffer too short")
        guard count > 0, let base = column.baseAddress, let out = weights.baseAddress else {
            return
        }
        var offset = 0
        while offset < count {
            let x = FloatVector.load(base, at: offset, count: count)
            let (weight, derivative) = weightsAndDerivatives(x, cut: cut, sharpness: sharpness)
            weight.store(to: out, at: offset, count: count)
            if let derivativeBase = derivatives?.baseAddress {
                derivative.store(to: derivativeBase, at: offset, count: count)
            }
            offset += FloatVector.scalarCount
        }
    }

    /// The weights of `column`'s events under a cut at `cut`.
    public func weights(of column: [Float], cut: Float) -> [Float] {
        var weights = [Float](repeating: 0, count: column.count)
        column.withUnsafeBufferPointer { column in
            weights.withUnsafeMutableBufferPointer { weights in
                apply(column: column, cut: cut, weights: weights)
            }
        }
        return weights
    }

    /// The weights of `column`'s events and their derivatives ∂w/∂c (sharpened by
    /// `sharpness`, see `apply`).
    public func weightsAndDerivatives(of column: [Float], cut: Float, sharpness: Float = 1) -> (
        weights: [Float], derivatives: [Float]
    ) {
        var weights = [Float](repeating: 0, count: column.count)
        var derivatives = [Float](repeating: 0, count: column.count)
        column.withUnsafeBufferPointer { column in
            weights.withUnsafeMutableBufferPointer { weights in
                derivatives.withUnsafeMutableBufferPointer { derivatives in
                    apply(
                        column: column, cut: cut, weights: weights, derivatives: derivatives,
                        sharpness: sharpness)
                }
            }
        }
        return (weights, derivatives)
    }
}
