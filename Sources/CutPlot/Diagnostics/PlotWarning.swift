/// A problem with the data that did not stop drawing: what was dropped and why.
public struct PlotWarning: Sendable, Equatable, CustomStringConvertible {
    /// Which panel (0-based, row by row) the warning concerns.
    public var panel: Int
    /// The series (its label, or its kind when unlabelled).
    public var series: String
    /// What happened.
    public var message: String

    public var description: String { "panel \(panel + 1), \(series): \(message)" }
}
