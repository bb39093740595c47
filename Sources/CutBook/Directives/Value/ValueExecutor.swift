/// `<<value result.field fmt=…>>`: reads one number of a result, or a report parameter
/// (`params.NAME`: a number, or a text shown as written).
struct ValueExecutor: ArgumentsExecutor {
    func execute(
        _ arguments: ValueDirective.Arguments, directive: ResolvedDirective,
        inputs: ExecutionInputs,
        context: ExecutionContext
    ) throws -> ResultValue {
        let field = arguments.field
        if let text = arguments.textParameter { return .text(text) }
        do {
            return .scalar(try inputs.number(at: field, in: directive))
        } catch var error as ExecutionError {
            error.location = directive.directive.words.first?.location
            throw error
        }
    }
}
