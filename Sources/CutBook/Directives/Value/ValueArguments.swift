extension ValueDirective {
    /// `<<value …>>` decoded.
    struct Arguments: DirectiveArguments {
        /// The directive as written, for locations.
        let written: Directive
        /// The result and field read, e.g. `brute.argmax`, or a parameter, `params.lr`.
        let field: String
        /// The text parameter the field names, if it names one (shown as written).
        let textParameter: String?

        init(_ item: ResolvedDirective) throws {
            written = item.directive
            field = try item.requiredText("field")
            let path = FieldPath(field)
            if let path, path.isParameter,
                case .text(let text)? = item.parameters[path.field]?.value
            {
                textParameter = text
            } else {
                textParameter = nil
            }
        }

        func validate() -> [Diagnostic] {
            var check = RuleCheck(written)
            check.require(
                textParameter == nil || written.option("fmt") == nil,
                "fmt= formats numbers, and \(field) is a text parameter; remove fmt=")
            return check.problems
        }
    }
}
