/// A `log` shows a training's log lines, numbers in its `fmt=` format.
enum LogPresentation: DirectivePresenter {
    static func present(
        _ item: ResolvedDirective, result: ResultValue, context: PresentationContext
    ) -> PresentedBlock? {
        guard case .training(let record) = result else { return nil }
        return .log(record.logLines(format: context.format))
    }
}
