import Foundation
import Yams

/// Reads a report folder: `report.yml` and the study files it names.
enum ReportLoader {
    /// Loads and scans the report in `directory`, collecting every problem before failing.
    /// Nothing is read from `outputFolders` (the build's site and cache folders) or from the
    /// report's default `_build/` and `.cutbook-cache/`. `parameters` (`--param`) replace the
    /// defaults of `params:`.
    static func load(
        directory: String, outputFolders: [String] = [], parameters: [ParameterOverride] = []
    ) throws -> Report {
        let url = URL(fileURLWithPath: directory).standardizedFileURL
        let name = url.lastPathComponent
        var bag = DiagnosticBag()
        let settingsFile = url.appendingPathComponent("report.yml")
        let settingsLocation = SourceLocation(file: "\(name)/report.yml", line: 1, column: 1)
        if case .failure(let refused) = ReportFiles(directory: url, displayName: name).locate(
            "report.yml", at: settingsLocation, for: .settings)
        {
            throw BuildFailure([refused])
        }
        guard let yaml = ReportFiles.text(at: settingsFile) else {
            throw BuildFailure([Messages.missingSettings(report: directory)])
        }
        let settings = try parseSettings(yaml: yaml, file: "\(name)/report.yml").overriding(
            parameters, file: "\(name)/report.yml")
        let files = ReportFiles(
            directory: url, displayName: name,
            dataFolders: try dataFolders(settings.dataFolders, reportDirectory: url),
            outputFolders: outputFolders.map(URL.init(fileURLWithPath:)))

        var texts: [(chapter: String, text: String)] = []
        let available = markdownFiles(in: url)
        for (chapter, location) in zip(settings.chapters, settings.chapterLocations) {
            switch files.locate(chapter + ".md", at: location, for: .chapter(chapter)) {
            case .failure(let diagnostic):
                bag.add(diagnostic)
            case .success(let file):
                if let text = ReportFiles.text(at: file) {
                    texts.append((chapter, text))
                } else {
                    bag.add(Messages.chapterMissing(chapter, at: location, available: available))
                }
            }
        }
        let allText = texts.map(\.text).joined()
        let prefix = Placeholder.prefix(unusedIn: allText)
        var studies: [Study] = []
        for (chapter, text) in texts {
            let (study, problems) = scanStudy(
                chapter, text: text, files: files, reportName: name, prefix: prefix)
            bag.add(contentsOf: problems)
            studies.append(study)
        }
        try bag.throwIfAny()
        return Report(
            name: name, directory: url.path, settings: settings, studies: studies, files: files)
    }

    /// The study `chapter` of the report `reportName` from its text: the template scanner's
    /// output, and the problems it found.
    static func scanStudy(
        _ chapter: String, text: String, files: ReportFiles, reportName: String, prefix: String
    ) -> (Study, [Diagnostic]) {
        var scanner = StudyScanner(files: files, prefix: prefix)
        scanner.scan(text: text, file: chapter + ".md")
        var study = Study(
            name: chapter, title: chapter, file: "\(reportName)/\(chapter).md",
            markdown: scanner.markdown, directives: scanner.directives, math: scanner.math,
            references: scanner.references, placeholderPrefix: prefix)
        study.titleSource = StudyTitle.source(of: study)
        study.title = StudyTitle.text(of: study, values: nil)
        return (study, scanner.diagnostics.diagnostics)
    }

    /// The `data_folders:` of `report.yml` as folders: each must exist.
    private static func dataFolders(_ folders: [LocatedText], reportDirectory: URL) throws
        -> [URL]
    {
        var bag = DiagnosticBag()
        var urls: [URL] = []
        for folder in folders {
            let url =
                folder.text.hasPrefix("/")
                ? URL(fileURLWithPath: folder.text)
                : reportDirectory.appendingPathComponent(folder.text)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory),
                isDirectory.boolValue
            {
                urls.append(url)
            } else {
                bag.add(Messages.dataFolderMissing(folder.text, at: folder.location))
            }
        }
        try bag.throwIfAny()
        return urls
    }

    /// The stems of the `.md` files in a folder, sorted.
    static func markdownFiles(in url: URL) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return names.filter { $0.hasSuffix(".md") }.map { String($0.dropLast(3)) }.sorted()
    }

    /// Parses `report.yml`'s text; `file` is the name shown in messages.
    static func parseSettings(yaml: String, file: String) throws -> ReportSettings {
        let node: Node
        do {
            guard let composed = try Yams.compose(yaml: yaml) else {
                throw BuildFailure([Messages.settingsNotMapping(file: file, line: 1, column: 1)])
            }
            node = composed
        } catch let error as YamlError {
            throw BuildFailure([Messages.yamlSyntax(error, file: file)])
        }
        guard let mapping = node.mapping else {
            throw BuildFailure([
                Messages.settingsNotMapping(
                    file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
            ])
        }
        var reader = SettingsReader(file: file)
        let settings = reader.read(mapping)
        try reader.bag.throwIfAny()
        return settings
    }
}

/// Reads the mapping of `report.yml`, checking each key and value.
private struct SettingsReader {
    let file: String
    var bag = DiagnosticBag()

    mutating func read(_ mapping: Node.Mapping) -> ReportSettings {
        var settings = ReportSettings(
            title: "", authors: [], chapters: [], seed: nil, formats: ["html"])
        var sawTitle = false
        var sawChapters = false
        for (key, value) in mapping {
            let keyName = key.string ?? ""
            switch keyName {
            case "title":
                sawTitle = true
                if let text = value.string, !text.isEmpty {
                    settings.title = text
                } else {
                    bag.add(wrongType(value, key: "title", expected: "a text"))
                }
            case "authors":
                settings.authors = strings(value, key: "authors")
            case "chapters":
                sawChapters = true
                let chapters = locatedStrings(value, key: "chapters")
                checkPageNames(chapters)
                let valid = chapters.filter { isPageName($0.text) }
                settings.chapters = valid.map(\.text)
                settings.chapterLocations = valid.map(\.location)
            case "data_folders":
                settings.dataFolders = locatedStrings(value, key: "data_folders")
                for folder in settings.dataFolders where folder.text.isEmpty {
                    bag.add(Messages.dataFolderEmpty(at: folder.location))
                }
            case "defaults":
                readDefaults(value, into: &settings)
            case "params":
                settings.parametersLocation = Messages.location(file: file, mark: key.mark)
                readParameters(value, into: &settings)
            default:
                bag.add(unknownKey(key, known: ReportSettings.topLevelKeys, section: nil))
            }
        }
        let top = Messages.location(file: file, mark: mapping.mark)
        if !sawTitle { bag.add(Messages.missingSettingsKey("title", at: top)) }
        if !sawChapters { bag.add(Messages.missingSettingsKey("chapters", at: top)) }
        return settings
    }

    private mutating func readDefaults(_ node: Node, into settings: inout ReportSettings) {
        guard let mapping = node.mapping else {
            bag.add(wrongType(node, key: "defaults", expected: "a mapping of seed and formats"))
            return
        }
        for (key, value) in mapping {
            switch key.string ?? "" {
            case "seed":
                if let seed = value.int, Limits.seeds.contains(seed) {
                    settings.seed = seed
                } else if let seed = value.int {
                    bag.add(
                        Messages.seedOutOfRange(
                            seed, at: Messages.location(file: file, mark: value.mark)))
                } else {
                    bag.add(wrongType(value, key: "seed", expected: Limits.seedSummary))
                }
            case "formats":
                let formats = strings(value, key: "formats")
                for (index, format) in formats.enumerated()
                where !ReportSettings.knownFormats.contains(format) {
                    let element = value.sequence.map { Array($0)[index] } ?? value
                    bag.add(
                        Messages.unknownFormat(
                            format, at: Messages.location(file: file, mark: element.mark)))
                }
                settings.formats = formats
            default:
                bag.add(unknownKey(key, known: ReportSettings.defaultKeys, section: "defaults"))
            }
        }
    }

    /// `params:`: a mapping of names to numbers or texts (a quoted value is always a text).
    private mutating func readParameters(_ node: Node, into settings: inout ReportSettings) {
        guard let mapping = node.mapping else {
            bag.add(wrongType(node, key: "params", expected: "a mapping of names to values"))
            return
        }
        for (key, value) in mapping {
            let name = key.string ?? ""
            let location = Messages.location(file: file, mark: key.mark)
            guard OptionValue.isName(name) else {
                bag.add(Messages.badParameterName(name, at: location))
                continue
            }
            guard let scalar = value.scalar else {
                bag.add(Messages.badParameterValue(name, at: location))
                continue
            }
            let parameter = ParameterValue(scalar.string, quoted: scalar.style != .plain)
            settings.parameters.append(
                ReportParameter(
                    name: name, value: parameter, declared: parameter, location: location))
        }
    }

    /// Page names: ASCII letters, digits, `-` and `_`; not `index`; each page once.
    private mutating func checkPageNames(_ chapters: [LocatedText]) {
        var seen: [String: String] = [:]
        for chapter in chapters {
            guard isPageName(chapter.text) else {
                bag.add(Messages.badPageName(chapter.text, at: chapter.location))
                continue
            }
            let key = chapter.text.lowercased()
            if key == "index" {
                bag.add(Messages.reservedPageName(chapter.text, at: chapter.location))
            } else if let first = seen[key] {
                bag.add(Messages.duplicatePage(chapter.text, first: first, at: chapter.location))
            } else {
                seen[key] = chapter.text
            }
        }
    }

    private func isPageName(_ name: String) -> Bool {
        !name.isEmpty
            && name.unicodeScalars.allSatisfy {
                $0.isASCII
                    && (CharacterSet.alphanumerics.contains($0) || $0 == "-" || $0 == "_")
            }
    }

    /// A list of texts (or one text) with the location of each.
    private mutating func locatedStrings(_ node: Node, key: String) -> [LocatedText] {
        let elements = node.sequence.map(Array.init) ?? [node]
        return zip(strings(node, key: key), elements.filter { $0.string != nil }).map {
            LocatedText(text: $0, location: Messages.location(file: file, mark: $1.mark))
        }
    }

    private mutating func strings(_ node: Node, key: String) -> [String] {
        if let sequence = node.sequence {
            var result: [String] = []
            for element in sequence {
                if let text = element.string {
                    result.append(text)
                } else {
                    bag.add(wrongType(element, key: key, expected: "a list of texts"))
                }
            }
            return result
        }
        if let text = node.string { return [text] }
        bag.add(wrongType(node, key: key, expected: "a list of texts"))
        return []
    }

    private func wrongType(_ node: Node, key: String, expected: String) -> Diagnostic {
        Messages.settingsWrongType(
            key: key, expected: expected, at: Messages.location(file: file, mark: node.mark))
    }

    private func unknownKey(_ key: Node, known: [String], section: String?) -> Diagnostic {
        Messages.unknownSettingsKey(
            key.string ?? "?", known: known, section: section,
            at: Messages.location(file: file, mark: key.mark))
    }
}
