import Foundation

extension TrainingRecord {
    /// The training log as text lines, the same in the HTML site and the PDF book: one line per
    /// logged epoch (loss and cuts), the small parameters' final values, the epochs and
    /// seconds, then any warning.
    func logLines(format: NumberFormat) -> [String] {
        var lines: [String] = []
        for entry in log {
            var line =
                "epoch \(String(entry.epoch).leftPadded(to: 7))  loss \(format.format(entry.loss))"
            if !entry.cuts.isEmpty {
                line += "  cuts " + entry.cuts.map { format.format($0) }.joined(separator: ", ")
            }
            lines.append(line)
        }
        for parameter in parameters where parameter.values.count <= 8 {
            lines.append(
                "\(parameter.name) = "
                    + parameter.values.map { format.format($0) }.joined(separator: ", "))
        }
        lines.append("\(epochs) epochs in \(String(format: "%.2f", seconds)) s")
        lines += warnings.map { "warning: \($0)" }
        return lines
    }
}

extension String {
    /// The string with spaces in front, at least `width` characters long.
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
