extension Model {
    /// A printable description: the expression, then one line per module and layer with its
    /// shape and parameter count, then the total.
    ///
    /// ```
    /// model  cuts(sigmoid, init=1) * sigmoid(mlp(2,15,30,15,1))   (2 input columns)
    ///   SelectionCut       cuts(sigmoid) on 2 columns         2
    ///   mlp                MLP 2 → 2 → 15 → 30 → 15 → 1    1012
    ///     mlp/linear_0     Linear 2 → 2, ReLU                 6
    ///   …
    /// total parameters                                     1014
    /// ```
    public var summary: String {
        var rows: [(String, String, Int?)] = []
        for module in modules {
            switch module {
            case .cuts(let name, let relaxation, let start):
                let starts = start.map(ModelExpression.format).joined(separator: ", ")
                rows.append(
                    (
                        "  \(name)",
                        "cuts(\(relaxation)) on \(inputColumns) columns from (\(starts))",
                        inputColumns
                    ))
            case .comparisons(let name, let relaxation, let selection):
                rows.append(
                    ("  \(name)", "cuts(\(relaxation), '\(selection)')", selection.parameterCount))
            case .mlp(let network):
                let sizes = ([inputColumns] + network.outputSizes).map(String.init)
                rows.append(
                    (
                        "  \(network.name)", "MLP " + sizes.joined(separator: " → "),
                        network.parameterCount
                    ))
                for (index, layer) in network.layers.enumerated() {
                    let activation = index == network.layers.count - 1 ? "" : ", ReLU"
                    rows.append(
                        (
                            "    \(layer.name)",
                            "Linear \(layer.inputs) → \(layer.outputs)\(activation)",
                            layer.parameterCount
                        ))
                }
            }
        }
        let nameWidth = max(20, (rows.map(\.0.count).max() ?? 0) + 2)
        let textWidth = max(30, (rows.map(\.1.count).max() ?? 0) + 2)
        func pad(_ text: String, _ width: Int) -> String {
            text + String(repeating: " ", count: max(1, width - text.count))
        }
        func count(_ value: Int) -> String {
            let text = String(value)
            return String(repeating: " ", count: max(0, 8 - text.count)) + text
        }
        var lines = ["model  \(expression)   (\(inputColumns) input columns)"]
        for (name, text, parameters) in rows {
            lines.append(pad(name, nameWidth) + pad(text, textWidth) + count(parameters ?? 0))
        }
        lines.append(pad("total parameters", nameWidth + textWidth) + count(parameterCount))
        return lines.joined(separator: "\n")
    }
}
