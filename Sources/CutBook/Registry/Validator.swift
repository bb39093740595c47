/// Checks every directive of a report against the registry and resolves result names.
/// Collects every problem before failing.
enum Validator {
    /// The directives of `report`, resolved, in reading order; throws `BuildFailure` listing
    /// every problem found.
    static func validate(_ report: Report) throws -> [ResolvedDirective] {
        var bag = DiagnosticBag()
        var resolved: [ResolvedDirective] = []
        var sweeps = Sweeps(data: dataSweeps(of: report))
        for study in report.studies {
            for (index, directive) in study.directives.enumerated() {
                let id = "\(study.name)#\(index)"
                if let members = expandSweep(
                    directive, id: id, study: study.name, settings: report.settings,
                    sweeps: &sweeps, bag: &bag)
                {
                    resolved += members
                } else if let item = resolve(
                    directive, id: id, study: study.name, settings: report.settings, bag: &bag)
                {
                    resolved.append(item)
                }
            }
        }
        checkSweepReaders(resolved, sweeps: sweeps, bag: &bag)
        addTrainingData(&resolved)
        // A directive refused above still defines its name: its readers are not reported as
        // reading an unknown result (the refusal is the problem to fix, not its echoes).
        let refused = Set(
            report.studies.flatMap(\.directives).flatMap {
                ($0.option("as")?.value ?? "").split(separator: ",").map(String.init)
            }
        ).union(sweeps.data.keys)
        checkNames(resolved, refusedNames: refused, bag: &bag)
        checkLabels(resolved, bag: &bag)
        try bag.throwIfAny()
        return resolved
    }

    /// `directive` checked against its verb's spec, with `params.NAME` replaced by the
    /// parameters of `settings` and defaults filled in (report.yml's seed only where the
    /// directive's form reads `seed=`); nil when it has problems, which go into `bag`.
    static func resolve(
        _ directive: Directive, id: String, study: String, settings: ReportSettings,
        bag: inout DiagnosticBag
    ) -> ResolvedDirective? {
        guard let verb = DirectiveRegistry.verb(named: directive.verb) else {
            bag.add(Messages.unknownVerb(directive))
            return nil
        }
        let spec = verb.spec
        let before = bag.diagnostics.count
        if (spec.placement == .inline && directive.isBlock)
            || (spec.placement == .block && !directive.isBlock)
        {
            bag.add(Messages.misplaced(directive))
        }
        var words: [String: OptionValue] = [:]
        for (index, word) in directive.words.enumerated() {
            guard index < spec.words.count else {
                bag.add(Messages.extraWord(word, spec: spec, in: directive))
                continue
            }
            let wordSpec = spec.words[index]
            switch OptionValue.parse(word.text, as: wordSpec.kind) {
            case .success(let value): words[wordSpec.name] = value
            case .failure(let problem):
                bag.add(
                    Messages.badValue(
                        problem, what: "\(wordSpec.name) word", found: word.text, at: word.location,
                        in: directive))
            }
        }
        for wordSpec in spec.words.dropFirst(directive.words.count) {
            if let fallback = wordSpec.defaultValue,
                case .success(let value) = OptionValue.parse(fallback, as: wordSpec.kind)
            {
                words[wordSpec.name] = value
            } else {
                bag.add(Messages.missingWord(wordSpec, in: directive))
            }
        }
        var options: [String: OptionValue] = [:]
        var seen: Set<String> = []
        for option in directive.options {
            guard let optionSpec = spec.option(option.key) else {
                bag.add(Messages.unknownOption(option, spec: spec, in: directive))
                continue
            }
            if !seen.insert(option.key).inserted {
                bag.add(Messages.duplicateOption(option, in: directive))
                continue
            }
            if let parsed = parseOption(
                option, kind: optionSpec.kind, settings: settings, in: directive, bag: &bag)
            {
                options[option.key] = parsed
            }
        }
        for optionSpec in spec.options
        where options[optionSpec.name] == nil && !seen.contains(optionSpec.name) {
            if optionSpec.name == "seed" {
                continue  // report.yml's seed, below, once the directive's form is known
            } else if let fallback = optionSpec.defaultValue,
                case .success(let value) = OptionValue.parse(fallback, as: optionSpec.kind)
            {
                options[optionSpec.name] = value
            } else if optionSpec.isRequired {
                bag.add(Messages.missingOption(optionSpec, in: directive))
            }
        }
        guard bag.diagnostics.count == before else { return nil }
        var item = ResolvedDirective(
            id: id, study: study, directive: directive, verb: verb, words: words, options: options,
            inputs: [])
        item.inputs = inputNames(of: item)
        if let seed = settings.seed, spec.option("seed") != nil, !seen.contains("seed"),
            OptionUse.reads("seed", item)
        {
            item.options["seed"] = .integer(seed)
        }
        item.parameters = fieldParameters(of: item, settings: settings, bag: &bag)
        guard bag.diagnostics.count == before else { return nil }
        for problem in item.verb.validate(item) + MathOptionCheck.check(item) {
            bag.add(problem)
        }
        return bag.diagnostics.count == before ? item : nil
    }

    /// The result names a directive reads: its field word's result, then `on=`, then `of=`,
    /// then any other option that names results (`validation=`); `params.NAME` names a
    /// parameter, not a result.
    static func inputNames(of item: ResolvedDirective) -> [String] {
        var names: [String] = []
        for word in item.spec.words where word.kind == .field {
            if case .text(let text) = item.words[word.name], let path = FieldPath(text),
                !path.isParameter
            {
                names.append(path.result)
            }
        }
        names += item.names("on") + item.names("of")
        // Other options naming results (`validation=`), in the spec's order.
        for option in item.spec.options where option.name != "on" && option.name != "of" {
            if case .resultNames = option.kind { names += item.names(option.name) }
        }
        for option in item.spec.options {
            guard case .numbersOrFields = option.kind else { continue }
            for part in item.names(option.name) where Double(part) == nil {
                if let path = FieldPath(part), !path.isParameter, !names.contains(path.result) {
                    names.append(path.result)
                }
            }
        }
        return names
    }

    /// A directive reading `fit.output.min` evaluates the training `fit` on its data set, so it
    /// also depends on that data set (`on=` of the `<<train>>`).
    static func addTrainingData(_ items: inout [ResolvedDirective]) {
        var data: [String: [String]] = [:]
        for item in items where item.verb.isTraining {
            if let name = item.resultName { data[name] = item.names("on") }
        }
        for index in items.indices {
            let item = items[index]
            var paths: [String] = []
            for word in item.spec.words where word.kind == .field {
                if case .text(let text) = item.words[word.name] { paths.append(text) }
            }
            for option in item.spec.options {
                if case .numbersOrFields = option.kind { paths += item.names(option.name) }
            }
            for text in paths {
                guard let path = FieldPath(text),
                    ExecutionInputs.outputFields.contains(path.field)
                else { continue }
                for name in data[path.result] ?? [] where !item.inputs.contains(name) {
                    items[index].inputs.append(name)
                }
            }
        }
    }

    /// Where a used name is written in the directive, for messages.
    static func location(ofName name: String, in directive: Directive) -> SourceLocation {
        for option in directive.options where option.key != "as" {
            if option.value.contains(name) {
                return option.location(of: name)
            }
        }
        for word in directive.words where word.text.hasPrefix(name) {
            return word.location
        }
        return directive.verbLocation
    }

    /// Figure and table labels are unique in a report (cross-references name them).
    static func checkLabels(_ items: [ResolvedDirective], bag: inout DiagnosticBag) {
        var defined: [String: SourceLocation] = [:]
        for item in items {
            guard let label = item.text("label"), let option = item.directive.option("label"),
                let prefix = item.verb.labelPrefix
            else { continue }
            let key = "\(prefix):\(label)"
            if let first = defined[key] {
                bag.add(
                    Messages.duplicate(
                        .label, key, first: first, at: option.valueLocation, in: item.directive))
            } else {
                defined[key] = option.valueLocation
            }
        }
    }

    static func checkNames(
        _ items: [ResolvedDirective], refusedNames: Set<String>, bag: inout DiagnosticBag
    ) {
        var defined: [String: SourceLocation] = [:]
        for item in items {
            for name in item.resultNames {
                let location =
                    item.directive.option("as")?.valueLocation ?? item.directive.location
                if name == FieldPath.parameterResult {
                    bag.add(Messages.reservedResultName(at: location, in: item.directive))
                } else if let first = defined[name] {
                    bag.add(
                        Messages.duplicate(
                            .resultName, name, first: first, at: location, in: item.directive))
                } else {
                    defined[name] = location
                }
            }
        }
        let known = defined.keys.sorted()
        for item in items {
            for name in item.inputs where defined[name] == nil && !refusedNames.contains(name) {
                bag.add(
                    Messages.unknownResult(
                        name, at: location(ofName: name, in: item.directive), known: known,
                        in: item.directive))
            }
        }
    }
}
