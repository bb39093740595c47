/// `<<value result.field fmt=…>>`: reads one number of a result.
struct ValueExecutor: ArgumentsExecutor {
    func execute(
        _ arguments: ValueDirective.Arguments, directive: ResolvedDirective,
        inputs: ExecutionInputs,
        context: ExecutionContext
    ) throws -> ResultValue {
        let field = arguments.field
        do {
            return .scalar(try inputs.number(at: field, in: directive))
        } catch var error as ExecutionError {
            error.location = directive.directive.words.first?.location
            throw error
        }
    }
}
