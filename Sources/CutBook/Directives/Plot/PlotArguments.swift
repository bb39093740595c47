import CutPlot

extension PlotDirective {
    /// `<<plot …>>` decoded.
    struct Arguments: DirectiveArguments {
        /// The directive as written, for locations.
        let written: Directive
        /// The figure kind word.
        let kind: String
        /// `of=`: the results drawn.
        let of: [String]
        /// `width=` and `height=`, in points.
        let width: Double
        let height: Double
        /// `bins=`.
        let bins: Int
        /// `style=` of a histogram: filled or step.
        let style: HistogramStyle
        /// `alpha=`: a histogram's opacity.
        let alpha: Double
        /// `density=`: each class normalised to unit area.
        let density: Bool
        /// `range=`: the x range lo,hi.
        let range: [Double]?
        /// `logy=`.
        let logY: Bool
        /// `mark=`: none, max or min.
        let mark: String
        /// `vline=` and `hline=`: numbers, or fields of results until `resolvingFields`.
        var verticalLines: ReferenceValues
        var horizontalLines: ReferenceValues
        /// `y=`: the scan column drawn.
        let y: String?
        /// `column=`: the data column of a histogram.
        let column: Int
        /// `labels=`: legend labels for the curves of `of=`.
        let labels: [String]
        /// `levels=` of contours.
        let levels: [Double]?
        /// `at=`: the cut of a relaxation plot.
        let at: Double
        /// `relaxations=`: the relaxations drawn.
        let relaxations: [String]
        /// `derivative=`: draw ∂w/∂c.
        let derivative: Bool
        /// `rule=` of a scatter: sigmoid or output.
        let rule: String
        /// `threshold=` of a scatter's rule.
        let threshold: Double
        /// `class=` of a scatter: both, signal or background.
        let drawnClass: String
        /// `band=` of a line plot of a sweep: std (when not given), range or none.
        let band: String
        /// `xlabel=` and `ylabel=`.
        let xLabel: String?
        let yLabel: String?

        init(_ item: ResolvedDirective) throws {
            written = item.directive
            kind = try item.requiredText("kind")
            of = item.names("of")
            width = try item.requiredNumber("width") * 72
            height = try item.requiredNumber("height") * 72
            bins = try item.requiredInteger("bins")
            style = try HistogramStyle(named: item.requiredText("style"))
            alpha = try item.requiredNumber("alpha")
            density = item.flag("density")
            range = item.numbers("range")
            logY = item.flag("logy")
            mark = try item.requiredText("mark")
            verticalLines = ReferenceValues(item.options["vline"])
            horizontalLines = ReferenceValues(item.options["hline"])
            y = item.text("y")
            column = try item.requiredInteger("column")
            labels = item.list("labels") ?? []
            levels = item.numbers("levels")
            at = try item.requiredNumber("at")
            relaxations = item.names("relaxations")
            derivative = item.flag("derivative")
            rule = try item.requiredText("rule")
            threshold = try item.requiredNumber("threshold")
            drawnClass = try item.requiredText("class")
            // No default in the spec, so that the key of every other figure stays as it was.
            band = item.text("band") ?? "std"
            xLabel = item.text("xlabel")
            yLabel = item.text("ylabel")
        }

        func validate() -> [Diagnostic] {
            var check = RuleCheck(written)
            check.require(kind == "relaxation" || !of.isEmpty, "\(kind) needs of=")
            check.require(
                !["scatter", "output"].contains(kind) || of.count == 2,
                "\(kind) needs of=training,data")
            if let range {
                check.require(range[0] < range[1], "range= must be lo,hi with lo < hi")
            }
            return check.problems
        }

        /// The arguments with every field reference of `vline=` and `hline=`
        /// (`vline=fit.cuts[0]`) replaced by the number it reads.
        func resolvingFields(_ inputs: ExecutionInputs, in directive: ResolvedDirective) throws
            -> Arguments
        {
            var resolved = self
            resolved.verticalLines = try verticalLines.resolved(
                "vline", inputs: inputs, in: directive)
            resolved.horizontalLines = try horizontalLines.resolved(
                "hline", inputs: inputs, in: directive)
            return resolved
        }
    }

    /// A list option of numbers or result fields (`vline=3.7,fit.cuts[0]`).
    struct ReferenceValues: Sendable {
        /// The numbers: all of them once the fields are resolved.
        var numbers: [Double]
        /// The parts as written while some are fields; empty once resolved.
        var parts: [String]

        init(_ value: OptionValue?) {
            switch value {
            case .numbers(let values): (numbers, parts) = (values, [])
            case .names(let values): (numbers, parts) = ([], values)
            default: (numbers, parts) = ([], [])
            }
        }

        /// The values with every field read from `inputs`; errors point at the field inside
        /// `key=`.
        func resolved(_ key: String, inputs: ExecutionInputs, in directive: ResolvedDirective)
            throws -> ReferenceValues
        {
            guard !parts.isEmpty else { return self }
            var resolved = ReferenceValues(nil)
            for part in parts {
                do {
                    resolved.numbers.append(
                        try Double(part) ?? inputs.number(at: part, in: directive))
                } catch var error as ExecutionError {
                    if let written = directive.directive.option(key) {
                        error.location = written.location(of: part)
                    }
                    throw error
                }
            }
            return resolved
        }
    }
}
