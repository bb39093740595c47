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
/// params:
///   lr: 0.06
///   label: baseline
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
    /// The parameters under `params:`, in the order written.
    var parameters: [ReportParameter] = []
    /// Where `params:` is written, for messages about undeclared parameters.
    var parametersLocation: SourceLocation?

    /// The parameter called `name`, if declared.
    func parameter(_ name: String) -> ReportParameter? {
        parameters.first { $0.name == name }
    }

    /// The parameter an option value `params.NAME` names: its name, and the parameter when
    /// declared. Nil when `value` is not `params.` followed by a name (a caption such as
    /// "params. and more" is text).
    func parameterReference(_ value: String) -> (name: String, parameter: ReportParameter?)? {
        guard value.hasPrefix(Self.parameterPrefix) else { return nil }
        let name = String(value.dropFirst(Self.parameterPrefix.count))
        guard OptionValue.isName(name) else { return nil }
        return (name, parameter(name))
    }

    /// An option value with a declared `params.NAME` replaced by the parameter's value.
    func substituting(_ value: String) -> String {
        parameterReference(value)?.parameter?.value.written ?? value
    }

    /// The parameters in effect, for the provenance of the index and the book:
    /// `Parameters: seed=7, steps=100.`; nil when `params:` declares none.
    var parametersSummary: String? {
        guard !parameters.isEmpty else { return nil }
        return "Parameters: "
            + parameters.map { "\($0.name)=\($0.value.written)" }.joined(separator: ", ") + "."
    }

    /// How directives name a parameter: `params.NAME`.
    static let parameterPrefix = "params."

    /// The keys `report.yml` understands at its top level.
    static let topLevelKeys = [
        "title", "authors", "chapters", "data_folders", "defaults", "params",
    ]
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
