/// The catalogue of data warnings CutPlot reports on a figure.
enum Messages {
    static func nonFinite(_ count: Int) -> String {
        "skipped \(count) non-finite value\(count == 1 ? "" : "s") (NaN or infinite)"
    }

    static func nonPositive(_ count: Int, axis: String) -> String {
        "dropped \(count) non-positive value\(count == 1 ? "" : "s") on the logarithmic \(axis) axis"
    }

    static let empty = "has no data to draw"
}
