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
        let rate = Float(arguments.learningRate)
        let lossName = arguments.loss
        let useAdam = arguments.usesAdam
        if lossName == "ssb" && useAdam {
            throw ExecutionError(
                "loss=ssb is maximised by gradient ascent: use optimizer=gradient",
                location: directive.directive.option("optimizer")?.valueLocation
                    ?? directive.directive.verbLocation)
        }
        let selection = try SelectionCut(relaxation: relaxation, cutCount: cutCount)
        let start = try selection.parameters(cuts: initial.map(Float.init))
        let optimizer =
            useAdam
            ? try Optimizer.adam(learningRate: rate)
            : try Optimizer.gradientStep(learningRate: rate, ascent: lossName == "ssb")
        let trainer = try Trainer(optimizer: optimizer, epochs: epochs)
        let track = arguments.track
        var tracked: [[Double]] = []
        let progress: (EpochReport) -> Void = { report in
            if track, let cuts = try? report.parameters.array(SelectionCut.parameterPath) {
                tracked.append(cuts.map(Double.init))
            }
            context.epoch(report.epoch, of: epochs, loss: Double(report.loss))
        }
        let result: TrainingResult
        if lossName == "ssb" {
            guard cutCount == 1 else {
                throw ExecutionError(
                    "loss=ssb trains one cut, but the data set has \(cutCount) columns",
                    location: directive.directive.option("loss")?.valueLocation)
            }
            let (signal, background) = EventClasses.split(dataset.columns[0], truth: dataset.truth)
            var objective = ClosureObjective { parameters in
                let cut = try parameters.array(SelectionCut.parameterPath)[0]
                let (value, gradient) = CutLoss.significance.valueAndCutGradient(
                    relaxation: relaxation, signal: signal, background: background, cut: cut)
                var tree = parameters.zeros()
                try tree.set(SelectionCut.parameterPath, to: [Float(gradient)])
                return (Float(value), tree)
            }
            result = try trainer.train(&objective, from: start, onEpoch: progress)
        } else {
            let loss: EventLoss =
                switch lossName {
                case "squares": .sumOfSquares
                case "bce": .meanBinaryCrossEntropy
                default: .seed
                }
            var objective = try SelectionObjective(
                selection: selection, loss: loss, columns: dataset.columns, truth: dataset.truth)
            result = try trainer.train(&objective, from: start, onEpoch: progress)
        }
        try context.checkNaN(result, arguments, directive)
        return .training(Self.record(result, model: "cuts(\(relaxation))", tracked: tracked))
    }

    /// The engine's training result as a cacheable record.
    static func record(_ result: TrainingResult, model: String, tracked: [[Double]])
        -> TrainingRecord
    {
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
            warnings: result.warnings)
    }
}
