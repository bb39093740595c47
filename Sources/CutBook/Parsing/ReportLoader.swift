import Foundation
import Yams

/// Reads a report folder: `report.yml` and the study files it names.
public enum ReportLoader {
    /// Loads and scans the report in `directory`, collecting every problem before failing.
    public static func load(directory: String) throws -> Report {
        let url = URL(fileURLWithPath: directory).standardizedFileURL
        let name = url.lastPathComponent
        var bag = DiagnosticBag()
        let settingsFile = url.appendingPathComponent("report.yml")
        guard let data = FileManager.default.contents(atPath: settingsFile.path),
            let yaml = String(data: data, encoding: .utf8)
        else {
            throw BuildFailure([Messages.missingSettings(report: directory)])
        }
        let settings = try parseSettings(yaml: yaml, file: "\(name)/report.yml")

        var texts: [(chapter: String, text: String)] = []
        let available = markdownFiles(in: url)
        for chapter in settings.chapters {
            let path = url.appendingPathComponent(chapter + ".md").path
            if let data = FileManager.default.contents(atPath: path),
                let text = String(data: data, encoding: .utf8)
            {
                texts.append((chapter, text))
            } else {
                bag.add(
                    Messages.missingChapter(
                        chapter, settingsFile: "\(name)/report.yml", available: available))
            }
        }
        let allText = texts.map(\.text).joined()
        let prefix = Placeholder.prefix(unusedIn: allText)
        var studies: [Study] = []
        for (chapter, text) in texts {
            var scanner = StudyScanner(reportDirectory: url, displayPrefix: name, prefix: prefix)
            scanner.scan(text: text, file: chapter + ".md")
            bag.add(contentsOf: scanner.diagnostics.diagnostics)
            studies.append(
                Study(
                    name: chapter, title: scanner.title ?? chapter, file: "\(name)/\(chapter).md",
                    markdown: scanner.markdown, directives: scanner.directives, math: scanner.math,
                    references: scanner.references, placeholderPrefix: prefix))
        }
        try bag.throwIfAny()
        return Report(name: name, directory: url.path, settings: settings, studies: studies)
    }

    /// The stems of the `.md` files in a folder, sorted.
    static func markdownFiles(in url: URL) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return names.filter { $0.hasSuffix(".md") }.map { String($0.dropLast(3)) }.sorted()
    }

    /// Parses `report.yml`'s text; `file` is the name shown in messages.
    public static func parseSettings(yaml: String, file: String) throws -> ReportSettings {
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
                settings.chapters = strings(value, key: "chapters")
            case "defaults":
                readDefaults(value, into: &settings)
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
