import CutEngine

extension ExecutionInputs {
    /// The data set named `name`, or an error at `option=` saying what it is instead.
    func dataset(_ name: String, option: String, in directive: ResolvedDirective) throws -> Dataset
    {
        let value = try value(name)
        guard case .object(let object) = value, let dataset = object.payload as? Dataset else {
            throw ExecutionError(
                "\(option)=\(name) is a \(value.kindName), expected a data set (made by <<data>>)",
                location: directive.directive.option(option)?.valueLocation)
        }
        return dataset
    }

    /// The training named `name` (an `of=` input), or an error at `of=` saying what it is
    /// instead.
    func training(_ name: String, in directive: ResolvedDirective) throws -> TrainingRecord {
        guard case .training(let record) = try value(name) else {
            throw ExecutionError(
                "of=\(name) is a \(try value(name).kindName), expected a training (made by <<train>>)",
                location: directive.directive.option("of")?.valueLocation)
        }
        return record
    }

    /// The number at the field the directive's first word names (`<<value brute.argmax>>`,
    /// `<<assert fit.cuts[0] …>>`), or an error at that word.
    func number(atWordField field: String, in directive: ResolvedDirective) throws -> Double {
        do {
            return try number(at: field, in: directive)
        } catch var error as ExecutionError {
            error.location = directive.directive.words.first?.location
            throw error
        }
    }
}
