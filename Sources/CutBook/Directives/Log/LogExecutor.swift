/// `<<log of=training>>`: the training's log, without the per-epoch arrays; of a sweep, the
/// sweep itself (its presentation writes one line per member and each field's statistics).
struct LogExecutor: ArgumentsExecutor {
    func execute(
        _ arguments: LogDirective.Arguments, directive: ResolvedDirective, inputs: ExecutionInputs,
        context: ExecutionContext
    ) throws -> ResultValue {
        if inputs.sweep(arguments.of.name) != nil { return try inputs.value(arguments.of.name) }
        var record = try inputs.training(arguments.of.name, in: directive)
        record.losses = []
        record.trackedCuts = []
        return .training(record)
    }
}
