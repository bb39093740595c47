import CutEngine
import Foundation

/// The results a directive reads, by name.
struct ExecutionInputs: Sendable {
    /// The results by name.
    var values: [String: ResultValue]
    /// For each training among the inputs, the name of the data set it was trained on.
    var trainingData: [String: String]

    /// Creates inputs.
    init(values: [String: ResultValue], trainingData: [String: String] = [:]) {
        self.values = values
        self.trainingData = trainingData
    }

    /// The result named `name`; the planner guarantees it exists.
    func value(_ name: String) throws -> ResultValue {
        guard let value = values[name] else {
            throw ExecutionError("result '\(name)' is not available")
        }
        return value
    }

    /// The number at `path` (`brute.argmax`), with messages naming the nearest field.
    func number(at text: String) throws -> Double {
        guard let path = FieldPath(text) else {
            throw ExecutionError("'\(text)' is not a field path")
        }
        let value = try value(path.result)
        switch value.number(at: path) {
        case .success(let number): return number
        case .failure(.unknown(let available)):
            throw Messages.unknownField(text, of: path.result, value: value, available: available)
        case .failure(.index(let count)):
            throw Messages.fieldIndex(text, count: count)
        }
    }
}

/// The fields `output.min` and `output.max` of a training: the range of the trained model's
/// raw output over the data set it was trained on (`<<value fit.output.min fmt=,.0f>>`).
///
/// A training's record holds the parameters, not the outputs, so these fields evaluate the
/// frozen model; the validator makes a directive that reads them depend on the training's data
/// set (`Validator.addTrainingData`), and the runner says which data set that is.
extension ExecutionInputs {
    /// The two output fields, from the training's field rules.
    static let outputFields = ResultField.evaluatedNames(of: "training")

    /// The number at `text`, like `number(at:)`, also reading the output fields of a training
    /// and the report parameters (`params.lr`) the directive reads.
    func number(at text: String, in directive: ResolvedDirective) throws -> Double {
        if let path = FieldPath(text), path.isParameter {
            guard let parameter = directive.parameters[path.field] else {
                throw ExecutionError("'\(text)': no such parameter")
            }
            guard let number = parameter.value.number else {
                throw Messages.parameterIsText(parameter, at: directive.directive.location)
            }
            return number
        }
        guard let path = FieldPath(text), Self.outputFields.contains(path.field),
            case .training(let record)? = values[path.result]
        else { return try number(at: text) }
        guard path.index == nil else {
            throw ExecutionError("'\(text)': \(path.field) is one number and takes no [index]")
        }
        guard let dataName = trainingData[path.result] else {
            throw ExecutionError(
                "'\(text)': the training '\(path.result)' has no data set (on=) to evaluate its output on"
            )
        }
        let dataset = try dataset(dataName, option: "on", in: directive)
        let (model, parameters) = try ModelLoading.frozen(
            record, columns: dataset.columnNames, directive: directive)
        let outputs = try ModelEvaluator(model: model, data: dataset).outputs(parameters)
        let finite = outputs.filter(\.isFinite)
        guard let low = finite.min(), let high = finite.max() else {
            throw ExecutionError("'\(text)': the model's output has no finite value")
        }
        return Double(path.field == "output.min" ? low : high)
    }
}
