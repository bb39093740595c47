import Foundation

/// An `export` shows one line saying where the file is and what it reads, as a log block.
enum ExportPresentation: DirectivePresenter {
    static func present(
        _ item: ResolvedDirective, result: ResultValue, context: PresentationContext
    ) -> PresentedBlock? {
        guard case .file(let file) = result else { return nil }
        return .log(["\(file.path) (\(file.contents.count) bytes)"])
    }
}
