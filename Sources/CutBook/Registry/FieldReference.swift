/// Writes the result-field reference, `docs/result-fields.md`, from the rules the field lookup
/// uses (`ResultField.all`).
///
/// ```swift
/// print(FieldReference.markdown())  // `cutbook directives --fields --markdown`
/// ```
public enum FieldReference {
    /// The command that writes the file, as its header names it.
    static let command = "cutbook directives --fields --markdown > docs/result-fields.md"

    /// The reference as Markdown.
    public static func markdown() -> String {
        var lines = GrammarReference.header("Result fields", command: command)
        lines += [
            "A field path names a result (`as=`) and one of its numbers: `<<value fit.loss>>`,",
            "`<<assert brute.argmax expect=3.737 tol=0.001>>`, `<<plot … vline=fit.cuts[0]>>`. An array",
            "field takes a 0-based index, `fit.losses[0]`. Upper-case words below stand for names taken",
            "from the result (a column, a curve, a header, a parameter path). A misspelt field is an",
            "error listing the fields the result has. `results.json` holds the results themselves",
            "([results-json.md](results-json.md)); this page lists what field paths read.",
            "",
            "Kinds: "
                + ResultField.kinds.map { "[\($0.kind)](#\(anchor($0.kind)))" }.joined(
                    separator: " · "),
            "",
        ]
        for (kind, madeBy) in ResultField.kinds {
            lines += ["## \(kind)", "", "Made by \(madeBy).", ""]
            let rules = ResultField.rules(of: kind)
            if rules.isEmpty {
                lines += ["No fields.", ""]
                continue
            }
            lines += ["| field | value | meaning | example |", "| --- | --- | --- | --- |"]
            for rule in rules {
                let name = rule.name.isEmpty ? "(the result itself)" : "`\(rule.name)`"
                lines.append(
                    "| \(name) | \(shapeText(rule.shape)) | \(GrammarReference.cell(rule.meaning)) | `\(rule.example)` |"
                )
            }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    /// The reference as plain text, for the terminal.
    public static func text() -> String {
        var lines: [String] = []
        for (kind, madeBy) in ResultField.kinds {
            lines.append("\(kind) (\(madeBy))")
            for rule in ResultField.rules(of: kind) {
                let name = rule.name.isEmpty ? "(itself)" : rule.name
                lines.append("    \(name)  \(shapeText(rule.shape))  e.g. \(rule.example)")
                lines.append("        \(rule.meaning)")
            }
        }
        return lines.joined(separator: "\n")
    }

    private static func shapeText(_ shape: ResultField.Shape) -> String {
        switch shape {
        case .number: return "number"
        case .array: return "array"
        case .evaluated: return "number, computed"
        }
    }

    /// The heading's anchor as the site and GitHub write it.
    private static func anchor(_ heading: String) -> String {
        heading.lowercased().replacingOccurrences(of: " ", with: "-")
    }
}
