import Foundation

/// `<<export of=net format=onnx>>`: rebuilds the trained model from its record (the expression,
/// the final parameters and the data set's column names) and encodes it as an ONNX file.
struct ExportExecutor: ArgumentsExecutor {
    func execute(
        _ arguments: ExportDirective.Arguments, directive: ResolvedDirective,
        inputs: ExecutionInputs, context: ExecutionContext
    ) throws -> ResultValue {
        let record = try inputs.training(arguments.of.name, in: directive)
        let (model, parameters) = try ModelLoading.frozen(
            record, columns: record.columns, directive: directive)
        let graph: ONNXGraph
        do {
            graph = try ONNXExport.graph(
                model: model, parameters: parameters, columns: record.columns,
                name: arguments.of.name, modelText: record.model)
        } catch let failure as ONNXExport.Failure {
            throw ExecutionError(
                "cannot export \(arguments.of.name): \(failure)",
                location: directive.directive.option("of")?.valueLocation)
        }
        return .file(
            OutputFile(
                path: arguments.path, contents: graph.encoded(producerVersion: CutBook.version)))
    }
}
