/// The one table of loss names: what reports and the directive reference write for each loss,
/// and which engine loss each name is.
///
/// A name can be a loss over a cut's signal and background weights (`CutLoss`, for scans and
/// single-cut trainings), a loss over a model's per-event outputs (`EventLoss`, for trainings),
/// or both: `squares` is the sum of squares either way; `bce` is the summed binary
/// cross-entropy of the weights as a `CutLoss` and the mean one of the outputs as an
/// `EventLoss`; `ssb` (S/√B) is only a `CutLoss`, `seed` (the batch softmax) only an `EventLoss`;
/// `asimov` (Z_A) is neither: it is a loss of a selection's counts (`SelectionLoss`), trained
/// by `ComparisonObjective`.
public enum LossName: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// S/√B, maximised.
    case ssb
    /// Binary cross-entropy.
    case bce
    /// Sum of squares against the truth labels.
    case squares
    /// The seed's batch softmax cross-entropy.
    case seed
    /// The Asimov discovery significance Z_A (with `sigma_b=`, a relative background
    /// uncertainty), maximised; a loss of a selection's weighted counts (`SelectionLoss`).
    case asimov

    /// Every name in reference order: `ssb`, `bce`, `squares`, `seed`, `asimov`.
    public static let names = allCases.map(\.rawValue)

    /// The name as written.
    public var description: String { rawValue }

    /// The loss over a cut's weights of this name, or nil (`seed` is a loss over a whole batch
    /// of outputs, not over weights).
    public var cutLoss: CutLoss? { CutLoss.allCases.first { $0.name == self } }

    /// The loss over a model's outputs of this name, or nil (`ssb` is defined for the weights
    /// of a single cut, not for a model's outputs).
    public var eventLoss: EventLoss? { EventLoss.allCases.first { $0.name == self } }

    /// Whether a training maximises this loss (S/√B, Z_A) rather than minimising it.
    public var isMaximised: Bool { self == .ssb || self == .asimov }

    /// Whether the loss compares each event's output with its label (`bce`, `squares`), as a
    /// classifier's does, rather than summing yields (`ssb`, `asimov`) or a batch (`seed`):
    /// on weighted events such a loss trains on class-balanced weights by default.
    public var isClassification: Bool { self == .bce || self == .squares }
}

extension CutLoss {
    /// The loss's name in reports: `ssb`, `bce` or `squares`.
    public var name: LossName {
        switch self {
        case .significance: return .ssb
        case .binaryCrossEntropy: return .bce
        case .sumOfSquares: return .squares
        }
    }

    /// The loss called `name`, or nil when there is no loss of weights by that name.
    public static func named(_ name: String) -> CutLoss? { LossName(rawValue: name)?.cutLoss }
}

extension EventLoss {
    /// The loss's name in reports: `seed`, `squares` or `bce`.
    public var name: LossName {
        switch self {
        case .seed: return .seed
        case .sumOfSquares: return .squares
        case .meanBinaryCrossEntropy: return .bce
        }
    }

    /// The loss called `name`, or nil when there is no loss of outputs by that name.
    public static func named(_ name: String) -> EventLoss? { LossName(rawValue: name)?.eventLoss }
}
