import Foundation

/// The page layout: `page.html`, `index.html`, `style.css` and `search.js`, built into the
/// binary (`Templates.builtIn`, a copy of the package's `templates/` folder) or read from a
/// templates folder that overrides them.
///
/// A template is HTML with `{{name}}` slots; the renderer fills every slot with HTML it has
/// already escaped. A slot the renderer does not know is an error, as is a missing file.
struct Templates: Sendable {
    /// The study page template.
    var page: String
    /// The index page template.
    var index: String
    /// The style sheet, copied to the output.
    var style: String
    /// The search box's script, copied to the output; it reads the index the build writes
    /// (`SearchIndex`).
    var search: String

    /// The slots each template may use.
    static let pageSlots: Set<String> = [
        "title", "report_title", "content", "previous", "next", "provenance", "generator",
        "sidebar",
    ]
    static let indexSlots: Set<String> = [
        "report_title", "authors", "toc", "provenance", "generator", "sidebar", "book",
    ]

    /// The default layout, compiled into CutBook (`DefaultTemplates`), so a report builds
    /// wherever it is and however the binary was installed.
    static let builtIn = Templates(
        page: DefaultTemplates.page, index: DefaultTemplates.index, style: DefaultTemplates.style,
        search: DefaultTemplates.search)

    private init(page: String, index: String, style: String, search: String) {
        self.page = page
        self.index = index
        self.style = style
        self.search = search
    }

    /// Loads the templates from `directory`.
    init(directory: URL) throws {
        func read(_ name: String) throws -> String {
            let url = directory.appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: url.path),
                let text = String(data: data, encoding: .utf8)
            else {
                throw BuildFailure([
                    Diagnostic(
                        location: nil, message: "template '\(url.path)' is missing or not UTF-8")
                ])
            }
            return text
        }
        page = try read("page.html")
        index = try read("index.html")
        style = try read("style.css")
        search = try read("search.js")
        var bag = DiagnosticBag()
        Self.check(
            page, file: directory.appendingPathComponent("page.html").path, slots: Self.pageSlots,
            bag: &bag)
        Self.check(
            index, file: directory.appendingPathComponent("index.html").path,
            slots: Self.indexSlots, bag: &bag)
        try bag.throwIfAny()
    }

    /// The templates folder that overrides the built-in layout for a report: `templates/` in
    /// the report folder, or else the nearest `templates/` with a `page.html` in a folder above
    /// it; nil when there is none (the built-in layout is used).
    static func locate(for reportDirectory: URL) -> URL? {
        var folder = reportDirectory.standardizedFileURL
        while true {
            let candidate = folder.appendingPathComponent("templates")
            if FileManager.default.fileExists(
                atPath: candidate.appendingPathComponent("page.html").path)
            {
                return candidate
            }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { return nil }
            folder = parent
        }
    }

    private static func check(
        _ text: String, file: String, slots: Set<String>, bag: inout DiagnosticBag
    ) {
        for (line, content) in text.split(separator: "\n", omittingEmptySubsequences: false)
            .enumerated()
        {
            var rest = Substring(content)
            while let open = rest.range(of: "{{") {
                guard let close = rest[open.upperBound...].range(of: "}}") else { break }
                let name = String(rest[open.upperBound..<close.lowerBound])
                if !slots.contains(name) {
                    let column = content.distance(from: content.startIndex, to: open.lowerBound) + 1
                    bag.add(
                        Diagnostic(
                            location: SourceLocation(file: file, line: line + 1, column: column),
                            message:
                                "unknown template slot '{{\(name)}}': expected one of \(slots.sorted().joined(separator: ", "))",
                            hint: NearestName.hint(for: name, in: slots.sorted())))
                }
                rest = rest[close.upperBound...]
            }
        }
    }

    /// Fills `template`'s slots.
    static func fill(_ template: String, _ values: [String: String]) -> String {
        var output = ""
        var rest = Substring(template)
        while let open = rest.range(of: "{{"), let close = rest[open.upperBound...].range(of: "}}")
        {
            output += rest[..<open.lowerBound]
            output += values[String(rest[open.upperBound..<close.lowerBound])] ?? ""
            rest = rest[close.upperBound...]
        }
        return output + rest
    }
}
