import CutEngine
import Foundation

/// `<<train cuts RELAXATION ...>>`: trains one cut per column, or the comparisons of `select=`
/// (model expressions go to `ModelTrainExecutor`), with CutEngine's training loop, and records
/// the log, the losses (and the validation losses), the final cuts and the time taken.
struct TrainExecutor: ArgumentsExecutor {
    func execute(
        _ arguments: TrainDirective.Arguments, directive: ResolvedDirective,
        inputs: ExecutionInputs,
        context: ExecutionContext
    ) throws -> ResultValue {
        let given = try inputs.dataset(arguments.data[0], option: "on", in: directive)
        let balances = arguments.balancesClasses(of: given)
        let dataset = try Self.balanced(given, if: balances, option: "on", directive)
        let validation = try arguments.validation.first.map {
            try Self.balanced(
                try inputs.dataset($0, option: "validation", in: directive), if: balances,
                option: "validation", directive)
        }
        if arguments.trainsModel {
            return try ModelTrainExecutor.train(
                arguments, directive: directive, dataset: dataset, validation: validation,
                inputs: inputs, context: context)
        }
        let relaxation = arguments.relaxation
        let expression: ModelExpression
        if let text = arguments.selection {
            let selection = try Self.parseSelection(text, dataset: dataset, directive: directive)
            expression = .select(relaxation, selection)
        } else {
            let cutCount = dataset.columnCount
            let initial =
                try arguments.scansInitialCuts
                ? Self.scannedStart(arguments, dataset: dataset, directive: directive)
                : arguments.initial ?? [Double](repeating: 0, count: cutCount)
            guard initial.count == cutCount else {
                throw ExecutionError(
                    "init= gives \(initial.count) value(s) but the data set has \(cutCount) column(s); give one initial cut per column, or write the cuts with select=",
                    location: directive.directive.option("init")?.valueLocation)
            }
            expression = .cuts(relaxation, initial: .each(initial.map(Float.init)))
        }
        let epochs = arguments.epochs
        let model = try Self.located(directive, option: "select") {
            try Model(expression, columnNames: dataset.columnNames)
        }
        let training = try Self.located(directive, option: "loss") {
            try ModelTraining(
                model: model, loss: arguments.loss, optimizer: arguments.optimizer,
                epochs: epochs, learningRate: Float(arguments.learningRate),
                recordedPaths: arguments.track ? [SelectionCut.parameterPath] : [],
                relativeUncertainty: arguments.sigmaB, adjustments: arguments.adjustments)
        }
        let run = try Self.located(directive, option: "on") {
            try training.run(on: dataset, validation: validation) { report in
                context.epoch(report.epoch, of: epochs, loss: Double(report.loss))
            }
        }
        let result = run.training
        let tracked = (run.recorded[SelectionCut.parameterPath] ?? []).map { $0.map(Double.init) }
        try context.checkNaN(result, arguments, directive)
        let name =
            arguments.selection == nil
            ? Self.modelText(relaxation, annealedTo: arguments.slopeSchedule?.end)
            : "\(expression)"
        var record = Self.record(
            result, model: name, tracked: tracked, columns: dataset.columnNames)
        record.validationLosses = run.validationLosses.map(Double.init)
        record.misclassified = try SelectionTable.misclassified(
            model: model, parameters: result.parameters, dataset: dataset)
        if let variance = run.estimatorVariance {
            record.estimatorVariance = [
                variance.withoutBaseline, variance.withBaseline, variance.antitheticPairs,
            ]
        }
        return .training(record)
    }

    /// `dataset` with its classes' weights balanced when `balances` (`balance=`), errors at
    /// `option`.
    static func balanced(
        _ dataset: Dataset, if balances: Bool, option: String, _ directive: ResolvedDirective
    ) throws -> Dataset {
        guard balances else { return dataset }
        return try located(directive, option: option) { try dataset.classBalanced() }
    }

    /// `select=` parsed, with errors at their column inside the option's value, and every
    /// missing width derived from the training data.
    static func parseSelection(_ text: String, dataset: Dataset, directive: ResolvedDirective)
        throws -> CutSpec
    {
        let option = directive.directive.option("select")
        do {
            return try CutSpec(parsing: text).resolvingWidths(in: dataset)
        } catch let error as CutSpecError {
            throw ExecutionError(
                "select=: \(error.message)",
                location: option?.location(ofValueCharacter: error.offset))
        } catch let error as SelectionError {
            var hint: String?
            if case .unknownColumn(let name, let available) = error {
                hint = NearestName.hint(for: name, in: available)
            }
            throw ExecutionError(
                "select=: \(error)", location: option?.valueLocation, hint: hint)
        }
    }

    /// Runs `body`, turning an engine error into an execution error at `option=` (or the verb).
    static func located<T>(_ directive: ResolvedDirective, option: String, _ body: () throws -> T)
        throws -> T
    {
        do {
            return try body()
        } catch let error as ExecutionError {
            throw error
        } catch {
            throw ExecutionError(
                "\(error)",
                location: directive.directive.option(option)?.valueLocation
                    ?? directive.directive.verbLocation)
        }
    }

    /// The record's model text, an expression that parses back to the trained relaxation
    /// (so exports, scans and plots rebuild it): `cuts(sigmoid)`, `cuts(sigmoid, slope=2.0)`.
    /// A sigmoid annealed to the sharpness `annealedTo` is recorded at that slope, the one its
    /// last epoch trained; erf and balanced cuts have no slope to write, so they are recorded
    /// at slope 1.
    static func modelText(_ relaxation: Relaxation, annealedTo end: Double? = nil) -> String {
        if case .sigmoid(let slope) = relaxation, slope * Float(end ?? 1) != 1 {
            return "cuts(\(relaxation.name), slope=\(slope * Float(end ?? 1)))"
        }
        return "cuts(\(relaxation.name))"
    }

    /// `init=scan`: the best point of a hard-cut grid scan of the training's loss on the
    /// training data, `init_steps=` values per column over each column's range.
    static func scannedStart(
        _ arguments: TrainDirective.Arguments, dataset: Dataset, directive: ResolvedDirective
    ) throws -> [Double] {
        let scan = try located(directive, option: "init_steps") {
            try CutGridScan.scan(
                model: try Model(
                    .cuts(.hard, initial: .standard), columnNames: dataset.columnNames),
                loss: arguments.loss, data: dataset,
                axes: try CutGridScan.dataAxes(of: dataset, steps: arguments.initSteps),
                relativeUncertainty: arguments.sigmaB)
        }
        guard let best = scan.bestIndex else {
            throw ExecutionError(
                "init=scan found no cut values with a defined loss=\(arguments.loss.rawValue) on the scanned grid; give init= values instead",
                location: directive.directive.option("init")?.valueLocation)
        }
        return scan.cuts(at: best).map(Double.init)
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
