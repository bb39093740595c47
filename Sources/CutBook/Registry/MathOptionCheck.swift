import CutPlot

/// Checks the TeX math of a directive's text options while the report is validated, so a bad
/// formula in a caption or plot label fails the build before anything is computed.
enum MathOptionCheck {
    /// The options whose values are label or caption markup with `$…$` math.
    static let markupOptions = ["caption", "xlabel", "ylabel", "labels"]

    /// One diagnostic per markup option whose math does not parse.
    static func check(_ item: ResolvedDirective) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for key in markupOptions {
            guard item.spec.option(key) != nil, let value = item.text(key) else { continue }
            // `labels=` is split at commas into one legend label each.
            let labels = key == "labels" ? value.split(separator: ",").map(String.init) : [value]
            var start = 0
            for label in labels {
                if var problem = Label.mathProblem(in: label) {
                    problem.offset += start
                    problems.append(Messages.math(problem, inOption: key, of: item.directive))
                    break
                }
                start += label.count + 1
            }
        }
        return problems
    }
}
