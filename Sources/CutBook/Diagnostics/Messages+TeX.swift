import CutPlot

/// The messages for TeX math outside the subset, in prose, captions and plot labels: the same
/// wording everywhere, located at the offending character.
extension Messages {
    /// Math in a page's prose (`$…$` or `$$…$$`).
    static func math(_ problem: TeXProblem, in span: MathSpan) -> Diagnostic {
        let offset =
            span.isDisplay && span.tex.contains("\n")
            ? 0 : problem.offset + (span.isDisplay ? 2 : 1)
        return Diagnostic(
            location: span.location.advanced(by: offset), message: "math: \(problem.message)",
            hint: problem.hint)
    }

    /// Math in a text option (`caption=`, `xlabel=`, `ylabel=`, `labels=`), the problem's offset
    /// counted from the start of the option's value.
    static func math(_ problem: TeXProblem, inOption key: String, of directive: Directive)
        -> Diagnostic
    {
        Diagnostic(
            location: valueLocation(key, of: directive, character: problem.offset),
            directive: directive.text, message: "math in \(key): \(problem.message)",
            hint: problem.hint)
    }

    /// Where character `character` of option `key`'s value is written (through its quotes,
    /// escapes and line breaks); the directive's location when it has no such option.
    static func valueLocation(_ key: String, of directive: Directive, character: Int)
        -> SourceLocation
    {
        directive.option(key)?.location(ofValueCharacter: character) ?? directive.location
    }
}
