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
        /// `weight=`: the column of event weights.
        let weight: String?
        /// `of=` of a split.
        let dataOf: String?
        /// `fraction=` of a split.
        let fraction: Double?
        /// `as=`: one name, or two for a split.
        let resultNames: [String]

        init(_ item: ResolvedDirective) throws {
            written = item.directive
            source = try item.requiredText("source")
            seed = try Limits.seed(item, default: StudySamples.catalogueSeed)
            draws = item.text("draws")
            signalFirst = try item.requiredText("order") != "background-first"
            file = item.text("file")
            columns = item.list("columns")
            truth = try item.requiredText("truth")
            weight = item.text("weight")
            dataOf = item.names("of").first
            fraction = item.number("fraction")
            resultNames = item.resultNames
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
            if source == "split" {
                check.require(dataOf != nil, "split needs of= (the data set to split)")
                check.require(fraction != nil, "split needs fraction= (the first part's share)")
                check.require(
                    resultNames.count == 2,
                    "split makes two data sets: name both, like as=ev_train,ev_test")
            } else {
                check.require(!resultNames.isEmpty, "needs as= to name the data set")
                check.require(
                    resultNames.count <= 1, "makes one data set: as= takes one name")
            }
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
