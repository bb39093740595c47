import CutEngine

/// The engine objects that directive words and options name: the relaxation of a cut and the
/// loss of a cut scan.
enum EngineNames {
    /// The relaxation `name` (`cut=` of a scan, the relaxation word of `train cuts`), with
    /// `slope` for the sigmoid.
    static func relaxation(_ name: String, slope: Double) -> Relaxation {
        switch name {
        case "erf": return .erf
        case "sigmoid": return .sigmoid(slope: Float(slope))
        case "balanced": return .balancedSigmoid
        default: return .hard
        }
    }

    /// The loss `name` of a scan over one cut's weights; `seed` is refused at `location`.
    static func cutLoss(_ name: String, location: SourceLocation?) throws -> CutLoss {
        switch name {
        case "ssb": return .significance
        case "bce": return .binaryCrossEntropy
        case "squares": return .sumOfSquares
        default:
            throw ExecutionError(
                "loss=seed is a training loss over a whole batch; a scan takes ssb, bce or squares",
                location: location)
        }
    }
}
