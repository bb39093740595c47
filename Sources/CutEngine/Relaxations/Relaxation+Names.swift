/// The one table of relaxation names: what reports, the directive reference and model
/// expressions write for each relaxation, and back.
extension Relaxation {
    /// Every relaxation once (the sigmoid at its default slope 1), in the order the directive
    /// reference lists them.
    public static let all: [Relaxation] = [.hard, .erf, .sigmoid(slope: 1), .balancedSigmoid]

    /// The relaxations' names in reference order: `hard`, `erf`, `sigmoid`, `balanced`.
    public static let names = all.map(\.name)

    /// The name of the relaxation, without its slope: `hard`, `erf`, `sigmoid`, `balanced`.
    public var name: String {
        switch self {
        case .hard: return "hard"
        case .erf: return "erf"
        case .sigmoid: return "sigmoid"
        case .balancedSigmoid: return "balanced"
        }
    }

    /// Whether the relaxation has a slope parameter (only the sigmoid has one).
    public var hasSlope: Bool {
        if case .sigmoid = self { return true }
        return false
    }

    /// The relaxation called `name`, the sigmoid with slope `slope`.
    ///
    /// Nil for a name not in `names`, and for a slope other than 1 given to a relaxation
    /// without one (a slope is never dropped silently). The slope itself is checked by
    /// `validate()`, as for any relaxation.
    public static func named(_ name: String, slope: Float = 1) -> Relaxation? {
        guard let relaxation = all.first(where: { $0.name == name }) else { return nil }
        if relaxation.hasSlope { return .sigmoid(slope: slope) }
        return slope == 1 ? relaxation : nil
    }
}
