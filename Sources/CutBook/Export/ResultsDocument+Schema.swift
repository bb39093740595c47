/// The fields of `results.json`, and `docs/results-json.md` generated from them.
extension ResultsDocument {
    /// The fields of each kind, with their meaning: the source of `docs/results-json.md`.
    static let schema: [(kind: String, fields: [(name: String, meaning: String)])] = [
        (
            "every result",
            [
                ("kind", "what the result is: one of the kinds below"),
                ("study", "the study (Markdown file) the directive is in"),
            ]
        ),
        ("number", [("value", "the number (`null` when not finite)")]),
        ("text", [("value", "the text (a text report parameter)")]),
        (
            "scan",
            [
                ("x_name", "the name of the scanned variable (`cut`)"),
                ("x", "its values"),
                ("columns", "each curve by name (`loss`, `gradient`, …): its values along x"),
            ]
        ),
        (
            "table",
            [
                ("headers", "the column headers"),
                ("rows", "the rows: numbers, or strings for text cells"),
                (
                    "NAME",
                    "when the first column names the rows (text, each once): each row by its name, its cells by header; a selection table has `hard` and `relaxed`, each with `S`, `B`, `eff_s`, `eff_b`, `ssb` and `z_asimov`"
                ),
            ]
        ),
        (
            "grid",
            [
                ("x_name", "the first variable"), ("x", "its values"),
                ("y_name", "the second variable"), ("y", "its values"),
                ("value_name", "what the grid holds (`loss`)"),
                (
                    "values",
                    "the values row by row of y: `values[j * len(x) + i]` is at (x[i], y[j])"
                ),
            ]
        ),
        (
            "training",
            [
                ("model", "the model expression"),
                (
                    "columns",
                    "the data columns the model reads, in order (the ONNX input's columns)"
                ),
                ("epochs", "the epochs run"),
                (
                    "parameters",
                    "each final parameter by name (`SelectionCut/cuts`, `mlp/linear_0/w`): `shape` and row-major `values`"
                ),
                ("losses", "the loss at the start of every epoch"),
                (
                    "validation_losses",
                    "with `validation=`: the loss on the validation data at every logged epoch"
                ),
                (
                    "cuts",
                    "the final cuts, one object per cut: `column`, `op` (`>`, `<`, `abs<`, `abs>` or `window`), `value` (or `low` and `high` for a window), `relaxation`, for sigmoid `slope`, and for a `select=` cut its relaxation `width` in the column's units; absent for a model without cuts"
                ),
                ("warnings", "what the training reported (a NaN loss)"),
            ]
        ),
        (
            "sweep",
            [
                (
                    "members",
                    "the members' names (`s[1]`, `s[2]`, …), each a training of its own here"
                ),
                ("option", "the option the members vary (`seed`, `lr`, …)"),
                ("values", "each member's value of it, as written"),
                (
                    "statistics",
                    "for each number field the members share (`loss`, `first_loss`, `epochs`, …): `mean`, `std` (the sample standard deviation, n − 1), `min`, `max` and `n`"
                ),
            ]
        ),
        ("figure", []),
        (
            "check",
            [
                ("field", "the field checked"), ("found", "the value found"),
                ("expected", "the value expected"), ("allowed", "the allowed difference"),
                ("passed", "whether it held"),
            ]
        ),
        (
            "file",
            [("path", "where the directive's file is in the output folder (`exports/net.onnx`)")]
        ),
        ("dataset", []),
    ]

    /// `docs/results-json.md`: the file's layout and every kind's fields.
    static var schemaMarkdown: String {
        var lines = [
            "# results.json",
            "",
            "<!-- Generated from Sources/CutBook/Export/ResultsDocument+Schema.swift; a test checks it. -->",
            "",
            "Every build writes `results.json` into the output folder, beside the pages and in the same",
            "atomic step (a failed build leaves the previous one in place). It holds every named result",
            "(`as=`) of the report, machine-readable:",
            "",
            "```json",
            "{\"cutbook\": \"0.2.0\", \"engine\": \"0.1.0\", \"results\": {\"NAME\": {\"kind\": \"training\", ...}}}",
            "```",
            "",
            "Keys are sorted and numbers written in their shortest exact form (a float32 cut as the",
            "double it is, `41.20000076293945`), so the same sources give the same bytes; a number that",
            "is not finite is `null`. A result the build did not need (a data set whose readers were all",
            "cached, or a result outside `--study`) is written with its kind only; a data set always is.",
            "Exported models (`<<export>>`) are files in `exports/`, not entries here.",
            "",
        ]
        for (kind, fields) in schema {
            lines.append("## \(kind)")
            lines.append("")
            if fields.isEmpty {
                lines.append("No fields besides `kind` and `study`.")
            } else {
                lines.append("| field | meaning |")
                lines.append("| --- | --- |")
                for field in fields { lines.append("| `\(field.name)` | \(field.meaning) |") }
            }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }
}
