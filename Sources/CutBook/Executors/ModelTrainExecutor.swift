import CutEngine
import Foundation

/// `<<train model model="…">>`: trains any model expression (cuts, networks, products) with
/// CutEngine's `ModelTraining` (Adam), recording cut values every epoch when `track=true`.
enum ModelTrainExecutor {
    static func train(_ directive: ResolvedDirective, dataset: Dataset, context: ExecutionContext)
        throws
        -> ResultValue
    {
        let text = directive.text("model")!
        let model = try parseModel(text, columns: dataset.columnCount, directive: directive)
        let loss = LossName(rawValue: directive.text("loss")!)!
        guard loss.eventLoss != nil else {
            throw ExecutionError(
                "loss=\(loss) trains a single cut; a model takes seed, squares or bce",
                location: directive.directive.option("loss")?.valueLocation)
        }
        let seed = try Limits.seed(directive)
        var start = model.initialParameters(seed: seed)
        let cutPaths = start.paths.filter { $0.hasSuffix("/cuts") }
        if directive.flag("track") && cutPaths.isEmpty {
            throw ExecutionError(
                "track=true records cut values, but model \"\(text)\" has no cuts(...) term; remove track=",
                location: directive.directive.option("track")?.keyLocation)
        }
        if let initial = directive.numbers("init") {
            guard let path = cutPaths.first, cutPaths.count == 1 else {
                throw ExecutionError(
                    "init= sets the cuts of a model with exactly one cuts(...) term; write init inside the expression instead",
                    location: directive.directive.option("init")?.valueLocation)
            }
            try start.set(path, to: initial.map(Float.init))
        }
        let epochs = directive.integer("epochs")!
        let training = try ModelTraining(
            model: model, loss: loss,
            optimizer: OptimizerName(rawValue: directive.text("optimizer")!)!, epochs: epochs,
            learningRate: Float(directive.number("lr")!),
            recordedPaths: directive.flag("track") ? cutPaths : [])
        let result = try training.run(on: dataset, initial: start) { report in
            context.epoch(report.epoch, of: epochs, loss: Double(report.loss))
        }
        try context.checkNaN(result.training, directive)
        let tracked = (result.recorded[cutPaths.first ?? ""] ?? []).map { $0.map(Double.init) }
        var record = TrainExecutor.record(result.training, model: text, tracked: tracked)
        record.log = result.training.log.map { entry in
            let cuts = cutPaths.first.flatMap { try? entry.parameters.array($0) } ?? []
            return .init(epoch: entry.epoch, loss: Double(entry.loss), cuts: cuts.map(Double.init))
        }
        return .training(record)
    }

    /// Parses a model expression, pointing errors at the column inside `model=`.
    static func parseModel(_ text: String, columns: Int, directive: ResolvedDirective) throws
        -> Model
    {
        do {
            let expression = try ModelExpression(parsing: text)
            let estimate = expression.memoryEstimate(inputColumns: columns)
            if estimate.exceedsLimit {
                throw Messages.modelTooLarge(
                    estimate, location: directive.directive.option("model")?.valueLocation)
            }
            return try Model(expression, inputColumns: columns)
        } catch let error as ExecutionError {
            throw error
        } catch let error as ModelExpressionError {
            let option = directive.directive.option("model")
            let quoted = option != nil && directive.directive.text.contains("model=\"")
            let location = option?.valueLocation.advanced(by: error.column - 1 + (quoted ? 1 : 0))
            throw ExecutionError(
                "model expression: \(error.message)", location: location,
                hint: error.suggestion.map { "did you mean '\($0)'?" })
        } catch {
            throw ExecutionError(
                "model: \(error)", location: directive.directive.option("model")?.valueLocation)
        }
    }

    /// The model and final parameters of a training record, rebuilt for inference.
    static func frozen(_ record: TrainingRecord, columns: Int, directive: ResolvedDirective) throws
        -> (
            Model, ParameterTree
        )
    {
        let model = try parseModel(record.model, columns: columns, directive: directive)
        let parameters = try ParameterTree(
            record.parameters.map { ($0.name, $0.shape, $0.values.map(Float.init)) })
        try model.check(parameters)
        return (model, parameters)
    }
}
