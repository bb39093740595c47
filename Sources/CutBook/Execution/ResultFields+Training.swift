/// The field rules of a training.
extension ResultField {
    /// A training's fields: its length and losses, its final parameters, its cuts, and the
    /// range of the trained model's output.
    static let trainingFields: [ResultField] = [
        trainingRule("epochs", .number, "the epochs run", example: "fit.epochs") {
            ["epochs": .number(Double($0.epochs))]
        },
        trainingRule(
            "seconds", .number, "how long the training took (wall clock; not reproducible)",
            example: "fit.seconds"
        ) { ["seconds": .number($0.seconds)] },
        trainingRule(
            "loss", .number, "the loss at the start of the last epoch", example: "fit.loss"
        ) { record in record.losses.last.map { ["loss": .number($0)] } ?? [:] },
        trainingRule(
            "first_loss", .number, "the loss at the start (of the first epoch)",
            example: "fit.first_loss"
        ) { record in record.losses.first.map { ["first_loss": .number($0)] } ?? [:] },
        trainingRule(
            "losses[i]", .array, "the loss at the start of every epoch", example: "fit.losses[0]"
        ) { ["losses": .array($0.losses)] },
        trainingRule(
            "validation_loss", .number,
            "with `validation=`: the loss on the validation data at the last logged epoch",
            example: "sel.validation_loss"
        ) { record in
            record.validationLosses.last.map { ["validation_loss": .number($0)] } ?? [:]
        },
        trainingRule(
            "validation_losses[i]", .array,
            "with `validation=`: the validation loss at every logged epoch (`log=` sets how often)",
            example: "sel.validation_losses[0]"
        ) { record in
            record.validationLosses.isEmpty
                ? [:] : ["validation_losses": .array(record.validationLosses)]
        },
        trainingRule(
            "cuts[i]", .array,
            "the final cut values in parameter order (a window gives two, low then high); with several `cuts(…)` terms, the last one's",
            example: "sel.cuts[0]"
        ) { record in
            var fields: [String: Reading] = [:]
            for parameter in record.parameters
            where parameter.name.hasSuffix("/cuts") || parameter.name == "cuts" {
                fields["cuts"] = .array(parameter.values)
            }
            return fields
        },
        trainingRule(
            "PARAMETER[i]", .array,
            "every final parameter array by its path, row-major (`SelectionCut/cuts`, `mlp/linear_0/w`, `mlp/linear_0/b`)",
            example: "net.mlp/linear_2/b[0]"
        ) { record in
            Dictionary(
                record.parameters.map { ($0.name, Reading.array($0.values)) },
                uniquingKeysWith: { first, _ in first })
        },
        trainingRule(
            "initial_cuts[i]", .array,
            "the cut values the training started from (with `init=scan`, the scan's best point)",
            example: "fit.initial_cuts[0]"
        ) { record in
            guard let first = record.log.first, !first.cuts.isEmpty else { return [:] }
            return ["initial_cuts": .array(first.cuts)]
        },
        trainingRule(
            "drift[i]", .array,
            "with `track=true`: how far each cut moved over the last quarter of the epochs (its largest minus its smallest value after each of those epochs)",
            example: "fit.drift[0]"
        ) { record in
            let tracked = record.trackedCuts
            guard let width = tracked.first?.count else { return [:] }
            let quarter = tracked.suffix(max(1, tracked.count / 4))
            let drift = (0..<width).map { k in
                (quarter.map { $0[k] }.max() ?? 0) - (quarter.map { $0[k] }.min() ?? 0)
            }
            return ["drift": .array(drift)]
        },
        trainingRule(
            "misclassified", .number,
            "for cuts alone: the training events on the wrong side of the final cuts applied as hard cuts (signal failing one, background passing all)",
            example: "fit.misclassified"
        ) { record in
            record.misclassified.map { ["misclassified": .number(Double($0))] } ?? [:]
        },
        trainingRule(
            "variance.plain", .number,
            "with `estimator=score`: the variance (summed over the cuts, averaged over the epochs) of one perturbation's gradient estimate without a baseline; `variance.baseline` with the baseline L(c), `variance.pairs` of one antithetic pair",
            example: "stoch.variance.baseline"
        ) { record in
            let values = record.estimatorVariance
            guard values.count == 3 else { return [:] }
            return [
                "variance.plain": .number(values[0]), "variance.baseline": .number(values[1]),
                "variance.pairs": .number(values[2]),
            ]
        },
        ResultField(
            "training", "output.min", .evaluated,
            "the smallest raw output of the trained model over the data set it was trained on (computed when read)",
            example: "net.output.min"),
        ResultField(
            "training", "output.max", .evaluated,
            "the largest raw output of the trained model over its training data (computed when read)",
            example: "net.output.max"),
    ]

    /// A field of a training, read from its record.
    private static func trainingRule(
        _ name: String, _ shape: Shape, _ meaning: String, example: String,
        read: @escaping @Sendable (TrainingRecord) -> [String: Reading]
    ) -> ResultField {
        ResultField(
            "training", name, shape, meaning, example: example,
            read: { value in
                guard case .training(let record) = value else { return [:] }
                return read(record)
            })
    }
}
