import CutEngine

/// The engine objects that directive words and options name, read through CutEngine's name
/// tables (`Relaxation.named`, `LossName`, `OptimizerName`), with the directive's location
/// when a name does not fit where it is written.
enum EngineNames {
    /// The relaxation `name` (`cut=` of a scan, the relaxation word of `train cuts`), with
    /// `slope` when it has one (a `slope=` given to another relaxation is `OptionUse`'s error).
    static func relaxation(_ name: String, slope: Double, location: SourceLocation?) throws
        -> Relaxation
    {
        guard let relaxation = Relaxation.named(name) else {
            throw ExecutionError(
                "unknown relaxation '\(name)' (known: \(Relaxation.names.joined(separator: ", ")))",
                location: location)
        }
        return relaxation.hasSlope ? .sigmoid(slope: Float(slope)) : relaxation
    }

    /// The loss `name` of a scan over one cut's weights; `seed` is refused at `location`.
    static func cutLoss(_ name: String, location: SourceLocation?) throws -> CutLoss {
        guard let loss = CutLoss.named(name) else {
            throw ExecutionError(
                "loss=\(name) is a training loss (of a whole batch, or of a selection's counts); a scan takes ssb, bce or squares",
                location: location)
        }
        return loss
    }

    /// The loss or optimizer `name` of the table `Name` (`LossName`, `OptimizerName`).
    static func named<Name: RawRepresentable & CaseIterable>(
        _ name: String, as _: Name.Type, option: String, location: SourceLocation?
    ) throws -> Name where Name.RawValue == String {
        guard let value = Name(rawValue: name) else {
            let known = Name.allCases.map(\.rawValue).joined(separator: ", ")
            throw ExecutionError(
                "\(option)=\(name) is not one of \(known)", location: location)
        }
        return value
    }
}
