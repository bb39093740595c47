import CutEngine

/// `from=TRAINING` and `freeze=ROLE` of `<<train model>>`: the start taken from an earlier
/// training's final parameters, matched by role (`ParameterRole`: network weights, cut values),
/// and the role held fixed. Every refusal names the option it is about.
enum WarmStart {
    /// The training `from=` names, or an error at `from=` saying what it is instead.
    static func source(
        _ name: String, inputs: ExecutionInputs, directive: ResolvedDirective
    ) throws -> TrainingRecord {
        let value = try inputs.value(name)
        guard case .training(let record) = value else {
            throw ExecutionError(
                "from=\(name) is a \(value.kindName), expected a training (made by <<train>>) whose final parameters start this one",
                location: directive.directive.option("from")?.valueLocation)
        }
        return record
    }

    /// Replaces the roles `start` shares with `record`'s final parameters by those; returns the
    /// roles taken.
    /// - Throws: `ExecutionError` at `from=` when the columns, roles or shapes do not match,
    ///   at `init=` (the option, or inside `model=`) when the cuts it sets are taken, and at
    ///   `seed=` when every parameter is taken, so the seed would have no effect.
    @discardableResult
    static func apply(
        _ record: TrainingRecord, named name: String, to start: inout ParameterTree,
        columns: [String], arguments: TrainDirective.Arguments, directive: ResolvedDirective
    ) throws -> [ParameterRole] {
        let written = directive.directive
        let at = written.option("from")?.valueLocation
        if !record.columns.isEmpty, record.columns != columns {
            throw ExecutionError(
                "from=\(name) was trained on the columns \(record.columns.joined(separator: ", ")), this training's data has \(columns.joined(separator: ", ")); its parameters would read other inputs",
                location: at, hint: "train both on data sets with the same columns, in order")
        }
        let source = try ParameterTree(
            record.parameters.map { ($0.name, $0.shape, $0.values.map(Float.init)) })
        let taken: [ParameterRole]
        do {
            taken = try start.take(from: source)
        } catch {
            throw ExecutionError(
                "from=\(name) (model \"\(record.model)\") cannot start model \"\(arguments.model ?? "")\": \(error)",
                location: at)
        }
        if taken.contains(.cuts) {
            if let option = written.option("init") {
                throw ExecutionError(
                    "from=\(name) gives the cuts their start; remove init=",
                    location: option.keyLocation)
            }
            if let model = written.option("model"), model.value.contains("init=") {
                throw ExecutionError(
                    "from=\(name) gives the cuts their start; remove init= from the model expression",
                    location: model.location(of: "init="))
            }
        }
        if let seed = written.option("seed"), taken == ParameterRole.present(in: start) {
            throw ExecutionError(
                "seed= draws a network's initial weights, but from=\(name) gives every parameter its start; remove seed=",
                location: seed.keyLocation)
        }
        return taken
    }

    /// The paths `freeze=` holds fixed in a model whose parameters are `start`.
    /// - Throws: `ExecutionError` at `freeze=` when the model has no parameters of that role,
    ///   or nothing else to train.
    static func frozenPaths(
        _ role: ParameterRole, in start: ParameterTree, arguments: TrainDirective.Arguments,
        directive: ResolvedDirective
    ) throws -> [String] {
        let at = directive.directive.option("freeze")?.valueLocation
        let model = arguments.model ?? ""
        let paths = role.paths(in: start)
        guard !paths.isEmpty else {
            throw ExecutionError(
                "freeze=\(role): model \"\(model)\" has no \(role) parameters to freeze",
                location: at,
                hint:
                    "it has \(ParameterRole.present(in: start).map(\.rawValue).joined(separator: " and "))"
            )
        }
        guard paths.count < start.entries.count else {
            throw ExecutionError(
                "freeze=\(role) leaves nothing to train in model \"\(model)\"; freeze the other part, or train a model with both cuts and a network",
                location: at)
        }
        return paths
    }
}
