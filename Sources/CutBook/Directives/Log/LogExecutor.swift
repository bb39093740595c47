/// `<<log of=training>>`: the training's log, without the per-epoch arrays.
struct LogExecutor: DirectiveExecutor {
    func execute(_ directive: ResolvedDirective, inputs: ExecutionInputs, context: ExecutionContext)
        throws
        -> ResultValue
    {
        var record = try inputs.training(
            LogDirective.Arguments(directive).training, in: directive)
        record.losses = []
        record.trackedCuts = []
        return .training(record)
    }
}
