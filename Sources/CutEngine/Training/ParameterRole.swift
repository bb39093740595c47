/// What a parameter is for in a model: the cut values of a `cuts(…)` term, or the weights and
/// biases of a network (`mlp(…)`). Warm starts and freezing work by role, so that a network
/// trained alone can start (or be frozen in) a model of cuts times that network.
///
/// A parameter's role is read from its path: `<module>/cuts` (`SelectionCut/cuts`,
/// `SelectionCut_1/cuts`) is a cut, anything else (`mlp/linear_0/w`, `mlp/linear_0/b`) belongs
/// to a network. `Model` names its parameters that way.
public enum ParameterRole: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// Network weights and biases.
    case network
    /// Cut values.
    case cuts

    /// Every role in reference order: `network`, `cuts`.
    public static let names = allCases.map(\.rawValue)

    /// The role as written (`network`, `cuts`).
    public var description: String { rawValue }

    /// The role of the parameter at `path`.
    public static func of(path: String) -> ParameterRole {
        path.hasSuffix("/cuts") ? .cuts : .network
    }

    /// The entries of `tree` with this role, in the tree's order.
    public func entries(in tree: ParameterTree) -> [ParameterTree.Entry] {
        tree.entries.filter { Self.of(path: $0.path) == self }
    }

    /// The paths of `tree` with this role, in the tree's order.
    public func paths(in tree: ParameterTree) -> [String] { entries(in: tree).map(\.path) }

    /// The roles `tree` has parameters of, in reference order.
    public static func present(in tree: ParameterTree) -> [ParameterRole] {
        allCases.filter { !$0.entries(in: tree).isEmpty }
    }
}

/// Why a warm start could not take parameters from an earlier training.
public enum WarmStartError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The two trees have no role in common.
    case noCommonRole(source: [ParameterRole], target: [ParameterRole])
    /// A role both have, laid out differently: its arrays' shapes, in order, differ.
    case shapesDiffer(role: ParameterRole, source: [String], target: [String])

    public var description: String {
        switch self {
        case .noCommonRole(let source, let target):
            return "it trained \(Self.list(source)) and this model has \(Self.list(target)): "
                + "nothing to take; start from a training with \(Self.list(target))"
        case .shapesDiffer(let role, let source, let target):
            return "its \(role) parameters are \(source.joined(separator: ", ")), this model's "
                + "are \(target.joined(separator: ", ")); give both the same \(role) layout"
        }
    }

    private static func list(_ roles: [ParameterRole]) -> String {
        roles.isEmpty ? "no parameters" : roles.map { "\($0)" }.joined(separator: " and ")
    }
}

extension ParameterTree {
    /// Replaces, for every role both trees have, this tree's values of that role by `source`'s,
    /// matched in order within the role (the i-th network array takes the source's i-th);
    /// returns the roles taken. Roles only one of the trees has are left as they are.
    /// - Throws: `WarmStartError.noCommonRole` when the trees share no role;
    ///   `WarmStartError.shapesDiffer` when a shared role's arrays differ in number or shape.
    @discardableResult
    public mutating func take(from source: ParameterTree) throws(WarmStartError)
        -> [ParameterRole]
    {
        let shared = ParameterRole.present(in: self).filter {
            !$0.entries(in: source).isEmpty
        }
        guard !shared.isEmpty else {
            throw .noCommonRole(
                source: ParameterRole.present(in: source), target: ParameterRole.present(in: self))
        }
        let describe = { (entries: [Entry]) in
            entries.map { "\($0.path) \($0.shape.map(String.init).joined(separator: "×"))" }
        }
        for role in shared {
            let mine = role.entries(in: self)
            let theirs = role.entries(in: source)
            guard mine.map(\.shape) == theirs.map(\.shape) else {
                throw .shapesDiffer(role: role, source: describe(theirs), target: describe(mine))
            }
        }
        for role in shared {
            for (mine, theirs) in zip(role.entries(in: self), role.entries(in: source)) {
                values.replaceSubrange(mine.range, with: source.values[theirs.range])
            }
        }
        return shared
    }
}
