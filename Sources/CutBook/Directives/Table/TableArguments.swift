extension TableDirective {
    /// `<<table …>>` decoded.
    struct Arguments: DirectiveArguments {
        /// The directive as written, for locations.
        let written: Directive
        /// The kind word: `softmax` compares two vectors; otherwise `of=` is shown.
        let isSoftmax: Bool
        /// `of=`, the result shown (validation asks for exactly one).
        let of: [String]
        /// `rows=ends`: only the first and last five rows.
        let showsEndsOnly: Bool
        /// `a=` and `b=` of a softmax table.
        let a: [Double]?
        let b: [Double]?
        /// The kind word `selection`: the training `of=` evaluated on the data set `on=`.
        let isSelection: Bool
        /// `on=`, the data set of a selection table.
        let on: [String]
        /// `sigma_b=`, the relative background uncertainty of a selection table's Z_A.
        let sigmaB: Double?

        init(_ item: ResolvedDirective) throws {
            written = item.directive
            isSoftmax = try item.requiredText("kind") == "softmax"
            of = item.names("of")
            showsEndsOnly = try item.requiredText("rows") == "ends"
            a = item.numbers("a")
            b = item.numbers("b")
            isSelection = try item.requiredText("kind") == "selection"
            on = item.names("on")
            sigmaB = item.number("sigma_b")
        }

        func validate() -> [Diagnostic] {
            var check = RuleCheck(written)
            if isSoftmax {
                check.require(
                    a?.count == b?.count && a != nil, "softmax needs a= and b= of the same length")
            } else {
                check.require(of.count == 1, "needs of= naming one result")
            }
            if isSelection {
                check.require(on.count == 1, "selection needs on= naming one data set")
            }
            return check.problems
        }
    }
}
