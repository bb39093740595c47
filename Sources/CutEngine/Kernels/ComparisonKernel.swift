/// Relaxed comparisons on named columns (`cuts(sigmoid, 'pt > 40, abs(eta) < 2')`), weights
/// multiplied: the kernels' form of a `CutSpec` selection. Each comparison's weight and its
/// derivatives come from `BoundComparison.weights`.
struct ComparisonKernel: Sendable {
    let relaxation: Relaxation
    /// Where the selection's cut values start in the flat parameters.
    let parameterOffset: Int
    /// The comparisons; their `parameterOffset`s count from the selection's first value.
    let comparisons: [BoundComparison]

    /// Scratch features: per comparison its weight and two derivatives.
    var scratchFeatures: Int { 3 * comparisons.count }

    /// Writes `Π_k w_k` to `output`, keeping each comparison's weight and derivatives in
    /// `scratch` for the backward pass.
    @inline(__always)
    func forward(
        parameters: UnsafePointer<Float>, features: UnsafePointer<FloatVector>,
        scratch: UnsafeMutablePointer<FloatVector>, output: UnsafeMutablePointer<FloatVector>,
        stride: Int, vectors: Int
    ) {
        for v in 0..<vectors { output[v] = FloatVector(repeating: 1) }
        for (k, comparison) in comparisons.enumerated() {
            let first = parameters[parameterOffset + comparison.parameterOffset]
            let second =
                comparison.op == .window
                ? parameters[parameterOffset + comparison.parameterOffset + 1] : 0
            let x = features + comparison.column * stride
            let weights = scratch + 3 * k * stride
            for v in 0..<vectors {
                let (w, d1, d2) = comparison.weights(
                    x[v], relaxation: relaxation, cut: first, high: second)
                weights[v] = w
                weights[stride + v] = d1
                weights[2 * stride + v] = d2
                output[v] *= w
            }
        }
    }

    /// Adds `Σ_events gradient · (Π_{m≠k} w_m) · ∂w_k/∂c` to each cut value's lane sum.
    @inline(__always)
    func backward(
        gradient: UnsafePointer<FloatVector>, scratch: UnsafePointer<FloatVector>,
        laneSums: UnsafeMutablePointer<FloatVector>, stride: Int, vectors: Int
    ) {
        for (k, comparison) in comparisons.enumerated() {
            var first = FloatVector()
            var second = FloatVector()
            for v in 0..<vectors {
                var others = FloatVector(repeating: 1)
                for m in comparisons.indices where m != k { others *= scratch[3 * m * stride + v] }
                let common = gradient[v] * others
                first.addProduct(common, scratch[(3 * k + 1) * stride + v])
                second.addProduct(common, scratch[(3 * k + 2) * stride + v])
            }
            laneSums[parameterOffset + comparison.parameterOffset] += first
            if comparison.op == .window {
                laneSums[parameterOffset + comparison.parameterOffset + 1] += second
            }
        }
    }
}
