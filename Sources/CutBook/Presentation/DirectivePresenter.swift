/// Turns one verb's results into presented blocks. Each shown verb has one, in its folder
/// (`Directives/<Verb>/<Verb>Presentation.swift`); the HTML site and the PDF book both use it.
protocol DirectivePresenter {
    /// The block that shows `result` of `item`; nil when `result` is not a kind this verb shows.
    static func present(
        _ item: ResolvedDirective, result: ResultValue, context: PresentationContext
    ) -> PresentedBlock?
}

/// What a presenter may read besides its directive and result.
struct PresentationContext {
    /// Figure and table numbers over the whole report.
    let numbering: Numbering

    /// The number format of `item`: its `fmt=` option, `.4g` by default.
    static func format(_ item: ResolvedDirective) -> NumberFormat {
        NumberFormat(item.text("fmt") ?? ".4g") ?? NumberFormat(".4g")!
    }
}

extension Verb {
    /// The presenter of the verb's results; nil for verbs whose results are not shown.
    var presenter: (any DirectivePresenter.Type)? {
        switch self {
        case .plot: return PlotPresentation.self
        case .table: return TablePresentation.self
        case .value: return ValuePresentation.self
        case .log: return LogPresentation.self
        case .assert: return AssertPresentation.self
        case .data, .train, .scan, .include: return nil
        }
    }
}
