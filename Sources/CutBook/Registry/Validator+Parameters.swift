/// Report parameters in directives: an option written `params.NAME` takes the parameter's
/// value (then checked against the option's kind like a written value), and a field written
/// `params.NAME` (`<<value params.lr>>`, a part of `at=`) reads it when the directive runs.
extension Validator {
    /// The value of `option`, with `params.NAME` replaced by the parameter's value; nil (with
    /// the problem in `bag`) for an unknown parameter or a value the option does not take.
    static func parseOption(
        _ option: Directive.Option, kind: ValueKind, settings: ReportSettings,
        in directive: Directive, bag: inout DiagnosticBag
    ) -> OptionValue? {
        var parameter: ReportParameter?
        if let reference = settings.parameterReference(option.value) {
            guard let declared = reference.parameter else {
                bag.add(
                    Messages.unknownParameter(
                        reference.name, at: option.valueLocation,
                        known: settings.parameters.map(\.name), in: directive))
                return nil
            }
            parameter = declared
        }
        let written = parameter?.value.written ?? option.value
        switch OptionValue.parse(written, as: kind) {
        case .success(let value): return value
        case .failure(let problem):
            bag.add(
                parameter.map {
                    Messages.parameterValueProblem(
                        problem, option: option.key, parameter: $0, at: option.valueLocation,
                        in: directive)
                }
                    ?? Messages.badValue(
                        problem, what: "option '\(option.key)'", found: option.value,
                        at: option.valueLocation, in: directive))
            return nil
        }
    }

    /// The parameters `item` reads as fields, by name; an unknown one is reported in `bag`.
    static func fieldParameters(
        of item: ResolvedDirective, settings: ReportSettings, bag: inout DiagnosticBag
    ) -> [String: ReportParameter] {
        var texts: [(text: String, location: SourceLocation)] = []
        for (index, word) in item.spec.words.enumerated() where word.kind == .field {
            if case .text(let text) = item.words[word.name] {
                texts.append(
                    (
                        text,
                        item.directive.words.indices.contains(index)
                            ? item.directive.words[index].location : item.directive.location
                    ))
            }
        }
        for option in item.spec.options {
            guard case .numbersOrFields = option.kind else { continue }
            let location = item.directive.option(option.name)?.valueLocation
            texts += item.names(option.name).map { ($0, location ?? item.directive.location) }
        }
        var used: [String: ReportParameter] = [:]
        let known = settings.parameters.map(\.name)
        for (text, location) in texts {
            guard let path = FieldPath(text), path.isParameter else { continue }
            if let parameter = settings.parameter(path.field), path.index == nil {
                used[parameter.name] = parameter
            } else {
                bag.add(
                    Messages.unknownParameter(
                        path.field + (path.index.map { "[\($0)]" } ?? ""), at: location,
                        known: known, in: item.directive))
            }
        }
        return used
    }
}

extension FieldPath {
    /// The result name that stands for the report's parameters (`params.NAME`).
    static let parameterResult = "params"

    /// Whether the path names a report parameter rather than a result's field.
    var isParameter: Bool { result == Self.parameterResult }
}
