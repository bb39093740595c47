import Foundation

/// The one place that turns a path written in a report (a chapter, an `<<include>>`, a data
/// directive's `file=`) into a file on disk, confined to the folders the report may read.
///
/// A path is accepted only when it is relative and, once `..` and every symbolic link along it
/// are resolved, lies inside the report folder — or, for data files, inside one of the folders
/// `report.yml` lists under `data_folders:`. A refused path is a located error that says what is
/// allowed; it never tells whether the outside file exists or what it holds, because nothing
/// outside is read. The build's own folders inside the report (`_build/`, `.cutbook-cache/`,
/// or the `--out` and `--cache` folders when they lie there) are not sources either: a path
/// into them is refused, so a report never reads its own output.
struct ReportFiles: Sendable {
    /// What a path is for; decides the allowed folders and the wording of errors.
    enum Use: Sendable {
        /// The report's `report.yml`.
        case settings
        /// The file of chapter `name` listed in `report.yml`.
        case chapter(String)
        /// The file of an `<<include>>`.
        case include
        /// The `file=` of a directive with this verb (`data`).
        case data(verb: Verb)
    }

    /// The report folder, with every symbolic link resolved.
    let directory: URL
    /// The report's name in locations (the folder's name).
    let displayName: String
    /// The folders listed under `data_folders:`, resolved, in the order written.
    let dataFolders: [URL]
    /// The build's output and cache folders, resolved: never read, even inside the report.
    let outputFolders: [URL]

    /// Confines reads to `directory` (and `dataFolders` for data files), never into
    /// `outputFolders` (the report's default `_build/` and `.cutbook-cache/` are always added).
    /// All are resolved here.
    init(
        directory: URL, displayName: String, dataFolders: [URL] = [], outputFolders: [URL] = []
    ) {
        self.directory = URL(fileURLWithPath: Self.physical(directory.path))
        self.displayName = displayName
        self.dataFolders = dataFolders.map { URL(fileURLWithPath: Self.physical($0.path)) }
        // A folder that holds the report is not excluded here: the build refuses it as its
        // output or cache (`OutputTarget`, `CacheTarget`) with a clearer message.
        let own = ReportPaths.ownFolders(report: directory.path).map(URL.init(fileURLWithPath:))
        let report = Self.components(of: self.directory.path)
        self.outputFolders = (own + outputFolders).map {
            URL(fileURLWithPath: Self.physical($0.path))
        }.filter { !Self.isInside(report, root: Self.components(of: $0.path)) }
    }

    /// The file `path` names, or a located error when the report may not read it.
    /// `location` is where the path's first character is written.
    func locate(_ path: String, at location: SourceLocation, for use: Use)
        -> Result<URL, Diagnostic>
    {
        let roots = allowedRoots(for: use)
        if path.hasPrefix("/") {
            return .failure(Messages.absolutePath(path, use: use, at: location, files: self))
        }
        if path.isEmpty {
            return .failure(Messages.emptyPath(use: use, at: location, files: self))
        }
        let lexical = Self.normalized(
            Self.components(of: directory.path) + Self.components(of: path))
        guard roots.contains(where: { Self.isInside(lexical, root: $0) }) else {
            return .failure(Messages.escapingPath(path, use: use, at: location, files: self))
        }
        guard let resolved = Self.resolve(Self.components(of: path), from: directory.path),
            roots.contains(where: { Self.isInside(resolved, root: $0) })
        else {
            return .failure(Messages.linkOutside(path, use: use, at: location, files: self))
        }
        if let output = outputFolders.first(where: {
            Self.isInside(resolved, root: Self.components(of: $0.path))
        }) {
            let reportParts = Self.components(of: directory.path)
            let outputParts = Self.components(of: output.path)
            let shown =
                Self.isInside(outputParts, root: reportParts) && outputParts != reportParts
                ? outputParts.dropFirst(reportParts.count).joined(separator: "/") : output.path
            return .failure(
                Messages.insideOutputFolder(path, folder: shown, use: use, at: location))
        }
        let url = URL(fileURLWithPath: "/" + resolved.joined(separator: "/"))
        FileReadLog.current?.add(url)
        return .success(url)
    }

    /// The folders a path for `use` may lead into, as resolved path components.
    private func allowedRoots(for use: Use) -> [[String]] {
        var roots = [Self.components(of: directory.path)]
        if case .data = use { roots += dataFolders.map { Self.components(of: $0.path) } }
        return roots
    }

    /// A template's text as the scanner wants it: UTF-8 without a byte-order mark, every line
    /// ending (`\r\n`, `\r`) written as `\n`. Nil when the file cannot be read as UTF-8.
    static func text(at url: URL) -> String? {
        guard let data = FileManager.default.contents(atPath: url.path),
            let text = String(data: data, encoding: .utf8)
        else { return nil }
        return normalizedText(text)
    }

    /// `text` without a leading byte-order mark and with `\n` for every line ending.
    static func normalizedText(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        var previousWasReturn = false
        for (index, scalar) in text.unicodeScalars.enumerated() {
            if index == 0 && scalar == "\u{FEFF}" { continue }
            if scalar == "\r" {
                scalars.append("\n")
                previousWasReturn = true
                continue
            }
            if !(scalar == "\n" && previousWasReturn) { scalars.append(scalar) }
            previousWasReturn = false
        }
        return String(scalars)
    }

    // MARK: Paths

    /// The non-empty components of a slash-separated path.
    static func components(of path: String) -> [String] {
        path.split(separator: "/").map(String.init)
    }

    /// `components` with `.` dropped and each `..` taking away the one before (textually).
    static func normalized(_ components: [String]) -> [String] {
        var out: [String] = []
        for part in components {
            if part == "." { continue }
            if part == ".." {
                if !out.isEmpty { out.removeLast() }
            } else {
                out.append(part)
            }
        }
        return out
    }

    static func isInside(_ path: [String], root: [String]) -> Bool {
        path.count >= root.count && Array(path.prefix(root.count)) == root
    }

    /// The absolute path `path` with every symbolic link resolved (the parts that do not
    /// exist are kept as written).
    static func physical(_ path: String) -> String {
        let absolute =
            path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        return "/"
            + (resolve(components(of: absolute), from: "/") ?? components(of: absolute))
            .joined(separator: "/")
    }

    /// Walks `relative` from the resolved folder `base` as the file system does: a symbolic
    /// link is replaced by its target, `..` goes up from where the walk really is. Returns the
    /// components of the resolved path, or nil after 40 links (a loop).
    static func resolve(_ relative: [String], from base: String) -> [String]? {
        var current = components(of: base)
        var pending = Array(relative.reversed())
        var links = 0
        while let part = pending.popLast() {
            if part == "." { continue }
            if part == ".." {
                if !current.isEmpty { current.removeLast() }
                continue
            }
            let candidate = "/" + (current + [part]).joined(separator: "/")
            if let target = try? FileManager.default.destinationOfSymbolicLink(atPath: candidate) {
                links += 1
                if links > 40 { return nil }
                if target.hasPrefix("/") { current = [] }
                pending.append(contentsOf: components(of: target).reversed())
            } else {
                current.append(part)
            }
        }
        return current
    }
}

extension ReportFiles {
    /// The data file of a directive's `file=`, for its executor; the plan has already checked
    /// it, so this fails only when the folder changed during the build.
    func dataFile(of item: ResolvedDirective) throws -> URL {
        let path = item.text("file") ?? ""
        let location = item.directive.option("file")?.valueLocation ?? item.directive.location
        switch locate(path, at: location, for: .data(verb: item.verb)) {
        case .success(let url): return url
        case .failure(let diagnostic):
            throw ExecutionError(
                diagnostic.message, location: diagnostic.location, hint: diagnostic.hint)
        }
    }
}
