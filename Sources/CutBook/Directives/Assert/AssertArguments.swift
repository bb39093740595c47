extension AssertDirective {
    /// `<<assert …>>` decoded.
    struct Arguments: DirectiveArguments {
        /// The directive as written, for locations.
        let written: Directive
        /// The result and field checked, e.g. `brute.max`.
        let field: String
        /// `expect=`.
        let expected: Double
        /// `tol=`, the allowed absolute difference.
        let tolerance: Double
        /// `rtol=`, the allowed relative difference.
        let relativeTolerance: Double

        init(_ item: ResolvedDirective) throws {
            written = item.directive
            field = try item.requiredText("field")
            expected = try item.requiredNumber("expect")
            tolerance = try item.requiredNumber("tol")
            relativeTolerance = try item.requiredNumber("rtol")
        }

        func validate() -> [Diagnostic] {
            var check = RuleCheck(written)
            check.require(
                tolerance != 0 || relativeTolerance != 0, "needs tol= or rtol= above 0")
            return check.problems
        }

        /// The difference allowed between the value found and `expected`.
        var allowed: Double { max(tolerance, relativeTolerance * abs(expected)) }
    }
}
