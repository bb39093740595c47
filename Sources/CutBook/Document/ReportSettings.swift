/// The settings of a report, read from its `report.yml`.
///
/// ```yaml
/// title: Quickstart
/// authors: [A. Physicist]
/// chapters: [histogram, scan]
/// defaults:
///   seed: 19680801
///   formats: [html]
/// ```
public struct ReportSettings: Sendable, Equatable {
    /// The report's title, shown on the index page.
    public var title: String
    /// The authors, in order.
    public var authors: [String]
    /// The study files' stems, in reading order.
    public var chapters: [String]
    /// The seed given to every directive that takes `seed=` and does not set it.
    public var seed: Int?
    /// The output formats built when `--format` is not given.
    public var formats: [String]

    /// The keys `report.yml` understands at its top level.
    public static let topLevelKeys = ["title", "authors", "chapters", "defaults"]
    /// The keys `report.yml` understands under `defaults:`.
    public static let defaultKeys = ["seed", "formats"]
    /// The output formats CutBook knows.
    public static let knownFormats = ["html", "pdf"]
}
