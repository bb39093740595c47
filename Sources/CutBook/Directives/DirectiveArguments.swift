/// A verb's words and options decoded once into typed fields, the way swift-argument-parser
/// decodes a command before running it: executors read fields, never option names, and
/// `validate()` holds the verb's rules that need more than one option at a time.
protocol DirectiveArguments: Sendable {
    /// Decodes `item`, whose defaults the validator has filled in.
    /// - Throws: `ExecutionError` when a value the specification requires or defaults is
    ///   missing (a mistake in the specification, reported rather than trapped).
    init(_ item: ResolvedDirective) throws

    /// The problems found across options, each at the option (or the verb) it concerns.
    func validate() -> [Diagnostic]
}

extension Verb {
    /// The problems of `item` that its verb's `validate()` finds, then the options its form
    /// does not read (`OptionUse`).
    func validate(_ item: ResolvedDirective) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        if let type = kind.argumentsType {
            do {
                problems = try type.init(item).validate()
            } catch let error as ExecutionError {
                problems = [
                    Messages.requirement(
                        error.message, at: error.location ?? item.directive.verbLocation,
                        in: item.directive)
                ]
            } catch {
                problems = [
                    Messages.requirement(
                        "\(error)", at: item.directive.verbLocation, in: item.directive)
                ]
            }
        }
        return problems + OptionUse.check(item)
    }
}

/// Collects a verb's rule violations, each at the verb unless placed elsewhere.
struct RuleCheck {
    /// The directive as written, for locations.
    let written: Directive
    /// The problems found so far.
    private(set) var problems: [Diagnostic] = []

    init(_ written: Directive) {
        self.written = written
    }

    /// Records `text` at the verb when `condition` does not hold.
    mutating func require(_ condition: Bool, _ text: String) {
        if !condition { fail(text) }
    }

    /// Records `text` at `location`, or at the verb.
    mutating func fail(_ text: String, at location: SourceLocation? = nil) {
        problems.append(
            Messages.requirement(text, at: location ?? written.verbLocation, in: written))
    }
}

/// An executor that works on its verb's typed arguments: the directive is decoded once, at the
/// start of `execute(_:inputs:context:)`, and the verb's code reads only fields.
protocol ArgumentsExecutor: DirectiveExecutor {
    /// The verb's decoded words and options.
    associatedtype Arguments: DirectiveArguments

    /// Computes the result from the decoded `arguments`; `directive` locates errors and names
    /// the inputs.
    func execute(
        _ arguments: Arguments, directive: ResolvedDirective, inputs: ExecutionInputs,
        context: ExecutionContext
    ) throws -> ResultValue
}

extension ArgumentsExecutor {
    func execute(_ directive: ResolvedDirective, inputs: ExecutionInputs, context: ExecutionContext)
        throws -> ResultValue
    {
        try execute(Arguments(directive), directive: directive, inputs: inputs, context: context)
    }
}
