import Foundation

/// A number format as written in `fmt=`: `.3f` (fixed), `.2e` (exponent), `.4g` (significant
/// digits), `d` (rounded integer); a leading `,` adds thousands separators (`,.0f` → `440,222`).
struct NumberFormat: Sendable, Hashable {
    /// The style letter: `f`, `e`, `g` or `d`.
    var style: Character
    /// Digits after the point (f, e) or significant digits (g).
    var precision: Int
    /// Whether to group thousands with commas.
    var grouping: Bool
    /// Whether an integral value (an event count) is written whole, `40000` rather than
    /// `4e+04`: a directive's default format does this, a written `fmt=` does not.
    var wholeIntegers = false

    /// Parses a format; nil when it is not one of the forms above.
    init?(_ text: String) {
        var rest = Substring(text)
        grouping = rest.hasPrefix(",")
        if grouping { rest = rest.dropFirst() }
        if rest == "d" {
            style = "d"
            precision = 0
            return
        }
        guard rest.hasPrefix("."), let last = rest.last, "feg".contains(last),
            let digits = Int(rest.dropFirst().dropLast()), (0...17).contains(digits)
        else { return nil }
        style = last
        precision = digits
    }

    /// Formats `value`; NaN and infinities are written `NaN`, `∞` and `−∞`.
    func format(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value > 0 ? "∞" : "−∞" }
        var text: String
        switch style {
        case _ where wholeIntegers && value == value.rounded() && abs(value) < 1e15:
            text = String(format: "%.0f", value)
        case "d": text = String(format: "%.0f", value.rounded())
        case "e": text = String(format: "%.\(precision)e", value)
        case "g": text = String(format: "%.\(precision)g", value)
        default: text = String(format: "%.\(precision)f", value)
        }
        if text == "-0" || text.allSatisfy({ "-0.".contains($0) }) && text.hasPrefix("-") {
            text.removeFirst()
        }
        return grouping ? Self.group(text) : text
    }

    /// The format of `item`'s numbers: its `fmt=` as written, or else its verb's default
    /// (`.4g` when the verb declares none) writing integral values whole.
    static func of(_ item: ResolvedDirective) -> NumberFormat {
        if item.directive.option("fmt") != nil, let written = NumberFormat(item.text("fmt") ?? "") {
            return written
        }
        var format = NumberFormat(item.text("fmt") ?? ".4g") ?? NumberFormat(".4g")!
        format.wholeIntegers = true
        return format
    }

    private static func group(_ text: String) -> String {
        if text.contains("e") { return text }
        let negative = text.hasPrefix("-")
        let body = negative ? String(text.dropFirst()) : text
        let parts = body.split(separator: ".", maxSplits: 1)
        var integer = String(parts[0])
        var grouped = ""
        while integer.count > 3 {
            grouped = "," + integer.suffix(3) + grouped
            integer = String(integer.dropLast(3))
        }
        grouped = integer + grouped
        if parts.count > 1 { grouped += "." + parts[1] }
        return (negative ? "-" : "") + grouped
    }

    /// The shortest text that reads back as exactly `value` (`3` rather than `3.0`); used in
    /// canonical forms and cache keys.
    static func plain(_ value: Double) -> String {
        if value.isNaN { return "nan" }
        if value == value.rounded() && abs(value) < 1e15 {
            return String(Int64(value))
        }
        return "\(value)"
    }
}
