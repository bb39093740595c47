/// The sidebar every page carries (the `{{sidebar}}` slot): a link to the PDF book when the
/// build writes one, every chapter of the report with its number, and under the current
/// chapter its `##` and `###` sections with links to their anchors, inside the navigation
/// with the search box and the narrow screens' toggle (`navigation`), whose ids `search.js`
/// and `style.css` rely on.
struct Sidebar {
    /// The PDF a page may link, and how the link reads.
    struct Book: Equatable {
        /// The file in the site folder (`workshop.pdf`).
        var file: String
        /// The link's text.
        var text: String
    }

    /// The report's studies, in chapter order.
    var studies: [Study]
    /// The whole report's PDF, when this build writes it.
    var book: Book?

    /// The sidebar of `current`'s page (nil for the index), whose sections are `sections`;
    /// `chapterBook` is the current chapter's own PDF, when the build writes one.
    func html(current: String?, sections: [Headings.Outline], chapterBook: Book? = nil)
        -> String
    {
        var html = ""
        for book in [book, chapterBook].compactMap({ $0 }) {
            html += Self.bookLink(book) + "\n"
        }
        html += "<ol class=\"chapters\">\n"
        for (position, study) in studies.enumerated() {
            let isCurrent = study.name == current
            html += isCurrent ? "<li class=\"current\">" : "<li>"
            html += "<a href=\"\(study.name).html\"\(isCurrent ? " aria-current=\"page\"" : "")>"
            html += "<span class=\"chapter-number\">\(position + 1).</span> "
            html += HTML.escape(study.title) + "</a>"
            if isCurrent && !sections.isEmpty { html += "\n" + Self.sectionList(sections) }
            html += "</li>\n"
        }
        return html + "</ol>"
    }

    /// The whole navigation of a page (the `{{sidebar}}` slot): the toggle that folds it on
    /// narrow screens, a link home titled `reportTitle` (already escaped), the search box and
    /// `html(current:sections:chapterBook:)`.
    func navigation(
        reportTitle: String, current: String?, sections: [Headings.Outline],
        chapterBook: Book? = nil
    ) -> String {
        """
        <input type="checkbox" id="sidebar-toggle" class="sidebar-toggle" />
        <label for="sidebar-toggle" class="sidebar-toggle">☰ Contents and search</label>
        <nav class="sidebar" aria-label="Chapters and search">
        <a class="home" href="index.html">\(reportTitle)</a>
        <div class="search" role="search">
        <input type="search" id="search" placeholder="Search the report" aria-label="Search the report" autocomplete="off" />
        <ol id="search-results" class="search-results" hidden="hidden"></ol>
        </div>
        \(html(current: current, sections: sections, chapterBook: chapterBook))
        </nav>
        """
    }

    /// The paragraph that links `book` (the index shows it too).
    static func bookLink(_ book: Book) -> String {
        "<p class=\"book\"><a href=\"\(HTML.escape(book.file))\">\(HTML.escape(book.text))</a></p>"
    }

    /// Nested lists: each `##` section with its `###` sections under it (a `###` before any
    /// `##` stands at the top level).
    private static func sectionList(_ sections: [Headings.Outline]) -> String {
        var html = "<ol class=\"sections\">\n"
        var openSubsections = false
        var openSection = false
        for section in sections {
            let item = "<li><a href=\"#\(section.anchor)\">\(section.title)</a>"
            if section.level == 3 && openSection {
                if !openSubsections { html += "\n<ol>\n" }
                openSubsections = true
                html += item + "</li>\n"
                continue
            }
            if openSubsections { html += "</ol>\n" }
            if openSection { html += "</li>\n" }
            openSubsections = false
            openSection = section.level == 2
            html += item + (openSection ? "" : "</li>\n")
        }
        if openSubsections { html += "</ol>\n" }
        if openSection { html += "</li>\n" }
        return html + "</ol>"
    }
}
