/// A `value` shows its number in its `fmt=` format, or a text parameter as written.
enum ValuePresentation: DirectivePresenter {
    static func present(
        _ item: ResolvedDirective, result: ResultValue, context: PresentationContext
    ) -> PresentedBlock? {
        switch result {
        case .scalar(let number): return .value(context.format.format(number))
        case .text(let text): return .value(text)
        default: return nil
        }
    }
}
