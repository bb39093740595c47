import CutEngine

/// Writes the model-grammar reference, `docs/model-grammar.md`, from CutEngine's tables:
/// `ModelGrammar` (the functions and operators the parser accepts) and `CutSpec.forms` (the
/// comparisons of a selection).
///
/// ```swift
/// print(GrammarReference.markdown())  // `cutbook directives --models --markdown`
/// ```
public enum GrammarReference {
    /// The command that writes the file, as its header names it.
    static let command = "cutbook directives --models --markdown > docs/model-grammar.md"

    /// The reference as Markdown.
    public static func markdown() -> String {
        var lines = header("Model grammar", command: command)
        lines += [
            "`<<train model model=\"…\">>` trains a model written as an expression, like the talk's",
            "`cuts(sigmoid, init=(1,1)) * sigmoid(mlp(2,15,30,15,1))`. The model reads every column",
            "of the data set (`on=`) in the data set's order; its output is one number per event.",
            "`select=\"…\"` of `<<train cuts>>` and a quoted selection inside `cuts(…)` are written in the",
            "selection grammar below. The directives themselves are in [directives.md](directives.md).",
            "",
            "```",
            "model  := factor ('*' factor)*",
            "factor := '(' model ')' | "
                + ModelGrammar.functions.map { "\($0.name.rawValue)(…)" }.joined(separator: " | "),
            "```",
            "",
            "Spaces are ignored. Nesting (parentheses and `sigmoid(…)`) is limited to",
            "\(ModelExpression.maximumNesting) levels; the memory a model needs is checked before it is built.",
            "",
            "Functions: "
                + ModelGrammar.functions.map { "[`\($0.name.rawValue)`](#\($0.name.rawValue))" }
                .joined(separator: " · "),
            "",
        ]
        for function in ModelGrammar.functions {
            lines += ["## \(function.name.rawValue)", "", "```"] + function.forms + ["```", ""]
            lines += ["| argument | value | default | meaning |", "| --- | --- | --- | --- |"]
            for argument in function.arguments {
                let value = argument.defaultValue.map { "`\($0)`" } ?? "—"
                lines.append(
                    "| `\(argument.name)` | \(cell(argument.type)) | \(value) | \(cell(argument.meaning)) |"
                )
            }
            lines += ["", function.builds, "", "Examples:", "", "```"] + function.examples
            lines += ["```", ""]
        }
        lines += [
            "## Operators", "", "| written | meaning | example |", "| --- | --- | --- |",
        ]
        for item in ModelGrammar.operators {
            lines.append(
                "| `\(item.written)` | \(cell(item.meaning)) | \(item.examples.map { "`\($0)`" }.joined(separator: "<br>")) |"
            )
        }
        lines += [
            "",
            "## Relaxations",
            "",
            "The first argument of `cuts(…)`, and the first word of `<<train cuts>>`: "
                + Relaxation.names.map { "`\($0)`" }.joined(separator: ", ")
                + ". `hard` is the step itself (no gradient); `balanced` gives weights in [−1, 1].",
            "",
        ]
        lines += selectionSection()
        return lines.joined(separator: "\n")
    }

    /// The selection grammar: the forms, the operators `results.json` names, the widths.
    private static func selectionSection() -> [String] {
        var lines = [
            "## Selections",
            "",
            "A selection is a list of comparisons separated by commas, as physicists write cuts:",
            "`select=\"pt > 40, abs(eta) < 2.0, 100 < mass < 150\"` on `<<train cuts>>`, or",
            "`cuts(sigmoid, 'pt > 40, abs(eta) < 2')` inside a model. Columns are named (letters,",
            "digits, `_` and `.`, starting with a letter or `_`); the numbers written are the cuts'",
            "start values, which the training moves. Cuts are strict: `>=` and `<=` are refused,",
            "since a relaxed cut cannot tell them from `>` and `<`. The hard cut keeps an event when",
            "every comparison holds.",
            "",
            "| written | meaning | example | `op` in results.json |",
            "| --- | --- | --- | --- |",
        ]
        for form in CutSpec.forms {
            lines.append(
                "| `\(form.written)` | \(cell(form.meaning)) | `\(form.example)` | `\(form.op.rawValue)` |"
            )
        }
        lines += [
            "",
            "### Widths",
            "",
            CutSpec.widthRule,
            "",
            "Without `select=`, `<<train cuts>>` keeps its older form: one cut `x > c` per column of",
            "the data set, all starting at `init=` and relaxed with one `slope=` in data units.",
            "",
        ]
        return lines
    }

    /// The reference as plain text, for the terminal.
    public static func text() -> String {
        var lines: [String] = []
        for function in ModelGrammar.functions {
            lines += function.forms
            for argument in function.arguments {
                let value = argument.defaultValue.map { " (default \($0))" } ?? ""
                lines.append("    \(argument.name)  \(argument.type)\(value)")
                lines.append("        \(argument.meaning)")
            }
            lines.append("    e.g. " + function.examples.joined(separator: "\n         "))
            lines.append("")
        }
        for item in ModelGrammar.operators {
            lines += [item.written, "    \(item.meaning)", "    e.g. \(item.examples[0])", ""]
        }
        lines.append("selection: comparisons separated by ','")
        for form in CutSpec.forms {
            lines.append("    \(form.written)  \(form.meaning)  e.g. \(form.example)")
        }
        lines += ["", CutSpec.widthRule, ""]
        return lines.joined(separator: "\n")
    }

    /// A generated page's title and the comment naming the command that writes it.
    static func header(_ title: String, command: String) -> [String] {
        ["# \(title)", "", "<!-- Generated by `\(command)`; do not edit. -->", ""]
    }

    /// `text` with `|` escaped for a table cell.
    static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|")
    }
}
