import Yams

/// Every user-facing message of CutBook, in one place: each says where, what was expected,
/// what was found and, when it can, how to fix it.
enum Messages {
    // MARK: Report folder and report.yml

    static func missingSettings(report: String) -> Diagnostic {
        Diagnostic(
            location: nil,
            message:
                "no report.yml in '\(report)': a report folder needs report.yml with title and chapters",
            hint: "see docs/writing-reports.md")
    }

    static func location(file: String, mark: Mark?) -> SourceLocation {
        SourceLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    static func yamlSyntax(_ error: YamlError, file: String) -> Diagnostic {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
            .composer(_, let problem, let mark, _):
            return Diagnostic(
                location: location(file: file, mark: mark),
                message: "report.yml is not valid YAML: \(problem)")
        default:
            return Diagnostic(
                location: SourceLocation(file: file, line: 1, column: 1),
                message: "report.yml is not valid YAML: \(error)")
        }
    }

    static func settingsNotMapping(file: String, line: Int, column: Int) -> Diagnostic {
        Diagnostic(
            location: SourceLocation(file: file, line: line, column: column),
            message: "report.yml must be a mapping with title and chapters, found something else")
    }

    static func missingSettingsKey(_ key: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(location: location, message: "report.yml needs '\(key):'")
    }

    static func settingsWrongType(key: String, expected: String, at location: SourceLocation)
        -> Diagnostic
    {
        Diagnostic(location: location, message: "'\(key)' expects \(expected)")
    }

    static func unknownSettingsKey(
        _ key: String, known: [String], section: String?, at location: SourceLocation
    ) -> Diagnostic {
        let place = section.map { "under '\($0):' " } ?? ""
        return Diagnostic(
            location: location,
            message:
                "unknown key '\(key)' \(place)in report.yml: expected one of \(known.joined(separator: ", "))",
            hint: NearestName.hint(for: key, in: known))
    }

    static func unknownFormat(_ format: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            location: location,
            message:
                "unknown format '\(format)': expected one of \(ReportSettings.knownFormats.joined(separator: ", "))",
            hint: NearestName.hint(for: format, in: ReportSettings.knownFormats))
    }

    // MARK: Directive syntax

    static func unterminatedDirective(at location: SourceLocation, in text: String) -> Diagnostic {
        Diagnostic(
            location: location, directive: text,
            message: "directive has no closing '>>'",
            hint: "close it with '>>' or write '\\<<' for literal text")
    }

    static func unterminatedQuote(at location: SourceLocation, in text: String) -> Diagnostic {
        Diagnostic(
            location: location, directive: text, message: "quoted value has no closing '\"'")
    }

    static func emptyDirective(at location: SourceLocation, in text: String) -> Diagnostic {
        Diagnostic(
            location: location, directive: text,
            message:
                "empty directive: expected a verb, one of \(DirectiveRegistry.verbs.joined(separator: ", "))"
        )
    }

    static func missingVerb(found: String, at location: SourceLocation, in text: String)
        -> Diagnostic
    {
        Diagnostic(
            location: location, directive: text,
            message: "directive must start with a verb, found '\(found)'")
    }

    static func missingKey(at location: SourceLocation, in text: String) -> Diagnostic {
        Diagnostic(location: location, directive: text, message: "option has no key before '='")
    }

    static func unterminatedMath(at location: SourceLocation) -> Diagnostic {
        Diagnostic(location: location, message: "display math '$$' has no closing '$$' line")
    }

    // MARK: include

    static func includeNeedsOneFile(_ directive: Directive) -> Diagnostic {
        Diagnostic(
            location: directive.verbLocation, directive: directive.text,
            message: "<<include>> expects exactly one file and no options")
    }

    static func includeMissing(_ directive: Directive, path: String) -> Diagnostic {
        Diagnostic(
            location: directive.words[0].location, directive: directive.text,
            message: "<<include>> file '\(path)' does not exist in the report folder")
    }

    static func includeCycle(_ directive: Directive, chain: [String]) -> Diagnostic {
        Diagnostic(
            location: directive.words[0].location, directive: directive.text,
            message: "<<include>> cycle: \(chain.joined(separator: " → "))")
    }
}
