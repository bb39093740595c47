extension Messages {
    static func unknownVerb(_ directive: Directive) -> Diagnostic {
        Diagnostic(
            location: directive.verbLocation, directive: directive.text,
            message:
                "unknown directive '\(directive.verb)': expected one of \(DirectiveRegistry.verbs.joined(separator: ", "))",
            hint: NearestName.hint(for: directive.verb, in: DirectiveRegistry.verbs))
    }

    static func misplaced(_ directive: Directive) -> Diagnostic {
        let message =
            directive.isBlock
            ? "<<\(directive.verb)>> writes text inside a paragraph, found it alone on a line"
            : "<<\(directive.verb)>> makes a block and must stand alone on its line, found it inside a paragraph"
        return Diagnostic(location: directive.location, directive: directive.text, message: message)
    }

    static func unknownOption(
        _ option: Directive.Option, spec: DirectiveSpec, in directive: Directive
    ) -> Diagnostic {
        let names = spec.options.map(\.name)
        let expected = names.isEmpty ? "no options" : "one of " + names.joined(separator: ", ")
        return Diagnostic(
            location: option.keyLocation, directive: directive.text,
            message: "<<\(directive.verb)>> has no option '\(option.key)': expected \(expected)",
            hint: NearestName.hint(for: option.key, in: names))
    }

    static func duplicateOption(_ option: Directive.Option, in directive: Directive) -> Diagnostic {
        Diagnostic(
            location: option.keyLocation, directive: directive.text,
            message: "<<\(directive.verb)>> option '\(option.key)' is given twice")
    }

    static func missingOption(_ option: OptionSpec, in directive: Directive) -> Diagnostic {
        Diagnostic(
            location: directive.verbLocation, directive: directive.text,
            message: "<<\(directive.verb)>> needs option '\(option.name)=' (\(option.kind.summary))"
        )
    }

    static func badValue(
        _ problem: ValueProblem, what: String, found: String, at location: SourceLocation,
        in directive: Directive
    ) -> Diagnostic {
        switch problem {
        case .expected(let kind):
            return Diagnostic(
                location: location, directive: directive.text,
                message: "<<\(directive.verb)>> \(what) expects \(kind), found '\(found)'")
        case .outOfRange(let kind):
            return Diagnostic(
                location: location, directive: directive.text,
                message:
                    "<<\(directive.verb)>> \(what) expects \(kind), found '\(found)' (out of range)"
            )
        case .notAChoice(let choices):
            let wrong =
                found.split(separator: ",").map(String.init).first { !choices.contains($0) }
                ?? found
            return Diagnostic(
                location: location, directive: directive.text,
                message:
                    "<<\(directive.verb)>> \(what) expects one of \(choices.joined(separator: ", ")), found '\(wrong)'",
                hint: NearestName.hint(for: wrong, in: choices))
        }
    }

    static func extraWord(_ word: Directive.Word, spec: DirectiveSpec, in directive: Directive)
        -> Diagnostic
    {
        let count = spec.words.count
        let takes = count == 0 ? "takes no words" : "takes \(count) word\(count == 1 ? "" : "s")"
        let optionNames = spec.options.map(\.name)
        return Diagnostic(
            location: word.location, directive: directive.text,
            message: "<<\(directive.verb)>> \(takes), found extra word '\(word.text)'",
            hint: NearestName.nearest(to: word.text, in: optionNames).map {
                "did you mean the option '\($0)=…'?"
            })
    }

    static func missingWord(_ word: WordSpec, in directive: Directive) -> Diagnostic {
        Diagnostic(
            location: directive.verbLocation, directive: directive.text,
            message: "<<\(directive.verb)>> needs its \(word.name) word (\(word.kind.summary))")
    }

    static func unknownResult(
        _ name: String, at location: SourceLocation, known: [String], in directive: Directive
    ) -> Diagnostic {
        unknownName(
            name, "result '\(name)', which no directive defines with as=", at: location,
            known: known, in: directive)
    }

    /// A name `directive` uses that nothing defines (`what` says which name, as the message
    /// ends), with the nearest known name as the hint, else `fix`.
    static func unknownName(
        _ name: String, _ what: String, at location: SourceLocation, known: [String],
        in directive: Directive, fix: String? = nil
    ) -> Diagnostic {
        Diagnostic(
            location: location, directive: directive.text,
            message: "<<\(directive.verb)>> uses \(what)",
            hint: NearestName.hint(for: name, in: known) ?? fix)
    }

    /// What a report allows only once: a result name (`as=`) or a figure or table label.
    enum UniqueName {
        case resultName, label
    }

    static func duplicate(
        _ kind: UniqueName, _ name: String, first: SourceLocation, at location: SourceLocation,
        in directive: Directive
    ) -> Diagnostic {
        let (noun, use, plural) =
            switch kind {
            case .resultName: ("result name", "defined", "names")
            case .label: ("label", "used", "labels")
            }
        return Diagnostic(
            location: location, directive: directive.text,
            message: "\(noun) '\(name)' is already \(use) at \(first)",
            hint: "\(plural) are global in a report: choose another")
    }

    static func requirement(_ text: String, at location: SourceLocation, in directive: Directive)
        -> Diagnostic
    {
        Diagnostic(
            location: location, directive: directive.text, message: "<<\(directive.verb)>> \(text)")
    }

    static func cycle(_ names: [String], at location: SourceLocation, in directive: Directive)
        -> Diagnostic
    {
        Diagnostic(
            location: location, directive: directive.text,
            message: "results depend on each other in a cycle: \(names.joined(separator: " → "))")
    }
}

extension Messages {
    static func missingDataFile(
        _ file: String, at location: SourceLocation, in directive: Directive
    ) -> Diagnostic {
        Diagnostic(
            location: location, directive: directive.text,
            message: "<<\(directive.verb)>> file '\(file)' does not exist in the report folder")
    }

    /// A value the specification requires or defaults is missing after validation.
    static func unresolved(_ key: String, in item: ResolvedDirective) -> ExecutionError {
        ExecutionError(
            "\(key) has no value after validation: the specification of <<\(item.verb)>> must require it or give it a default",
            location: item.directive.option(key)?.valueLocation ?? item.directive.verbLocation)
    }

    static func noExecutor(_ item: ResolvedDirective) -> Diagnostic {
        Diagnostic(
            location: item.directive.verbLocation, directive: item.directive.text,
            message: "<<\(item.verb)>> cannot run in this build: no executor is registered for it")
    }

    static func executionFailed(_ item: ResolvedDirective, error: ExecutionError) -> Diagnostic {
        Diagnostic(
            location: error.location ?? item.directive.verbLocation, directive: item.directive.text,
            message: "<<\(item.verb)>> failed: \(error.message)", hint: error.hint)
    }

    static func assertionFailed(
        _ item: ResolvedDirective, outcome: CheckOutcome, format: NumberFormat
    ) -> Diagnostic {
        Diagnostic(
            location: item.directive.words.first?.location ?? item.directive.verbLocation,
            directive: item.directive.text,
            message:
                "assertion failed: \(outcome.field) is \(format.format(outcome.found)), expected \(format.format(outcome.expected)) ± \(NumberFormat.plain(outcome.allowed))"
        )
    }

    static func unknownField(
        _ path: String, of name: String, value: ResultValue, available: [String]
    ) -> ExecutionError {
        let field = FieldPath(path)?.field ?? path
        let names = available.map { $0.hasSuffix("[i]") ? String($0.dropLast(3)) : $0 }
        return ExecutionError(
            "result '\(name)' (\(value.kindName)) has no field '\(field)': expected one of \(available.joined(separator: ", "))",
            hint: NearestName.hint(for: field, in: names))
    }

    static func fieldIndex(_ path: String, count: Int) -> ExecutionError {
        ExecutionError(
            "'\(path)' needs an index 0…\(count - 1), as in \(FieldPath(path).map { "\($0.result).\($0.field)" } ?? path)[0]"
        )
    }
}
