/// Messages about report parameters: `params:` in report.yml, `params.NAME` in directives and
/// `--param NAME=VALUE`.
extension Messages {
    /// "expected one of a, b" or a note that none is declared.
    private static func declared(_ known: [String]) -> String {
        known.isEmpty
            ? "report.yml declares no params:"
            : "report.yml's params: declares \(known.joined(separator: ", "))"
    }

    /// The hint for a parameter name nothing declares, when no declared name is near it.
    private static let declareParameter = "declare it under params: in report.yml"

    static func unknownParameter(
        _ name: String, at location: SourceLocation, known: [String], in directive: Directive
    ) -> Diagnostic {
        unknownName(
            name, "params.\(name), an unknown parameter: \(declared(known))", at: location,
            known: known, in: directive, fix: declareParameter)
    }

    static func undeclaredParameterOverride(
        _ override: ParameterOverride, known: [String], at location: SourceLocation
    ) -> Diagnostic {
        Diagnostic(
            location: location,
            message:
                "--param \(override.name)=\(override.value): no parameter '\(override.name)': \(declared(known))",
            hint: NearestName.hint(for: override.name, in: known) ?? declareParameter)
    }

    static func parameterGivenTwice(_ name: String) -> Diagnostic {
        Diagnostic(
            location: nil, message: "--param \(name) is given twice",
            hint: "give each parameter once")
    }

    static func overrideNotANumber(_ override: ParameterOverride, parameter: ReportParameter)
        -> Diagnostic
    {
        Diagnostic(
            location: parameter.location,
            message:
                "--param \(override.name)=\(override.value): \(override.name) is a number (its default is \(parameter.declared.written)), found '\(override.value)'",
            hint: "give a number, such as --param \(override.name)=\(parameter.declared.written)")
    }

    /// `params.NAME` put in place in an option gave a value the option does not take.
    static func parameterValueProblem(
        _ problem: ValueProblem, option: String, parameter: ReportParameter,
        at location: SourceLocation, in directive: Directive
    ) -> Diagnostic {
        var diagnostic = badValue(
            problem, what: "option '\(option)' (params.\(parameter.name))",
            found: parameter.value.written, at: location, in: directive)
        diagnostic.hint = "params.\(parameter.name) is declared at \(parameter.location)"
        return diagnostic
    }

    static func parameterIsText(_ parameter: ReportParameter, at location: SourceLocation)
        -> ExecutionError
    {
        ExecutionError(
            "params.\(parameter.name) is a text ('\(parameter.value.written)'), not a number",
            location: location,
            hint: "params.\(parameter.name) is declared at \(parameter.location)")
    }

    static func badParameterName(_ name: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            location: location,
            message:
                "params: '\(name)' is not a parameter name: use a letter, then letters, digits, '_' or '-'"
        )
    }

    static func badParameterValue(_ name: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            location: location,
            message: "params: \(name) must be a number or a text, not a list or a mapping",
            hint: "write one value, such as \(name): 1")
    }

    static func reservedResultName(at location: SourceLocation, in directive: Directive)
        -> Diagnostic
    {
        Diagnostic(
            location: location, directive: directive.text,
            message: "as=params: the name params is kept for report parameters (params.NAME)",
            hint: "choose another name")
    }
}
