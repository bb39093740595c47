import Foundation

/// Renders the HTML site from a report and its results.
///
/// Steps:
/// 1. Number figures and tables per chapter in reading order; collect labels.
/// 2. For each page to write, render its Markdown (with placeholders) through cmark-gfm.
/// 3. Replace directive placeholders by their results' HTML: figures (and their files),
///    tables, logs, values, checks.
/// 4. Replace math placeholders by MathML and cross-reference placeholders by links.
/// 5. Fill `page.html` with title, the sidebar (every chapter, this page's sections, the PDF
///    book), previous/next links, content and provenance.
/// 6. Fill `index.html` with title, authors, the PDF book, table of contents, sidebar and
///    provenance; add `style.css` and `search.js`.
/// 7. Write the search index of every page, `search-index.js` (`SearchIndex`).
/// Every problem (bad math, unknown labels) is collected and thrown together.
struct SiteRenderer {
    /// The report.
    var report: Report
    /// The graph, for the resolved directives.
    var plan: ExecutionPlan
    /// The results by directive id.
    var results: [String: ResultValue]
    /// The layout.
    var templates: Templates
    /// How the site was made.
    var provenance: Provenance
    /// The PDF files the same build writes into the site folder (`BookWriter.fileNames`),
    /// which the pages link; empty when it writes none.
    var books: Set<String> = []

    /// The sidebar's parts common to every page.
    var sidebar: Sidebar {
        let file = "\(report.name).pdf"
        return Sidebar(
            studies: report.studies,
            book: books.contains(file)
                ? Sidebar.Book(file: file, text: "The report as a PDF book") : nil)
    }

    /// The PDF of `study` alone, when a `--study` build writes one.
    func chapterBook(_ study: Study) -> Sidebar.Book? {
        let file = "\(study.name).pdf"
        guard books.contains(file), file != "\(report.name).pdf" else { return nil }
        return Sidebar.Book(file: file, text: "This chapter as PDF")
    }

    /// The files of the site (path relative to the output folder → bytes) for the given
    /// studies, plus the index and style sheet.
    func render(studies selected: Set<String>) throws -> [String: Data] {
        let presentation = ReportPresentation(report: report, plan: plan, results: results)
        var files: [String: Data] = [:]
        var bag = DiagnosticBag()
        for (position, study) in report.studies.enumerated() where selected.contains(study.name) {
            var page = PageRenderer(
                study: study, position: position, renderer: self, presentation: presentation)
            let html = page.render()
            bag.add(contentsOf: page.diagnostics.diagnostics)
            files["\(study.name).html"] = Data(html.utf8)
            for (name, data) in page.figureFiles { files["figures/\(name)"] = data }
        }
        files["index.html"] = Data(renderIndex(presentation).utf8)
        files["style.css"] = Data(templates.style.utf8)
        files["search.js"] = Data(templates.search.utf8)
        files[SearchIndex.fileName] = Data(
            SearchIndex.script(SearchIndex.entries(presentation)).utf8)
        try bag.throwIfAny()
        return files
    }

    private func renderIndex(_ presentation: ReportPresentation) -> String {
        var toc = "<ol class=\"toc\">\n"
        for study in report.studies {
            toc += "<li><a href=\"\(study.name).html\">\(HTML.escape(study.title))</a>"
            let sections = Headings.sections(of: study) { index in
                presentation.inlineText(study, index: index) ?? ""
            }
            if !sections.isEmpty {
                toc += "\n<ol>\n"
                for section in sections {
                    toc +=
                        "<li><a href=\"\(study.name).html#\(section.anchor)\">\(section.title)</a></li>\n"
                }
                toc += "</ol>\n"
            }
            toc += "</li>\n"
        }
        toc += "</ol>"
        let authors = report.settings.authors.map(HTML.escape).joined(separator: ", ")
        let reportTitle = HTML.escape(report.settings.title)
        return Templates.fill(
            templates.index,
            [
                "report_title": reportTitle,
                "authors": authors,
                "toc": toc,
                "book": sidebar.book.map(Sidebar.bookLink) ?? "",
                "sidebar": sidebar.navigation(reportTitle: reportTitle, current: nil, sections: []),
                "provenance": provenance.indexHTML(report: report),
                "generator": HTML.escape("CutBook \(CutBook.version)"),
            ])
    }
}
