/// An `assert` that held shows what it found against what it expected:
/// `field = found (expected e ± tolerance)`; inline, the value found.
enum AssertPresentation: DirectivePresenter {
    static func present(
        _ item: ResolvedDirective, result: ResultValue, context: PresentationContext
    ) -> PresentedBlock? {
        guard case .check(let check) = result else { return nil }
        let found = context.format.format(check.found)
        let expected = context.format.format(check.expected)
        return .check(
            PresentedCheck(
                text:
                    "\(check.field) = \(found) (expected \(expected) ± \(NumberFormat.plain(check.allowed)))",
                found: found))
    }
}
