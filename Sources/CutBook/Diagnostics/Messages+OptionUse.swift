/// Messages for options that would have no effect, NaN trainings and losses that do not fit
/// a model's output.
extension Messages {
    /// `readers` as `scan loss, scan gradient and scan window`.
    static func forms(_ readers: [String]) -> String {
        switch readers.count {
        case 0: return "no form"
        case 1: return readers[0]
        default: return readers.dropLast().joined(separator: ", ") + " and " + readers.last!
        }
    }

    static func unusedOption(
        _ key: String, form: String, readers: [String], at location: SourceLocation,
        in directive: Directive
    ) -> Diagnostic {
        Diagnostic(
            location: location, directive: directive.text,
            message:
                "<<\(directive.verb)>> \(key)= has no effect on \(form); it is read by \(forms(readers))",
            hint: "remove \(key)=")
    }

    static func unusedWord(
        _ name: String, value: String, form: String, readers: [String],
        at location: SourceLocation, in directive: Directive
    ) -> Diagnostic {
        Diagnostic(
            location: location, directive: directive.text,
            message:
                "<<\(directive.verb)>> the \(name) word '\(value)' has no effect on \(form); it is read by \(forms(readers))",
            hint: "remove '\(value)'")
    }

    static func restrictedValue(
        _ key: String, value: String, form: String, allowed: [String], reason: String,
        at location: SourceLocation, in directive: Directive
    ) -> Diagnostic {
        let choices =
            allowed.count == 1
            ? allowed[0] : allowed.dropLast().joined(separator: ", ") + " or " + allowed.last!
        return Diagnostic(
            location: location, directive: directive.text,
            message:
                "<<\(directive.verb)>> \(form) takes \(key)=\(choices), found '\(value)': \(reason)"
        )
    }

    /// `loss=bce` for an output that is not a probability.
    static func unboundedForBCE(
        _ what: String, bounds: String, fix: String, at location: SourceLocation,
        in directive: Directive
    ) -> Diagnostic {
        Diagnostic(
            location: location, directive: directive.text,
            message:
                "<<\(directive.verb)>> loss=bce needs outputs in [0, 1], but \(what) has outputs in \(bounds)",
            hint: fix)
    }

    /// The message of a training stopped by a NaN loss (an `ExecutionError` at the `<<train>>`).
    static func trainingNaN(epoch: Int, lastLoss: Double?, learningRate: Double) -> String {
        let before =
            lastLoss.map {
                "the last finite loss was \(NumberFormat(".6g")!.format($0)) at epoch \(epoch - 1)"
            } ?? "no epoch had a finite loss"
        return
            "the loss became NaN at epoch \(epoch) (\(before)); lower lr= (now \(NumberFormat(".6g")!.format(learningRate))), choose another loss=, or bound the model's output (wrap it in sigmoid(...)); on_nan=keep keeps the last good parameters with a warning instead"
    }
}
