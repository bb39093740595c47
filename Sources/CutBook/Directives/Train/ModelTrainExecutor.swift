import CutEngine
import Foundation

/// `<<train model model="…">>`: trains any model expression (cuts, networks, products) with
/// CutEngine's `ModelTraining` (Adam), recording cut values every epoch when `track=true`,
/// started from an earlier training's parameters with `from=` and holding a role fixed with
/// `freeze=` (`WarmStart`).
enum ModelTrainExecutor {
    static func train(
        _ arguments: TrainDirective.Arguments, directive: ResolvedDirective, dataset: Dataset,
        validation: Dataset?, inputs: ExecutionInputs, context: ExecutionContext
    ) throws -> ResultValue {
        guard let text = arguments.model else {
            throw ExecutionError(
                "model needs model=\"…\"", location: directive.directive.verbLocation)
        }
        let model = try ModelLoading.parseModel(
            text, columns: dataset.columnNames, widthsFrom: dataset, directive: directive)
        // A selection whose widths were derived is recorded with them, so that the record's
        // model text rebuilds the same model (`ModelLoading.frozen`).
        let written = (try? ModelExpression(parsing: text)) ?? model.expression
        let recordedText = written == model.expression ? text : "\(model.expression)"
        let loss = arguments.loss
        guard loss.eventLoss != nil else {
            throw ExecutionError(
                "loss=\(arguments.loss) trains cuts alone (<<train cuts>>); a model takes seed, squares or bce",
                location: directive.directive.option("loss")?.valueLocation)
        }
        var start = model.initialParameters(seed: arguments.seed)
        let cutPaths = start.paths.filter { $0.hasSuffix("/cuts") }
        if arguments.track && cutPaths.isEmpty {
            throw ExecutionError(
                "track=true records cut values, but model \"\(text)\" has no cuts(...) term; remove track=",
                location: directive.directive.option("track")?.keyLocation)
        }
        if let initial = arguments.initial {
            guard let path = cutPaths.first, cutPaths.count == 1 else {
                throw ExecutionError(
                    "init= sets the cuts of a model with exactly one cuts(...) term; write init inside the expression instead",
                    location: directive.directive.option("init")?.valueLocation)
            }
            try start.set(path, to: initial.map(Float.init))
        }
        if let name = arguments.from.first {
            let source = try WarmStart.source(name, inputs: inputs, directive: directive)
            try WarmStart.apply(
                source, named: name, to: &start, columns: dataset.columnNames,
                arguments: arguments, directive: directive)
        }
        let frozen = try arguments.freeze.map {
            try WarmStart.frozenPaths($0, in: start, arguments: arguments, directive: directive)
        }
        let epochs = arguments.epochs
        let training = try ModelTraining(
            model: model, loss: loss, optimizer: arguments.optimizer,
            epochs: epochs, learningRate: Float(arguments.learningRate),
            recordedPaths: arguments.track ? cutPaths : [], frozenPaths: frozen ?? [])
        let result = try TrainExecutor.located(directive, option: "on") {
            try training.run(on: dataset, validation: validation, initial: start) { report in
                context.epoch(report.epoch, of: epochs, loss: Double(report.loss))
            }
        }
        try context.checkNaN(result.training, arguments, directive)
        let tracked = (result.recorded[cutPaths.first ?? ""] ?? []).map { $0.map(Double.init) }
        var record = TrainExecutor.record(
            result.training, model: recordedText, tracked: tracked, columns: dataset.columnNames)
        record.validationLosses = result.validationLosses.map(Double.init)
        record.log = result.training.log.map { entry in
            let cuts = cutPaths.first.flatMap { try? entry.parameters.array($0) } ?? []
            return .init(epoch: entry.epoch, loss: Double(entry.loss), cuts: cuts.map(Double.init))
        }
        return .training(record)
    }
}
