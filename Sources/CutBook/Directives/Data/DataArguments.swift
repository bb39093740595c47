import CutEngine

extension DataDirective {
    /// `<<data …>>` decoded.
    struct Arguments: DirectiveArguments {
        /// The directive as written, for locations.
        let written: Directive
        /// The source word: a catalogue recipe, `sample`, `csv` or `npy`.
        let source: String
        /// The stream's seed (`seed=`, report.yml's, or the catalogue's).
        let seed: UInt32
        /// `draws=` of a sample, as written.
        let draws: String?
        /// `order=`: signal events first.
        let signalFirst: Bool
        /// `file=` of a csv or npy source.
        let file: String?
        /// `columns=`: the feature columns to keep, in order (all when not given).
        let columns: [String]?
        /// `truth=`: the CSV column of truth labels.
        let truth: String
        /// `as=`.
        let resultName: String?

        init(_ item: ResolvedDirective) throws {
            written = item.directive
            source = try item.requiredText("source")
            seed = try Limits.seed(item, default: StudySamples.catalogueSeed)
            draws = item.text("draws")
            signalFirst = try item.requiredText("order") != "background-first"
            file = item.text("file")
            columns = item.list("columns")
            truth = try item.requiredText("truth")
            resultName = item.resultName
        }

        /// Whether the data set is read from `file=`.
        var readsFile: Bool { source == "csv" || source == "npy" }

        func validate() -> [Diagnostic] {
            var check = RuleCheck(written)
            if source == "sample" {
                do {
                    _ = try recipe()
                } catch {
                    check.fail(error.message, at: error.location)
                }
            }
            check.require(!readsFile || file != nil, "\(source) needs file=")
            check.require(resultName != nil, "needs as= to name the data set")
            return check.problems
        }

        /// The parsed `draws=` of a sample.
        func recipe() throws(ExecutionError) -> DrawRecipe {
            guard let draws else { throw ExecutionError("sample needs draws=") }
            do {
                return try DrawRecipe.parse(draws)
            } catch {
                throw ExecutionError(
                    "draws=: \(error.message)", location: written.option("draws")?.valueLocation)
            }
        }
    }
}
