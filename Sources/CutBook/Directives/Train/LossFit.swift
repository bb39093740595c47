import CutEngine

/// `loss=bce` reads a model's output as a probability, so a training with it is refused before
/// anything runs when the output is not bounded to [0, 1] (CutEngine's `OutputBounds`): a
/// network without a sigmoid, or balanced cuts. Scans are left alone: they show a loss's
/// values as they are, NaN included (the relaxation catalogue shows BCE of balanced cuts on
/// purpose), so a NaN there is visible, not silent.
enum LossFit {
    static func check(_ arguments: TrainDirective.Arguments) -> [Diagnostic] {
        guard let written = arguments.written.option("loss"), arguments.loss == .bce else {
            return []
        }
        let expression: ModelExpression
        let what: String
        let fix: String
        if arguments.trainsModel {
            guard let text = arguments.model,
                let parsed = try? ModelExpression(parsing: text)
            else { return [] }  // the training reports the expression's own error
            expression = parsed
            what = "model \"\(text)\""
            fix = "wrap the network in sigmoid(...), e.g. model=\"\(bounded(parsed))\""
        } else {
            let relaxation = arguments.relaxation
            expression = .cuts(relaxation, initial: .standard)
            what = "\(arguments.relaxationName) cuts"
            fix = "use sigmoid, erf or hard cuts, or loss=squares"
        }
        let bounds = expression.outputBounds
        guard !bounds.isWithinUnitInterval else { return [] }
        return [
            Messages.unboundedForBCE(
                what, bounds: bounds.description, fix: fix, at: written.valueLocation,
                in: arguments.written)
        ]
    }

    /// The expression with every unbounded factor wrapped in `sigmoid(...)`.
    static func bounded(_ expression: ModelExpression) -> ModelExpression {
        switch expression {
        case .product(let left, let right): return .product(bounded(left), bounded(right))
        case .mlp: return .sigmoid(expression)
        case .cuts(.balancedSigmoid, _): return .sigmoid(expression)
        default: return expression
        }
    }
}
