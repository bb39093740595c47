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
struct ReportSettings: Sendable, Equatable {
    /// The report's title, shown on the index page.
    var title: String
    /// The authors, in order.
    var authors: [String]
    /// The study files' stems, in reading order.
    var chapters: [String]
    /// Where each of `chapters` is written in `report.yml`.
    var chapterLocations: [SourceLocation] = []
    /// The folders outside the report that data files may come from (`data_folders:`), as
    /// written (relative to `report.yml` or absolute), with where each is written.
    var dataFolders: [LocatedText] = []
    /// The seed given to every directive that takes `seed=` and does not set it.
    var seed: Int?
    /// The output formats built when `--format` is not given.
    var formats: [String]

    /// The keys `report.yml` understands at its top level.
    static let topLevelKeys = ["title", "authors", "chapters", "data_folders", "defaults"]
    /// The keys `report.yml` understands under `defaults:`.
    static let defaultKeys = ["seed", "formats"]
    /// The output formats CutBook knows.
    static let knownFormats = ["html", "pdf"]
}

/// A text from `report.yml` with the place it is written.
struct LocatedText: Sendable, Equatable {
    /// The text.
    var text: String
    /// Where its first character is.
    var location: SourceLocation
}
