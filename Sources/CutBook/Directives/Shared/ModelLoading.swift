import CutEngine
import Foundation

/// Model expressions turned into engine models: for a training (`model=`), and for the
/// directives that evaluate a trained model (frozen scans, scatter and output plots, the
/// `output.min` fields).
enum ModelLoading {
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
