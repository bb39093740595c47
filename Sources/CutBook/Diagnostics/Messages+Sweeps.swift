/// The messages of sweeps: `seeds=`, `sweep=` and the results they make.
extension Messages {
    /// A problem with `seeds=` or `sweep=`, at `location`, with how to fix it.
    static func sweep(
        _ text: String, at location: SourceLocation, in directive: Directive, hint: String? = nil
    ) -> Diagnostic {
        Diagnostic(
            location: location, directive: directive.text,
            message: "<<\(directive.verb)>> \(text)", hint: hint)
    }

    /// A sweep read where one result is expected; `written` is how it is read (`on=ds`, `ds`).
    static func sweepAsInput(
        _ name: String, members: Int, isData: Bool, written: String, at location: SourceLocation,
        in directive: Directive
    ) -> Diagnostic {
        let what = isData ? "data sets" : "trainings"
        let readers =
            isData
            ? "a <<train … on=\(name)>> trains one member on each"
            : "plot line, table, log, value and assert read the whole sweep"
        return Diagnostic(
            location: location, directive: directive.text,
            message:
                "\(written) names a sweep of \(members) \(what), which <<\(directive.verb)>> does not read as one result",
            hint: "name one member, \(name)[1] to \(name)[\(members)]; \(readers)")
    }

    /// `band=` on a plot whose `of=` names no sweep.
    static func bandWithoutSweep(at location: SourceLocation, in directive: Directive)
        -> Diagnostic
    {
        Diagnostic(
            location: location, directive: directive.text,
            message:
                "<<plot>> band= draws the spread of a sweep's members, and of= names no sweep",
            hint: "name a sweep (<<train … seeds=1..10 as=s>>) in of=, or remove band=")
    }
}
