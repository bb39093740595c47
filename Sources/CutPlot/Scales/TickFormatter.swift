import Foundation

/// Labels for ticks: plain numbers with a real minus sign, a shared "×10ⁿ" factor when numbers
/// grow long, and powers of ten on log axes. Labels are label markup (see `RichText`).
enum TickFormatter {
    /// The minus sign used in every label (U+2212), never the hyphen.
    static let minus = "\u{2212}"

    /// Formats `value` with `decimals` digits after the point and a real minus sign.
    static func format(_ value: Double, decimals: Int) -> String {
        var text = String(format: "%.\(max(decimals, 0))f", value)
        if text.hasPrefix("-") {
            let digits = text.dropFirst()
            text = digits.allSatisfy { $0 == "0" || $0 == "." } ? String(digits) : minus + digits
        }
        return text
    }

    /// Labels for linear ticks spaced by `step`, plus the shared factor label if one is used.
    static func linear(_ ticks: [Double], step: Double) -> (labels: [String], factor: String?) {
        let largest = ticks.map(abs).max() ?? 0
        var exponent = 0
        if largest >= 1e5 || (largest > 0 && largest < 1e-3) {
            exponent = Int(floor(log10(largest)))
        }
        let scale = pow(10, Double(exponent))
        let scaledStep = step / scale
        let decimals = max(0, Int(-floor(log10(scaledStep) + 1e-9)))
        let labels = ticks.map { format($0 / scale, decimals: decimals) }
        let factor = exponent == 0 ? nil : "$\\times10^{\(exponent)}$"
        return (labels, factor)
    }

    /// The label of a decade on a log axis, e.g. `$10^{−3}$`.
    static func decade(_ value: Double) -> String {
        let e = Int(log10(value).rounded())
        return "$10^{\(e)}$"
    }

    /// The label of a minor log tick when too few decades are visible (e.g. `3`, `0.2`).
    static func plain(_ value: Double) -> String {
        let e = Int(floor(log10(value) + 1e-9))
        return format(value, decimals: max(0, -e))
    }
}
