/// The catalogue of data warnings CutPlot reports on a figure.
enum Messages {
    static func nonFinite(_ count: Int) -> String {
        "skipped \(count) non-finite value\(count == 1 ? "" : "s") (NaN or infinite)"
    }

    static func nonPositive(_ count: Int, axis: String) -> String {
        "dropped \(count) non-positive value\(count == 1 ? "" : "s") on the logarithmic \(axis) axis"
    }

    static let empty = "has no data to draw"

    /// Fixed limits the axis cannot use (they are then chosen from the data).
    static func badLimits(_ options: AxisOptions, axis: String) -> String? {
        guard let limits = options.limits else { return nil }
        let shown = "\(limits.lowerBound)…\(limits.upperBound)"
        if !limits.lowerBound.isFinite || !limits.upperBound.isFinite {
            return "limits \(shown) are not finite; chose limits from the data instead"
        }
        if limits.upperBound <= limits.lowerBound {
            return "limits \(shown) are empty; give a lower limit below the upper one"
        }
        if options.scale == .log && limits.lowerBound <= 0 {
            return
                "limits \(shown) reach zero or below on a logarithmic axis; chose limits from the data instead"
        }
        return nil
    }
}
