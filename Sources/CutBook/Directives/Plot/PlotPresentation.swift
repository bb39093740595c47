/// A `plot` shows its figure: numbered, with its files named after its anchor.
enum PlotPresentation: DirectivePresenter {
    static func present(
        _ item: ResolvedDirective, result: ResultValue, context: PresentationContext
    ) -> PresentedBlock? {
        guard case .figure(let files) = result else { return nil }
        let anchor = context.number?.anchor ?? item.id
        return .figure(
            PresentedFigure(
                files: files, number: context.number?.number ?? ItemNumber(chapter: 0, index: 0),
                anchor: anchor,
                fileBase: "\(item.study)-\(anchor)", caption: item.text("caption")))
    }
}
