import CutEngine
import Foundation

/// `<<train cuts RELAXATION ...>>`: trains one cut per column (model expressions go to
/// `ModelTrainExecutor`) of a data set with CutEngine's
/// training loop, and records the log, the losses, the final cuts and the time taken.
struct TrainExecutor: ArgumentsExecutor {
    func execute(
        _ arguments: TrainDirective.Arguments, directive: ResolvedDirective,
        inputs: ExecutionInputs,
        context: ExecutionContext
    ) throws -> ResultValue {
        let dataset = try inputs.dataset(arguments.data[0], option: "on", in: directive)
        if arguments.trainsModel {
            return try ModelTrainExecutor.train(
                arguments, directive: directive, dataset: dataset, context: context)
        }
        let relaxation = arguments.relaxation
        let cutCount = dataset.columnCount
        let initial = arguments.initial ?? [Double](repeating: 0, count: cutCount)
        guard initial.count == cutCount else {
            throw ExecutionError(
                "init= gives \(initial.count) value(s) but the data set has \(cutCount) column(s); give one initial cut per column",
                location: directive.directive.option("init")?.valueLocation)
        }
        let epochs = arguments.epochs
        let loss = arguments.loss
        let optimizer = arguments.optimizer
        if loss.isMaximised && !optimizer.canMaximise {
            throw ExecutionError(
                "loss=\(loss) is maximised by gradient ascent: use optimizer=gradient",
                location: directive.directive.option("optimizer")?.valueLocation
                    ?? directive.directive.verbLocation)
        }
        if loss.eventLoss == nil && cutCount != 1 {
            throw ExecutionError(
                "loss=\(loss) trains one cut, but the data set has \(cutCount) columns",
                location: directive.directive.option("loss")?.valueLocation)
        }
        let model = try Model(
            .cuts(relaxation, initial: .each(initial.map(Float.init))), inputColumns: cutCount)
        let training = try ModelTraining(
            model: model, loss: loss, optimizer: optimizer, epochs: epochs,
            learningRate: Float(arguments.learningRate),
            recordedPaths: arguments.track ? [SelectionCut.parameterPath] : [])
        let run = try training.run(on: dataset) { report in
            context.epoch(report.epoch, of: epochs, loss: Double(report.loss))
        }
        let result = run.training
        let tracked = (run.recorded[SelectionCut.parameterPath] ?? []).map { $0.map(Double.init) }
        try context.checkNaN(result, arguments, directive)
        return .training(
            Self.record(
                result, model: Self.modelText(relaxation), tracked: tracked,
                columns: dataset.columnNames))
    }

    /// The record's model text, an expression that parses back to the trained relaxation
    /// (so exports, scans and plots rebuild it): `cuts(sigmoid)`, `cuts(sigmoid, slope=2.0)`.
    static func modelText(_ relaxation: Relaxation) -> String {
        if case .sigmoid(let slope) = relaxation, slope != 1 {
            return "cuts(\(relaxation.name), slope=\(slope))"
        }
        return "cuts(\(relaxation.name))"
    }

    /// The engine's training result as a cacheable record.
    static func record(
        _ result: TrainingResult, model: String, tracked: [[Double]], columns: [String]
    ) -> TrainingRecord {
        let cutsOf: (ParameterTree) -> [Double] = { tree in
            ((try? tree.array(SelectionCut.parameterPath)) ?? []).map(Double.init)
        }
        let parameters = result.parameters.entries.map { entry in
            TrainingRecord.Parameter(
                name: entry.path, shape: entry.shape,
                values: result.parameters.values[entry.range].map(Double.init))
        }
        return TrainingRecord(
            model: model, epochs: result.epochsRun, seconds: result.seconds,
            log: result.log.map {
                .init(epoch: $0.epoch, loss: Double($0.loss), cuts: cutsOf($0.parameters))
            },
            losses: result.lossHistory.map(Double.init), trackedCuts: tracked,
            parameters: parameters,
            warnings: result.warnings, columns: columns)
    }
}
