/// Sweeps: a directive with `seeds=` or `sweep=` (or a training on a data sweep) becomes one
/// directive per member, each resolved exactly as the equivalent single directive would be
/// (the directive written with the member's value and `as=NAME`: its cache key is that
/// directive's), named `NAME[1]`, `NAME[2]`, …; a training sweep also gets the node that
/// gathers its members under `NAME` (`SweepDirective`).
extension Validator {
    /// The sweeps of a report: each name with its number of members.
    struct Sweeps {
        /// Training sweeps (read as a whole by plot line, table, log, value and assert).
        var trainings: [String: Int] = [:]
        /// Data sweeps (`<<data … seeds=…>>`, read by trainings, one member each).
        var data: [String: Int] = [:]
    }

    /// The data sweeps of `report` that are well formed, by name.
    static func dataSweeps(of report: Report) -> [String: Int] {
        var found: [String: Int] = [:]
        var ignored = DiagnosticBag()
        for written in report.studies.flatMap(\.directives) where written.verb == "data" {
            guard let spec = DirectiveRegistry.verb(named: written.verb)?.spec,
                let directive = withSweepParameters(written, settings: report.settings),
                let axis = SweepAxis.parse(directive, spec: spec, bag: &ignored),
                let name = directive.option("as")?.value, OptionValue.isName(name)
            else { continue }
            found[name] = axis.members.count
        }
        return found
    }

    /// The members (and, for a training, the gathering node) of `directive` when it is a
    /// sweep; nil when it is none. Problems go into `bag` (once each, however many members
    /// share them), and then the result is empty.
    static func expandSweep(
        _ written: Directive, id: String, study: String, settings: ReportSettings,
        sweeps: inout Sweeps, bag: inout DiagnosticBag
    ) -> [ResolvedDirective]? {
        guard let verb = DirectiveRegistry.verb(named: written.verb) else { return nil }
        let spec = verb.spec
        guard let directive = withSweepParameters(written, settings: settings) else {
            // An unknown parameter in seeds= or sweep=: the directive's check reports it.
            _ = resolve(written, id: id, study: study, settings: settings, bag: &bag)
            return []
        }
        let onData = directive.option("on").map { option in
            option.value.split(separator: ",").map(String.init).filter { sweeps.data[$0] != nil }
        }
        let dataSweep = verb.isTraining ? onData?.first : nil
        guard SweepAxis.keys.contains(where: { directive.option($0) != nil }) || dataSweep != nil
        else { return nil }
        var axis = SweepAxis.parse(directive, spec: spec, bag: &bag)
        // The directive as written, checked once (with the first member's value of a swept
        // option, which may be a required one), so that its problems are reported once.
        var first = directive
        if let axis, axis.option != "seed", directive.option(axis.option) == nil {
            first.options.append(
                Directive.Option(
                    key: axis.option, value: axis.members[0].value,
                    keyLocation: axis.written.keyLocation, valueLocation: axis.members[0].location))
        }
        // A sweep option that did not parse has been reported: the directive is checked
        // without it, so that its value is not reported again as being of the wrong type.
        if axis == nil { first.options.removeAll { SweepAxis.keys.contains($0.key) } }
        guard let base = resolve(first, id: id, study: study, settings: settings, bag: &bag),
            axis != nil || !SweepAxis.keys.contains(where: { directive.option($0) != nil })
        else { return [] }
        guard let name = base.resultName else { return [] }
        var count = axis?.members.count ?? 0
        if let dataSweep, let on = directive.option("on") {
            let members = sweeps.data[dataSweep]!
            if let axis, axis.members.count != members {
                bag.add(
                    Messages.sweep(
                        "on=\(dataSweep) has \(members) members but \(axis.written.key)= makes \(axis.members.count)",
                        at: axis.written.valueLocation, in: directive,
                        hint:
                            "give as many, so that member k trains on \(dataSweep)[k] with the k-th \(axis.option)"
                    ))
                return []
            }
            count = members
            if axis == nil {
                axis = SweepAxis(
                    option: "on",
                    members: (1...members).map {
                        SweepAxis.Member(value: "\(dataSweep)[\($0)]", location: on.valueLocation)
                    }, written: on)
            }
        }
        guard let axis else { return [] }
        var members: [ResolvedDirective] = []
        var problems = DiagnosticBag()
        for index in 0..<count {
            var written = directive
            written.options.removeAll { SweepAxis.keys.contains($0.key) }
            if let dataSweep, let position = written.options.firstIndex(where: { $0.key == "on" }) {
                written.options[position].value = "\(dataSweep)[\(index + 1)]"
            }
            if axis.option != "on" {
                written.options.append(
                    Directive.Option(
                        key: axis.option, value: axis.members[index].value,
                        keyLocation: axis.written.keyLocation,
                        valueLocation: axis.members[index].location))
            }
            guard
                var member = resolve(
                    written, id: "\(id).\(index + 1)", study: study, settings: settings,
                    bag: &problems)
            else { continue }
            member.options["as"] = .text("\(name)[\(index + 1)]")
            member.sweepName = name
            members.append(member)
        }
        for problem in Set(problems.diagnostics).sorted(by: { $0.headline < $1.headline }) {
            bag.add(problem)
        }
        guard problems.isEmpty else { return [] }
        if verb.isTraining {
            sweeps.trainings[name] = count
            let names = members.compactMap(\.resultName)
            return members
                + [
                    SweepDirective.gathering(
                        names, as: name, axis: axis, id: id, study: study, written: directive)
                ]
        }
        return members
    }

    /// Refuses what reads a sweep but cannot: a data sweep anywhere but a training's `on=`
    /// (which the expansion replaced by its members), a training sweep anywhere but `of=` of
    /// plot line, table, log, or a field (`s.loss.mean`); and `band=` without a sweep.
    static func checkSweepReaders(
        _ items: [ResolvedDirective], sweeps: Sweeps, bag: inout DiagnosticBag
    ) {
        for item in items where item.verb.isWritten {
            for option in item.spec.options {
                guard case .resultNames = option.kind else { continue }
                for name in item.names(option.name) {
                    let isData = sweeps.data[name] != nil
                    guard let members = sweeps.data[name] ?? sweeps.trainings[name],
                        isData || option.name != "of" || !readsWholeSweep(item)
                    else { continue }
                    bag.add(
                        Messages.sweepAsInput(
                            name, members: members, isData: isData,
                            written: "\(option.name)=\(name)",
                            at: location(of: name, inOption: option.name, of: item.directive),
                            in: item.directive))
                }
            }
            for name in fieldResults(of: item) {
                guard let members = sweeps.data[name] else { continue }
                bag.add(
                    Messages.sweepAsInput(
                        name, members: members, isData: true, written: name,
                        at: location(ofName: name, in: item.directive), in: item.directive))
            }
            if let band = item.directive.option("band"),
                !item.names("of").contains(where: { sweeps.trainings[$0] != nil })
            {
                bag.add(Messages.bandWithoutSweep(at: band.valueLocation, in: item.directive))
            }
        }
    }

    /// `directive` with `seeds=params.NAME` and `sweep=params.NAME` replaced by the
    /// parameter's value (`-P seeds=1..20` grows a sweep); nil when one names no parameter.
    private static func withSweepParameters(_ directive: Directive, settings: ReportSettings)
        -> Directive?
    {
        var replaced = directive
        for index in replaced.options.indices
        where SweepAxis.keys.contains(replaced.options[index].key) {
            guard let reference = settings.parameterReference(replaced.options[index].value) else {
                continue
            }
            guard let parameter = reference.parameter else { return nil }
            replaced.options[index].value = parameter.value.written
        }
        return replaced
    }

    /// Where `name` stands in the comma-separated value of `key=`.
    private static func location(of name: String, inOption key: String, of directive: Directive)
        -> SourceLocation
    {
        guard let option = directive.option(key) else { return directive.verbLocation }
        var offset = 0
        for part in option.value.split(separator: ",", omittingEmptySubsequences: false) {
            if part == name { break }
            offset += part.count + 1
        }
        return option.valueLocation.advanced(by: offset)
    }

    /// Whether `item` may read a sweep as a whole through `of=`.
    private static func readsWholeSweep(_ item: ResolvedDirective) -> Bool {
        switch item.verb {
        case .log: return true
        case .plot: return item.text("kind") == "line"
        case .table: return ["result", "compare"].contains(item.text("kind") ?? "")
        default: return false
        }
    }

    /// The results `item` reads only through field paths (`s.loss.mean`, `vline=s.cuts.mean[0]`).
    private static func fieldResults(of item: ResolvedDirective) -> Set<String> {
        var names: Set<String> = []
        for word in item.spec.words where word.kind == .field {
            if case .text(let text) = item.words[word.name], let path = FieldPath(text) {
                names.insert(path.result)
            }
        }
        for option in item.spec.options {
            guard case .numbersOrFields = option.kind else { continue }
            for part in item.names(option.name) {
                if let path = FieldPath(part) { names.insert(path.result) }
            }
        }
        return names
    }
}
