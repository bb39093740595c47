import Foundation

/// Everything the HTML site and the PDF book show of a report's results, computed once for
/// both: each directive's presented block, cross-references and each study's provenance.
///
/// The writers differ only in markup; a problem found here (no result, a result of the wrong
/// kind, an unknown label) is reported in the same words by both.
struct ReportPresentation {
    /// The report.
    let report: Report
    /// The graph, for the resolved directives.
    let plan: ExecutionPlan
    /// The results by directive id.
    let results: [String: ResultValue]
    /// Figure and table numbers per chapter, in reading order.
    let numbering: Numbering

    /// Numbers the report's figures and tables.
    init(report: Report, plan: ExecutionPlan, results: [String: ResultValue]) {
        self.report = report
        self.plan = plan
        self.results = results
        numbering = Numbering(
            report: report, directives: plan.order.compactMap { plan.nodes[$0]?.directive })
    }

    /// The block of directive `index` of `study` with its resolved directive; nil when it
    /// shows nothing (a verb that only computes) or cannot be shown (then `diagnostics` says
    /// why: no result, or a result of a kind the verb does not show).
    func present(_ study: Study, index: Int, diagnostics: inout DiagnosticBag)
        -> (item: ResolvedDirective, block: PresentedBlock)?
    {
        guard let item = plan.nodes["\(study.name)#\(index)"]?.directive,
            let presenter = item.verb.presenter
        else { return nil }
        guard let result = results[item.id] else {
            diagnostics.add(Self.problem(item, "<<\(item.verb)>> has no result to show"))
            return nil
        }
        guard
            let block = presenter.present(
                item, result: result, context: PresentationContext(numbering: numbering, item: item)
            )
        else {
            diagnostics.add(Self.problem(item, "<<\(item.verb)>> cannot show a \(result.kindName)"))
            return nil
        }
        return (item, block)
    }

    /// The text an inline directive shows (a value, a checked value's value); nil for any
    /// other block or when there is nothing to show.
    func inlineText(_ study: Study, index: Int) -> String? {
        var ignored = DiagnosticBag()
        switch present(study, index: index, diagnostics: &ignored)?.block {
        case .value(let text)?: return text
        case .check(let check)?: return check.found
        default: return nil
        }
    }

    /// A diagnostic at `item`'s directive.
    static func problem(_ item: ResolvedDirective, _ message: String) -> Diagnostic {
        Diagnostic(
            location: item.directive.location, directive: item.directive.text, message: message)
    }

    /// The figure or table `reference` names; nil (with a diagnostic suggesting the nearest
    /// label) when there is none.
    func resolve(_ reference: CrossReference, diagnostics: inout DiagnosticBag)
        -> PresentedReference?
    {
        let noun = reference.kind == "fig" ? "figure" : "table"
        guard let item = numbering.byLabel["\(reference.kind):\(reference.label)"] else {
            diagnostics.add(
                Diagnostic(
                    location: reference.location,
                    message: "@\(reference.kind):\(reference.label) refers to no \(noun) label",
                    hint: NearestName.hint(
                        for: reference.label, in: numbering.labels(kind: reference.kind))))
            return nil
        }
        return PresentedReference(
            word: reference.kind == "fig" ? "Figure" : "Table", number: item.number,
            study: item.study, anchor: item.anchor)
    }

    /// The seeds and trainings of `study`'s directives, in plan order.
    func provenance(of study: Study) -> PresentedProvenance {
        let items = plan.order.compactMap { plan.nodes[$0]?.directive }.filter {
            $0.study == study.name
        }
        var seeds: [Int] = []
        for item in items {
            if let seed = item.integer("seed"), !seeds.contains(seed) { seeds.append(seed) }
        }
        var trainings: [String] = []
        for item in items where item.verb.isTraining {
            guard case .training(let record)? = results[item.id] else { continue }
            let seconds = String(format: "%.2f", record.seconds)
            trainings.append(
                "\(item.resultName ?? item.id): \(record.model), \(record.epochs) epochs in \(seconds) s"
            )
        }
        return PresentedProvenance(seeds: seeds, trainings: trainings)
    }
}
