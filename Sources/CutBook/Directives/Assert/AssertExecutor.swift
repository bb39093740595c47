/// `<<assert result.field expect=… tol=…>>`: compares one number of a result with an expected
/// value; the runner fails the build when the check does not hold.
struct AssertExecutor: ArgumentsExecutor {
    func execute(
        _ arguments: AssertDirective.Arguments, directive: ResolvedDirective,
        inputs: ExecutionInputs,
        context: ExecutionContext
    ) throws -> ResultValue {
        .check(
            CheckOutcome(
                field: arguments.field,
                found: try inputs.number(atWordField: arguments.field, in: directive),
                expected: arguments.expect, allowed: arguments.allowed))
    }
}
