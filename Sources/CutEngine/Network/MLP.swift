/// Haiku's `MLP(output_sizes)`: dense layers `linear_0 … linear_{n−1}` with ReLU after every
/// layer except the last. Parameters are `<name>/linear_k/w` and `<name>/linear_k/b`.
public struct MLP: Sendable, Hashable {
    /// The module's name, `mlp` for the first network of a model.
    public let name: String
    /// The layers, in order.
    public let layers: [Linear]

    /// A network on `inputs` features with layer sizes `outputSizes`.
    /// - Throws: `EngineError.nonPositiveSize` for no layers or a size below 1.
    public init(name: String = "mlp", inputs: Int, outputSizes: [Int]) throws {
        guard !outputSizes.isEmpty else {
            throw EngineError.nonPositiveSize(what: "number of MLP layers", value: 0)
        }
        var layers: [Linear] = []
        var fanIn = inputs
        for (index, size) in outputSizes.enumerated() {
            layers.append(try Linear(name: "\(name)/linear_\(index)", inputs: fanIn, outputs: size))
            fanIn = size
        }
        self.name = name
        self.layers = layers
    }

    /// The layer sizes, `[2, 15, 30, 15, 1]` for the studies' network.
    public var outputSizes: [Int] { layers.map(\.outputs) }

    /// Number of trainable values.
    public var parameterCount: Int { layers.reduce(0) { $0 + $1.parameterCount } }

    /// Appends every layer's initial parameters, in layer order, drawing from `random`.
    /// - Throws: `EngineError.duplicateParameter` when the names are taken.
    public func addInitialParameters(to tree: inout ParameterTree, random: inout RandomState)
        throws
    {
        for layer in layers { try layer.addInitialParameters(to: &tree, random: &random) }
    }
}
