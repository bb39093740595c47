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
                "loss=\(name) is a training loss over a whole batch; a scan takes ssb, bce or squares",
                location: location)
        }
        return loss
    }

    /// The loss or optimizer that option `key` of `item` names, from the table `Name`
    /// (`LossName`, `OptimizerName`); an error at the option's value when it is not one.
    static func named<Name: RawRepresentable & CaseIterable>(
        _ key: String, of item: ResolvedDirective, as _: Name.Type
    ) throws -> Name where Name.RawValue == String {
        let name = try item.requiredText(key)
        guard let value = Name(rawValue: name) else {
            let known = Name.allCases.map(\.rawValue).joined(separator: ", ")
            throw ExecutionError(
                "\(key)=\(name) is not one of \(known)",
                location: item.directive.option(key)?.valueLocation)
        }
        return value
    }
}
