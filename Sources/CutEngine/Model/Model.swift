/// A model ready to train: an expression bound to a number of input columns, its modules named
/// Haiku style (`SelectionCut`, `SelectionCut_1`, `mlp`, `mlp_1`, …), its parameter structure,
/// and the compiled form the kernels run.
///
/// Parameters are ordered by the expression read left to right (a product's left factor
/// first), each module's arrays in its own order (`mlp/linear_0/w`, `mlp/linear_0/b`, …).
public struct Model: Sendable {
    /// A named module of the model and its parameter paths.
    public enum Module: Sendable, Hashable {
        /// Relaxed cuts, one per input column, under the parameter `<name>/cuts`.
        case cuts(name: String, relaxation: Relaxation, start: [Float])
        /// Relaxed comparisons on named columns, under the parameter `<name>/cuts`.
        case comparisons(name: String, relaxation: Relaxation, selection: CutSpec)
        /// A network.
        case mlp(MLP)
    }

    /// The expression the model was built from.
    public let expression: ModelExpression
    /// The number of input columns (data features) the model reads.
    public let inputColumns: Int
    /// The input columns' names, when the model was built for named columns (a selection
    /// `cuts(…, 'pt > 40')` needs them), else nil.
    public let columnNames: [String]?
    /// The modules with parameters, in parameter order.
    public let modules: [Module]
    /// The parameter structure (values are the cut starts and zero network weights; use
    /// `initialParameters(seed:)` for a training start).
    public let structure: ParameterTree
    let graph: KernelGraph

    /// Builds `expression` for data with `inputColumns` columns.
    /// - Throws: `ModelError` for no columns, a network not ending in one output, or cut starts
    ///   that do not match the columns; `EngineError` for invalid sizes or a bad slope.
    public init(_ expression: ModelExpression, inputColumns: Int) throws {
        try self.init(expression, inputColumns: inputColumns, columnNames: nil)
    }

    /// Builds `expression` for data with the columns `columnNames`, in order: a selection
    /// (`cuts(sigmoid, 'pt > 40')`) reads its columns by name.
    /// - Throws: the errors of `init(_:inputColumns:)`; `SelectionError` for a selection on a
    ///   column not among `columnNames` or without a width (resolve widths first with
    ///   `ModelExpression.resolvingWidths(in:)`).
    public init(_ expression: ModelExpression, columnNames: [String]) throws {
        try self.init(expression, inputColumns: columnNames.count, columnNames: columnNames)
    }

    private init(_ expression: ModelExpression, inputColumns: Int, columnNames: [String]?) throws {
        guard inputColumns > 0 else { throw ModelError.noInputColumns }
        var builder = ModelBuilder(columns: inputColumns, columnNames: columnNames)
        _ = try builder.add(expression)
        self.expression = expression
        self.inputColumns = inputColumns
        self.columnNames = columnNames
        modules = builder.modules
        structure = builder.tree
        graph = KernelGraph(
            nodes: builder.nodes, parameterCount: builder.tree.count, columns: inputColumns)
    }

    /// Parses and builds a model expression such as `cuts(sigmoid) * sigmoid(mlp(2,15,30,15,1))`.
    /// - Throws: `ModelExpressionError` (with the column) for text that does not parse, and
    ///   the errors of `init(_:inputColumns:)`.
    public init(parsing text: String, inputColumns: Int) throws {
        try self.init(ModelExpression(parsing: text), inputColumns: inputColumns)
    }

    /// The number of trainable values.
    public var parameterCount: Int { structure.count }

    /// The training start: cuts at their start values, network weights from a normal truncated
    /// at ±2σ drawn from `RandomState(seed)` in parameter order, biases zero. The same seed
    /// gives the same parameters.
    public func initialParameters(seed: UInt32) -> ParameterTree {
        var random = RandomState(seed: seed)
        var tree = ParameterTree()
        for module in modules {
            switch module {
            case .cuts(let name, _, let start):
                try! tree.add("\(name)/cuts", shape: [inputColumns], values: start)
            case .comparisons(let name, _, let selection):
                try! tree.add(
                    "\(name)/cuts", shape: [selection.parameterCount],
                    values: selection.initialValues)
            case .mlp(let network):
                try! network.addInitialParameters(to: &tree, random: &random)
            }
        }
        return tree
    }

    /// Throws unless `parameters` has this model's structure.
    /// - Throws: `ModelError.parameterStructureMismatch`.
    public func check(_ parameters: ParameterTree) throws {
        guard parameters.hasSameStructure(as: structure) else {
            throw ModelError.parameterStructureMismatch(
                expected: structure.paths, found: parameters.paths)
        }
    }
}

/// Walks an expression, naming modules and laying out parameters and kernel nodes.
struct ModelBuilder {
    let columns: Int
    let columnNames: [String]?
    var modules: [Model.Module] = []
    var nodes: [KernelGraph.Node] = []
    var tree = ParameterTree()
    private var cutModules = 0
    private var networks = 0

    init(columns: Int, columnNames: [String]?) {
        self.columns = columns
        self.columnNames = columnNames
    }

    private mutating func nextCutsName() -> String {
        defer { cutModules += 1 }
        return cutModules == 0 ? "SelectionCut" : "SelectionCut_\(cutModules)"
    }

    /// Adds `expression`'s nodes after its children's; returns its node index.
    mutating func add(_ expression: ModelExpression) throws -> Int {
        switch expression {
        case .cuts(let relaxation, let initial):
            try relaxation.validate()
            let name = nextCutsName()
            let start = try initial.values(columns: columns)
            let offset = tree.count
            try tree.add("\(name)/cuts", shape: [columns], values: start)
            modules.append(.cuts(name: name, relaxation: relaxation, start: start))
            nodes.append(
                .cuts(CutKernel(relaxation: relaxation, parameterOffset: offset, columns: columns)))
        case .select(let relaxation, let selection):
            try relaxation.validate()
            guard let columnNames else { throw ModelError.selectionNeedsColumnNames }
            let comparisons = try selection.bound(to: columnNames, relaxation: relaxation)
            let name = nextCutsName()
            let offset = tree.count
            try tree.add(
                "\(name)/cuts", shape: [selection.parameterCount], values: selection.initialValues)
            modules.append(.comparisons(name: name, relaxation: relaxation, selection: selection))
            nodes.append(
                .comparisons(
                    ComparisonKernel(
                        relaxation: relaxation, parameterOffset: offset, comparisons: comparisons)))
        case .mlp(let sizes):
            guard sizes.last == 1 else {
                throw ModelError.networkOutputNotScalar(outputSizes: sizes)
            }
            let name = networks == 0 ? "mlp" : "mlp_\(networks)"
            networks += 1
            let network = try MLP(name: name, inputs: columns, outputSizes: sizes)
            let offset = tree.count
            for layer in network.layers {
                try tree.add(
                    "\(layer.name)/w", shape: [layer.inputs, layer.outputs],
                    values: [Float](repeating: 0, count: layer.inputs * layer.outputs))
                try tree.add(
                    "\(layer.name)/b", shape: [layer.outputs],
                    values: [Float](repeating: 0, count: layer.outputs))
            }
            modules.append(.mlp(network))
            nodes.append(
                .mlp(MLPKernel(inputs: columns, outputSizes: sizes, parameterOffset: offset)))
        case .sigmoid(let inner):
            let child = try add(inner)
            nodes.append(.sigmoid(child))
        case .product(let left, let right):
            let a = try add(left)
            let b = try add(right)
            nodes.append(.product(a, b))
        }
        return nodes.count - 1
    }
}
