import CutEngine

extension ScanDirective {
    /// `<<scan …>>` decoded (each property reads the word or option of its name).
    struct Arguments: DirectiveArguments, Decodable {
        /// The directive as written, for locations.
        let written: Directive
        /// The quantity word: loss, gradient, weight, passing, window or surface.
        let quantity: String
        /// The data sets of `on=` (validation asks for exactly one).
        let on: [String]
        /// `of=`, the frozen model's training, if any.
        let of: ResultReference?
        /// `cut=`, the relaxation of the scanned cut (with `slope=`).
        let cut: RelaxationChoice
        /// `loss=`, as written (or its default).
        let loss: String
        /// `from=`, the first cut value (default: the data's range).
        let from: Double?
        /// `to=`, the last cut value (default: the data's range).
        let to: Double?
        /// `steps=`.
        let steps: Int
        /// `column=`, the column whose cut is scanned.
        let column: Int
        /// `at=`, the cut of a window scan.
        let at: Double

        func validate() -> [Diagnostic] {
            var check = RuleCheck(written)
            check.require(on.count == 1, "on= names exactly one data set")
            check.require(
                quantity != "passing" || of != nil, "passing needs of= (a trained model)")
            if let from, let to {
                check.require(from < to, "from= must be below to=")
            }
            if quantity == "surface" {
                let estimate = Limits.surfaceEstimate(steps: steps)
                if estimate.exceedsLimit {
                    check.fail(
                        Messages.surfaceTooLarge(estimate, most: Limits.mostSurfaceSteps),
                        at: written.option("steps")?.valueLocation)
                }
            }
            return check.problems
        }

        /// The loss of a scan over one cut's weights.
        func cutLoss() throws -> CutLoss {
            try EngineNames.cutLoss(loss, location: written.option("loss")?.valueLocation)
        }

        /// The cut values: from…to when given, else the column's padded range.
        func cuts(column values: [Float]) throws -> [Float] {
            let padded = try paddedRange(of: values)
            return try linspace(from ?? padded.low, to ?? padded.high, count: steps)
        }
    }
}
