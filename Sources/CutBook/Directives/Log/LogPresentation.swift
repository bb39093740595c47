/// A `log` shows a training's log lines (a sweep's: one per member, then the statistics),
/// numbers in its `fmt=` format.
enum LogPresentation: DirectivePresenter {
    static func present(
        _ item: ResolvedDirective, result: ResultValue, context: PresentationContext
    ) -> PresentedBlock? {
        if case .object(let object) = result, let sweep = object.payload as? SweepResult {
            return .log(SweepTables.logLines(sweep, format: context.format))
        }
        guard case .training(let record) = result else { return nil }
        return .log(record.logLines(format: context.format))
    }
}
