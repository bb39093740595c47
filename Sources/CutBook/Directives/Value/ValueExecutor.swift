/// `<<value result.field fmt=…>>`: reads one number of a result.
struct ValueExecutor: ArgumentsExecutor {
    func execute(
        _ arguments: ValueDirective.Arguments, directive: ResolvedDirective,
        inputs: ExecutionInputs,
        context: ExecutionContext
    ) throws -> ResultValue {
        .scalar(try inputs.number(atWordField: arguments.field, in: directive))
    }
}
