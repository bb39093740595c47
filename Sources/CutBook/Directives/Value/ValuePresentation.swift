/// A `value` shows its number in its `fmt=` format.
enum ValuePresentation: DirectivePresenter {
    static func present(
        _ item: ResolvedDirective, result: ResultValue, context: PresentationContext
    ) -> PresentedBlock? {
        guard case .scalar(let number) = result else { return nil }
        return .value(context.format.format(number))
    }
}
