/// Messages about the files a report reads and the pages it writes.
extension Messages {
    /// How the refused path is named in a message.
    private static func subject(_ path: String, use: ReportFiles.Use) -> String {
        switch use {
        case .settings: return path
        case .chapter(let name): return "chapter '\(name)' (file \(path))"
        case .include: return "<<include>> file '\(path)'"
        case .data(let verb): return "<<\(verb)>> file '\(path)'"
        }
    }

    /// What a path for `use` may name.
    private static func allowed(use: ReportFiles.Use, files: ReportFiles) -> String {
        switch use {
        case .data:
            return
                "a data file must lie inside the report folder \(files.displayName)/ or inside a folder listed under data_folders: in report.yml"
        case .settings, .chapter, .include:
            return "a report may only read files inside its folder \(files.displayName)/"
        }
    }

    private static func fix(use: ReportFiles.Use) -> String {
        switch use {
        case .data:
            return
                "move or copy the file into the report folder, or list its folder under data_folders: in report.yml"
        case .settings, .chapter, .include:
            return "move or copy the file into the report folder and name it relative to it"
        }
    }

    static func absolutePath(
        _ path: String, use: ReportFiles.Use, at location: SourceLocation, files: ReportFiles
    ) -> Diagnostic {
        Diagnostic(
            location: location,
            message:
                "\(subject(path, use: use)) is an absolute path: \(allowed(use: use, files: files)), named relative to the report folder",
            hint: fix(use: use))
    }

    static func emptyPath(use: ReportFiles.Use, at location: SourceLocation, files: ReportFiles)
        -> Diagnostic
    {
        Diagnostic(
            location: location,
            message:
                "\(subject("", use: use)) is empty: expected a path relative to the report folder")
    }

    static func escapingPath(
        _ path: String, use: ReportFiles.Use, at location: SourceLocation, files: ReportFiles
    ) -> Diagnostic {
        Diagnostic(
            location: location,
            message:
                "\(subject(path, use: use)) leads outside the report folder: \(allowed(use: use, files: files))",
            hint: fix(use: use))
    }

    static func linkOutside(
        _ path: String, use: ReportFiles.Use, at location: SourceLocation, files: ReportFiles
    ) -> Diagnostic {
        Diagnostic(
            location: location,
            message:
                "\(subject(path, use: use)) leads outside the report folder through a symbolic link: \(allowed(use: use, files: files))",
            hint: "replace the link by the file itself, or " + fix(use: use))
    }

    static func insideOutputFolder(
        _ path: String, folder: String, use: ReportFiles.Use, at location: SourceLocation
    ) -> Diagnostic {
        Diagnostic(
            location: location,
            message:
                "\(subject(path, use: use)) lies inside '\(folder)', the build's output or result cache folder: a report does not read what its builds write",
            hint: "keep sources outside \(folder)/, or build with another --out or --cache")
    }

    // MARK: report.yml

    static func badPageName(_ name: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            location: location,
            message:
                "chapter '\(name)' is not a page name: use ASCII letters, digits, '-' and '_' only (no '/', '.' or spaces); it names \(name).md and the page \(name).html",
            hint: "rename the file and its entry in chapters:")
    }

    static func reservedPageName(_ name: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            location: location,
            message:
                "chapter '\(name)' cannot be used: index.html is the report's contents page",
            hint: "rename \(name).md and its entry in chapters:")
    }

    static func duplicatePage(_ name: String, first: String, at location: SourceLocation)
        -> Diagnostic
    {
        Diagnostic(
            location: location,
            message: name == first
                ? "chapter '\(name)' is listed twice in chapters:"
                : "chapter '\(name)' names the same page as '\(first)' (page names differ only in case)",
            hint: "list each chapter once, with names that differ in more than case")
    }

    static func dataFolderMissing(_ folder: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            location: location,
            message:
                "data_folders: '\(folder)' is not a folder: expected an existing folder, relative to report.yml or absolute",
            hint: "create it or fix the path")
    }

    static func dataFolderEmpty(at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            location: location,
            message: "data_folders: an entry is empty: expected a folder path")
    }

    static func chapterMissing(_ chapter: String, at location: SourceLocation, available: [String])
        -> Diagnostic
    {
        Diagnostic(
            location: location,
            message: "chapter '\(chapter)' has no file \(chapter).md in the report folder",
            hint: NearestName.hint(for: chapter, in: available))
    }
}
