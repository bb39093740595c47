/// A parameter of a report: a name declared under `params:` in `report.yml` with its default,
/// which `--param NAME=VALUE` may replace for one build. Directives use it as `params.NAME`
/// in an option (`seed=params.seed`) or a field (`<<value params.lr>>`).
struct ReportParameter: Sendable, Equatable {
    /// The name after `params.`.
    var name: String
    /// The value in effect: the default, or the `--param` that replaced it.
    var value: ParameterValue
    /// The default written in `report.yml`.
    var declared: ParameterValue
    /// Where the name is written in `report.yml`.
    var location: SourceLocation
}

/// A parameter's value: a number or a text, as written.
enum ParameterValue: Sendable, Hashable {
    /// A number, as written (`0.06`, `19680801`): it stands for itself in an option.
    case number(String)
    /// A text.
    case text(String)

    /// The text put in place of `params.NAME`.
    var written: String {
        switch self {
        case .number(let text), .text(let text): return text
        }
    }

    /// The number, for a number parameter.
    var number: Double? {
        if case .number(let text) = self { return Double(text) }
        return nil
    }

    /// `number` or `text`, for messages.
    var kindName: String {
        if case .number = self { return "a number" }
        return "a text"
    }

    /// A value written `text`: a number when it reads as a finite number (and `quoted` is
    /// false), otherwise a text.
    init(_ text: String, quoted: Bool = false) {
        if !quoted, let number = Double(text), number.isFinite {
            self = .number(text)
        } else {
            self = .text(text)
        }
    }
}

/// One `--param NAME=VALUE` of `cutbook build`.
///
/// ```swift
/// var options = BuildOptions(reportDirectory: "study")
/// options.parameters = [try ParameterOverride(parsing: "seed=7")]
/// ```
public struct ParameterOverride: Sendable, Equatable {
    /// Why a `--param` argument is not `NAME=VALUE`.
    public struct SyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
        /// The one-line message.
        public var description: String
    }

    /// The parameter's name.
    public var name: String
    /// The value, as written.
    public var value: String

    /// Parses `NAME=VALUE` (the value may be empty only for a text parameter, and may hold
    /// `=`); throws `SyntaxError` naming what is wrong.
    public init(parsing argument: String) throws {
        guard let equals = argument.firstIndex(of: "=") else {
            throw SyntaxError(
                description:
                    "--param '\(argument)' has no '=': expected NAME=VALUE, such as --param seed=7")
        }
        let name = String(argument[..<equals])
        guard OptionValue.isName(name) else {
            throw SyntaxError(
                description:
                    "--param '\(argument)': '\(name)' is not a parameter name (a letter, then letters, digits, '_' or '-'); expected NAME=VALUE"
            )
        }
        self.name = name
        self.value = String(argument[argument.index(after: equals)...])
    }
}

extension ReportSettings {
    /// These settings with each override's value in place of its parameter's default.
    /// Throws `BuildFailure` for an undeclared name, a name given twice, or a value that is not
    /// a number where the default is one (each at the declaration in `report.yml`, or at its
    /// `params:` for an undeclared name).
    func overriding(_ overrides: [ParameterOverride], file: String) throws -> ReportSettings {
        var settings = self
        var bag = DiagnosticBag()
        var seen: Set<String> = []
        let names = parameters.map(\.name)
        for override in overrides {
            guard let index = names.firstIndex(of: override.name) else {
                bag.add(
                    Messages.undeclaredParameterOverride(
                        override, known: names,
                        at: parametersLocation ?? SourceLocation(file: file, line: 1, column: 1)))
                continue
            }
            guard seen.insert(override.name).inserted else {
                bag.add(Messages.parameterGivenTwice(override.name))
                continue
            }
            let parameter = parameters[index]
            let value = ParameterValue(override.value, quoted: parameter.declared.number == nil)
            if case .number = parameter.declared, value.number == nil {
                bag.add(Messages.overrideNotANumber(override, parameter: parameter))
                continue
            }
            settings.parameters[index].value = value
        }
        try bag.throwIfAny()
        return settings
    }
}
