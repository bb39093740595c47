/// A dense layer `y = x·w + b` with Haiku's layout and initialisation: `w` has shape
/// `[inputs, outputs]` and starts from a normal truncated at ±2σ with σ = 1/√inputs (Haiku's
/// `TruncatedNormal(stddev=1/sqrt(fan_in))`, which does not rescale for the truncation); `b` is
/// zero. Parameters are `<name>/w` and `<name>/b`.
public struct Linear: Sendable, Hashable {
    /// The layer's name in the parameter tree, like `mlp/linear_0`.
    public let name: String
    /// Input features.
    public let inputs: Int
    /// Output features.
    public let outputs: Int

    /// A layer from `inputs` to `outputs` features.
    /// - Throws: `EngineError.nonPositiveSize` for a size below 1.
    public init(name: String, inputs: Int, outputs: Int) throws {
        guard inputs > 0 else {
            throw EngineError.nonPositiveSize(what: "\(name) inputs", value: inputs)
        }
        guard outputs > 0 else {
            throw EngineError.nonPositiveSize(what: "\(name) outputs", value: outputs)
        }
        self.name = name
        self.inputs = inputs
        self.outputs = outputs
    }

    /// Number of trainable values: `inputs · outputs + outputs`.
    public var parameterCount: Int { inputs * outputs + outputs }

    /// Appends the initial `w` (truncated normal from `random`) and `b` (zeros) to `tree`.
    /// - Throws: `EngineError.duplicateParameter` when the names are taken.
    public func addInitialParameters(to tree: inout ParameterTree, random: inout RandomState)
        throws
    {
        let sigma = 1 / Double(inputs).squareRoot()
        let weights = (0..<(inputs * outputs)).map { _ in
            Float(sigma * TruncatedNormal.draw(&random))
        }
        try tree.add("\(name)/w", shape: [inputs, outputs], values: weights)
        try tree.add("\(name)/b", shape: [outputs], values: [Float](repeating: 0, count: outputs))
    }
}

/// Standard normals truncated to [−2, 2] by rejection: draw `RandomState.gauss()` and draw
/// again while |z| > 2. Deterministic for a given stream; about 4.6 % of draws are rejected.
public enum TruncatedNormal {
    /// The truncation bound, in standard deviations.
    public static let bound = 2.0

    /// One draw from `random`.
    public static func draw(_ random: inout RandomState) -> Double {
        while true {
            let z = random.gauss()
            if abs(z) <= bound { return z }
        }
    }
}
