/// `<<log of=training>>`: the training's log, without the per-epoch arrays.
struct LogExecutor: ArgumentsExecutor {
    func execute(
        _ arguments: LogDirective.Arguments, directive: ResolvedDirective, inputs: ExecutionInputs,
        context: ExecutionContext
    ) throws -> ResultValue {
        var record = try inputs.training(arguments.of.name, in: directive)
        record.losses = []
        record.trackedCuts = []
        return .training(record)
    }
}
