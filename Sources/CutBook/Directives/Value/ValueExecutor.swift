/// `<<value result.field fmt=…>>`: reads one number of a result.
struct ValueExecutor: DirectiveExecutor {
    func execute(_ directive: ResolvedDirective, inputs: ExecutionInputs, context: ExecutionContext)
        throws
        -> ResultValue
    {
        let field = directive.text("field")!
        do {
            return .scalar(try inputs.number(at: field, in: directive))
        } catch var error as ExecutionError {
            error.location = directive.directive.words.first?.location
            throw error
        }
    }
}

/// `<<assert result.field expect=… tol=…>>`: compares one number of a result with an expected
/// value; the runner fails the build when the check does not hold.
struct AssertExecutor: DirectiveExecutor {
    func execute(_ directive: ResolvedDirective, inputs: ExecutionInputs, context: ExecutionContext)
        throws
        -> ResultValue
    {
        let field = directive.text("field")!
        let found: Double
        do {
            found = try inputs.number(at: field, in: directive)
        } catch var error as ExecutionError {
            error.location = directive.directive.words.first?.location
            throw error
        }
        let expected = directive.number("expect")!
        let allowed = max(
            directive.number("tol") ?? 0, (directive.number("rtol") ?? 0) * abs(expected))
        return .check(
            CheckOutcome(field: field, found: found, expected: expected, allowed: allowed))
    }
}

/// `<<log of=training>>`: the training's log, without the per-epoch arrays.
struct LogExecutor: DirectiveExecutor {
    func execute(_ directive: ResolvedDirective, inputs: ExecutionInputs, context: ExecutionContext)
        throws
        -> ResultValue
    {
        let name = directive.names("of")[0]
        guard case .training(var record) = try inputs.value(name) else {
            throw ExecutionError(
                "of=\(name) is a \(try inputs.value(name).kindName), expected a training (made by <<train>>)",
                location: directive.directive.option("of")?.valueLocation)
        }
        record.losses = []
        record.trackedCuts = []
        return .training(record)
    }
}
