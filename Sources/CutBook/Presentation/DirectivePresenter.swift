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
    /// The directive's figure or table number and anchor, when it is numbered.
    let number: Numbering.Item?
    /// The directive's number format (`NumberFormat.of`): its `fmt=` option, or its verb's
    /// default writing integral values whole.
    let format: NumberFormat

    /// The context of presenting `item`.
    init(numbering: Numbering, item: ResolvedDirective) {
        number = numbering.byID[item.id]
        format = NumberFormat.of(item)
    }
}
