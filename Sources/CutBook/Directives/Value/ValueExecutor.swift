/// `<<value result.field fmt=…>>`: reads one number of a result, or a report parameter
/// (`params.NAME`: a number, or a text shown as written).
struct ValueExecutor: ArgumentsExecutor {
    func execute(
        _ arguments: ValueDirective.Arguments, directive: ResolvedDirective,
        inputs: ExecutionInputs,
        context: ExecutionContext
    ) throws -> ResultValue {
        if let text = arguments.textParameter { return .text(text) }
        return .scalar(try inputs.number(atWordField: arguments.field, in: directive))
    }
}
