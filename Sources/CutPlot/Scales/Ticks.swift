/// The axis algorithms, public so that other renderers (tables, HTML) can label axes the same
/// way CutPlot does.
public enum Ticks {
    /// The smallest step {1, 2, 5} × 10ⁿ splitting `lower…upper` into at most `maxIntervals`.
    public static func step(lower: Double, upper: Double, maxIntervals: Int) -> Double {
        TickLocator.niceStep(lower: lower, upper: upper, maxIntervals: maxIntervals)
    }

    /// Multiples of the nice step within `lower…upper`.
    public static func linear(lower: Double, upper: Double, maxIntervals: Int) -> [Double] {
        TickLocator.linear(lower: lower, upper: upper, maxIntervals: maxIntervals).ticks
    }

    /// Decades (major) and 2…9 multiples (minor) within `lower…upper` (both positive).
    public static func log(lower: Double, upper: Double, maxIntervals: Int) -> (
        major: [Double], minor: [Double]
    ) {
        TickLocator.log(lower: lower, upper: upper, maxIntervals: maxIntervals)
    }

    /// Axis limits for data spanning `dataLower…dataUpper`: 5 % margins (in log space on log
    /// axes) that stop at a sticky value the data starts or ends on.
    public static func limits(
        dataLower: Double, dataUpper: Double, sticky: [Double], kind: ScaleKind
    ) -> (lower: Double, upper: Double) {
        LimitFinder.limits(dataLower: dataLower, dataUpper: dataUpper, sticky: sticky, kind: kind)
    }

    /// Labels (markup) for linear ticks spaced by `step`, with the shared "×10ⁿ" factor when
    /// numbers would be long.
    public static func labels(_ ticks: [Double], step: Double) -> (
        labels: [String], factor: String?
    ) {
        TickFormatter.linear(ticks, step: step)
    }
}
