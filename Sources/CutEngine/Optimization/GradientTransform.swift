/// One composable step of an optimizer (optax's `GradientTransformation`): it turns a gradient
/// into an update, keeping what it needs between steps in a named `OptimizerState`.
///
/// `update` works on the flat element arrays of `ParameterTree`s: `updates` holds the gradient
/// (or the previous transform's output) on entry and this transform's output on return.
/// Transforms allocate only in `initialState`, so a training loop's steps allocate nothing.
public protocol GradientTransform: Sendable {
    /// The state's name, like optax's (`scale_by_adam`, `zero_nans`).
    var name: String { get }
    /// The state before the first step, for `parameterCount` parameters.
    func initialState(parameterCount: Int) -> OptimizerState
    /// Transforms `updates` in place and advances `state`.
    func update(_ updates: inout [Float], state: inout OptimizerState, parameters: [Float])
}

/// What a transform keeps between steps: a step count, named per-parameter buffers (Adam's
/// moments), a NaN record (zero-NaNs) and, for a chain, its members' states in order.
public struct OptimizerState: Sendable, Equatable, CustomStringConvertible {
    /// The transform's name.
    public var name: String
    /// How many updates the transform has made.
    public var count: Int = 0
    /// The names of `buffers`, in order (`mu`, `nu` for Adam).
    public var bufferNames: [String] = []
    /// Per-parameter buffers, each as long as the parameter tree.
    public var buffers: [[Float]] = []
    /// NaNs replaced in the latest update (zero-NaNs only).
    public var nanCountLatest: Int = 0
    /// NaNs replaced over all updates (zero-NaNs only).
    public var nanCountTotal: Int = 0
    /// The states of a chain's members, in order.
    public var children: [OptimizerState] = []

    /// A state with only a name.
    public init(name: String) { self.name = name }

    /// The buffer named `bufferName`, if the state has one.
    public func buffer(_ bufferName: String) -> [Float]? {
        bufferNames.firstIndex(of: bufferName).map { buffers[$0] }
    }

    /// The state and its children, one line each, indented by depth.
    public var description: String { lines(depth: 0).joined(separator: "\n") }

    private func lines(depth: Int) -> [String] {
        var line = String(repeating: "  ", count: depth) + "\(name): count \(count)"
        for (index, bufferName) in bufferNames.enumerated() {
            let shown = buffers[index].prefix(4).map { "\($0)" }.joined(separator: ", ")
            line += ", \(bufferName) [\(shown)\(buffers[index].count > 4 ? ", …" : "")]"
        }
        if name == ZeroNaNs.stateName {
            line += ", NaNs latest \(nanCountLatest), total \(nanCountTotal)"
        }
        return [line] + children.flatMap { $0.lines(depth: depth + 1) }
    }
}

/// Several transforms applied one after another (optax's `chain`).
public struct Chain: GradientTransform {
    /// The members, in the order they are applied.
    public let transforms: [any GradientTransform]
    public var name: String { "chain" }

    /// A chain of `transforms`, applied in order.
    public init(_ transforms: [any GradientTransform]) { self.transforms = transforms }

    /// A chain of `transforms`, applied in order.
    public init(_ transforms: any GradientTransform...) { self.transforms = transforms }

    public func initialState(parameterCount: Int) -> OptimizerState {
        var state = OptimizerState(name: name)
        state.children = transforms.map { $0.initialState(parameterCount: parameterCount) }
        return state
    }

    public func update(_ updates: inout [Float], state: inout OptimizerState, parameters: [Float]) {
        for index in transforms.indices {
            transforms[index].update(
                &updates, state: &state.children[index], parameters: parameters)
        }
        state.count += 1
    }
}
