/// `<<assert result.field expect=… tol=…>>`: compares one number of a result with an expected
/// value; the runner fails the build when the check does not hold.
struct AssertExecutor: ArgumentsExecutor {
    func execute(
        _ arguments: AssertDirective.Arguments, directive: ResolvedDirective,
        inputs: ExecutionInputs,
        context: ExecutionContext
    ) throws -> ResultValue {
        let field = arguments.field
        let found: Double
        do {
            found = try inputs.number(at: field, in: directive)
        } catch var error as ExecutionError {
            error.location = directive.directive.words.first?.location
            throw error
        }
        return .check(
            CheckOutcome(
                field: field, found: found, expected: arguments.expected,
                allowed: arguments.allowed))
    }
}
