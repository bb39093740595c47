/// The settings of a report, read from its `report.yml`.
///
/// ```yaml
/// title: Quickstart
/// authors: [A. Physicist]
/// chapters: [histogram, scan]
/// data_folders: [../shared-data]
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
    /// Where each of `chapters` is written in `report.yml`.
    public var chapterLocations: [SourceLocation] = []
    /// The folders outside the report that data files may come from (`data_folders:`), as
    /// written (relative to `report.yml` or absolute), with where each is written.
    public var dataFolders: [LocatedText] = []
    /// The seed given to every directive that takes `seed=` and does not set it.
    public var seed: Int?
    /// The output formats built when `--format` is not given.
    public var formats: [String]

    /// The keys `report.yml` understands at its top level.
    public static let topLevelKeys = ["title", "authors", "chapters", "data_folders", "defaults"]
    /// The keys `report.yml` understands under `defaults:`.
    public static let defaultKeys = ["seed", "formats"]
    /// The output formats CutBook knows.
    public static let knownFormats = ["html", "pdf"]
}

/// A text from `report.yml` with the place it is written.
public struct LocatedText: Sendable, Equatable {
    /// The text.
    public var text: String
    /// Where its first character is.
    public var location: SourceLocation
}
