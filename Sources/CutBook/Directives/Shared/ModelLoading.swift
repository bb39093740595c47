import CutEngine
import Foundation

/// Model expressions turned into engine models: for a training (`model=`), and for the
/// directives that evaluate a trained model (frozen scans, scatter and output plots, the
/// `output.min` fields).
enum ModelLoading {
    /// Parses a model expression for data with the columns `columns`, pointing errors at the
    /// column inside `model=`. With `widthsFrom`, a selection's missing widths
    /// (`cuts(sigmoid, 'pt > 40')`) are derived from that data set (a training's data).
    static func parseModel(
        _ text: String, columns: [String], widthsFrom data: Dataset? = nil,
        directive: ResolvedDirective
    ) throws -> Model {
        do {
            var expression = try ModelExpression(parsing: text)
            if let data { expression = try expression.resolvingWidths(in: data) }
            let estimate = expression.memoryEstimate(inputColumns: columns.count)
            if estimate.exceedsLimit {
                throw Messages.modelTooLarge(
                    estimate, location: directive.directive.option("model")?.valueLocation)
            }
            return try Model(expression, columnNames: columns)
        } catch let error as ExecutionError {
            throw error
        } catch let error as ModelExpressionError {
            let option = directive.directive.option("model")
            let location = option?.location(ofValueCharacter: error.column - 1)
            throw ExecutionError(
                "model expression: \(error.message)", location: location,
                hint: error.suggestion.map { "did you mean '\($0)'?" })
        } catch {
            throw ExecutionError(
                "model: \(error)", location: directive.directive.option("model")?.valueLocation)
        }
    }

    /// The model and final parameters of a training record, rebuilt for inference.
    static func frozen(_ record: TrainingRecord, columns: [String], directive: ResolvedDirective)
        throws
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
