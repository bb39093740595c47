extension AssertDirective {
    /// `<<assert …>>` decoded (each property reads the word or option of its name).
    struct Arguments: DirectiveArguments, Decodable {
        /// The directive as written, for locations.
        let written: Directive
        /// The result and field checked, e.g. `brute.max`.
        let field: String
        /// `expect=`, the expected value.
        let expect: Double
        /// `tol=`, the allowed absolute difference.
        let tol: Double
        /// `rtol=`, the allowed relative difference.
        let rtol: Double

        func validate() -> [Diagnostic] {
            var check = RuleCheck(written)
            check.require(tol != 0 || rtol != 0, "needs tol= or rtol= above 0")
            return check.problems
        }

        /// The difference allowed between the value found and `expect`.
        var allowed: Double { max(tol, rtol * abs(expect)) }
    }
}
