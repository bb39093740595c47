/// Checks that need more than one option at a time (for example "a csv source needs file="),
/// then `OptionUse`'s table of which options each form reads.
enum VerbRules {
    static func check(_ item: ResolvedDirective) -> [Diagnostic] {
        let directive = item.directive
        var problems: [Diagnostic] = []
        func require(_ condition: Bool, _ text: String) {
            if !condition {
                problems.append(
                    Messages.requirement(text, at: directive.verbLocation, in: directive))
            }
        }
        switch item.verb {
        case .data:
            let source = item.text("source")
            let isFile = source == "csv" || source == "npy"
            require(source != "sample" || item.options["draws"] != nil, "sample needs draws=")
            require(!isFile || item.options["file"] != nil, "\(source ?? "") needs file=")
            if source == "sample", let draws = item.text("draws") {
                do {
                    _ = try DrawRecipe.parse(draws)
                } catch {
                    let location = directive.option("draws")!.valueLocation
                    problems.append(
                        Messages.requirement(
                            "draws=: \(error.message)", at: location, in: directive))
                }
            }
            require(item.resultName != nil, "needs as= to name the data set")
        case .train:
            require(
                item.text("what") != "model" || item.options["model"] != nil,
                "model needs model=\"…\"")
            require(item.names("on").count == 1, "on= names exactly one data set")
            require(item.resultName != nil, "needs as= to name the training")
            problems += LossFit.check(item)
        case .scan:
            let quantity = item.text("quantity") ?? ""
            require(item.names("on").count == 1, "on= names exactly one data set")
            require(
                quantity != "passing" || !item.names("of").isEmpty,
                "passing needs of= (a trained model)")
            if let from = item.number("from"), let to = item.number("to") {
                require(from < to, "from= must be below to=")
            }
            if quantity == "surface", let steps = item.integer("steps") {
                let estimate = Limits.surfaceEstimate(steps: steps)
                if estimate.exceedsLimit {
                    let location =
                        directive.option("steps")?.valueLocation ?? directive.verbLocation
                    problems.append(
                        Messages.requirement(
                            Messages.surfaceTooLarge(estimate, most: Limits.mostSurfaceSteps),
                            at: location, in: directive))
                }
            }
        case .table:
            if item.text("kind") == "softmax" {
                require(
                    item.numbers("a")?.count == item.numbers("b")?.count
                        && item.options["a"] != nil, "softmax needs a= and b= of the same length")
            } else {
                require(item.names("of").count == 1, "needs of= naming one result")
            }
        case .assert:
            require(
                item.number("tol") != 0 || item.number("rtol") != 0, "needs tol= or rtol= above 0")
        case .plot:
            let kind = item.text("kind") ?? ""
            require(kind == "relaxation" || !item.names("of").isEmpty, "\(kind) needs of=")
            require(
                !["scatter", "output"].contains(kind) || item.names("of").count == 2,
                "\(kind) needs of=training,data")
            if let range = item.numbers("range") {
                require(range[0] < range[1], "range= must be lo,hi with lo < hi")
            }
        default:
            break
        }
        return problems + OptionUse.check(item)
    }
}
