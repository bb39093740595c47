/// Relaxed cuts on every feature column of a chunk, weights multiplied: the kernels' form of
/// the selection module. Weights and their derivatives come from `Relaxation`.
struct CutKernel: Sendable {
    let relaxation: Relaxation
    /// Offset of the cut values (one per column) in the flat parameters.
    let parameterOffset: Int
    let columns: Int

    /// Writes `Π_c w(x_c; cut_c)` to `output`, keeping each column's weight and derivative
    /// `∂w/∂cut` in `scratch` (`2 · columns` features) for the backward pass.
    @inline(__always)
    func forward(
        parameters: UnsafePointer<Float>, features: UnsafePointer<FloatVector>,
        scratch: UnsafeMutablePointer<FloatVector>, output: UnsafeMutablePointer<FloatVector>,
        stride: Int, vectors: Int
    ) {
        for v in 0..<vectors { output[v] = FloatVector(repeating: 1) }
        for column in 0..<columns {
            let cut = parameters[parameterOffset + column]
            let x = features + column * stride
            let weights = scratch + column * stride
            let derivatives = scratch + (columns + column) * stride
            for v in 0..<vectors {
                let (weight, derivative) = relaxation.weightsAndDerivatives(x[v], cut: cut)
                weights[v] = weight
                derivatives[v] = derivative
                output[v] *= weight
            }
        }
    }

    /// Adds `Σ_events gradient · ∂(Π_c w_c)/∂cut_c` to each cut's lane sum. The product of the
    /// other columns' weights is formed directly (no division), so zero weights are exact.
    @inline(__always)
    func backward(
        gradient: UnsafePointer<FloatVector>, scratch: UnsafePointer<FloatVector>,
        laneSums: UnsafeMutablePointer<FloatVector>, stride: Int, vectors: Int
    ) {
        for column in 0..<columns {
            let derivatives = scratch + (columns + column) * stride
            var sum = FloatVector()
            for v in 0..<vectors {
                var others = FloatVector(repeating: 1)
                for other in 0..<columns where other != column {
                    others *= scratch[other * stride + v]
                }
                sum.addProduct(gradient[v] * others, derivatives[v])
            }
            laneSums[parameterOffset + column] += sum
        }
    }
}
