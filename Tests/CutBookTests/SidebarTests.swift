import Testing

@testable import CutBook

/// The sidebar's markup: chapters, the current page's sections nested by level, the PDF links.
struct SidebarTests {
    private func study(_ name: String, _ title: String) -> Study {
        Study(
            name: name, title: title, file: "report/\(name).md", markdown: "", directives: [],
            math: [], references: [], placeholderPrefix: "cbkx")
    }

    private var sidebar: Sidebar {
        Sidebar(studies: [study("a", "Alpha"), study("b", "B & C")], book: nil)
    }

    @Test func listsEveryChapterAndMarksTheCurrentOne() {
        let html = sidebar.html(current: "b", sections: [])
        #expect(
            html == """
                <ol class="chapters">
                <li><a href="a.html"><span class="chapter-number">1.</span> Alpha</a></li>
                <li class="current"><a href="b.html" aria-current="page"><span class="chapter-number">2.</span> B &amp; C</a></li>
                </ol>
                """)
    }

    @Test func nestsSubsectionsUnderTheirSection() {
        let sections = [
            Headings.Outline(level: 3, anchor: "early", title: "Early"),
            Headings.Outline(level: 2, anchor: "one", title: "One"),
            Headings.Outline(level: 3, anchor: "one-a", title: "One a"),
            Headings.Outline(level: 3, anchor: "one-b", title: "One b"),
            Headings.Outline(level: 2, anchor: "two", title: "Two"),
        ]
        let html = sidebar.html(current: "a", sections: sections)
        #expect(
            html.contains(
                """
                <ol class="sections">
                <li><a href="#early">Early</a></li>
                <li><a href="#one">One</a>
                <ol>
                <li><a href="#one-a">One a</a></li>
                <li><a href="#one-b">One b</a></li>
                </ol>
                </li>
                <li><a href="#two">Two</a></li>
                </ol></li>
                """))
    }

    @Test func linksTheBookAndTheChaptersOwnPDF() {
        var withBook = sidebar
        withBook.book = Sidebar.Book(file: "r.pdf", text: "The report as a PDF book")
        let html = withBook.html(
            current: "a", sections: [],
            chapterBook: Sidebar.Book(file: "a.pdf", text: "This chapter as PDF"))
        #expect(
            html.hasPrefix(
                """
                <p class="book"><a href="r.pdf">The report as a PDF book</a></p>
                <p class="book"><a href="a.pdf">This chapter as PDF</a></p>
                <ol class="chapters">
                """))
    }

    @Test func outlineReadsAnchoredHeadingsWithoutTheirLinks() {
        let html = Headings.addingAnchors(
            to:
                "<h1>T</h1>\n<h2>See <a class=\"ref\" href=\"#f\">Figure 1.1</a></h2>\n<h3>Sub</h3>\n"
        )
        #expect(
            Headings.outline(ofHTML: html) == [
                Headings.Outline(level: 2, anchor: "see-figure-1-1", title: "See Figure 1.1"),
                Headings.Outline(level: 3, anchor: "sub", title: "Sub"),
            ])
    }

    @Test func plainTextDropsTagsAndDecodesEntities() {
        #expect(
            SearchIndex.plainText("<p>a &lt; b &amp;&amp; <em>c</em></p>\n<p>d\n  e</p>")
                == "a < b && c d e")
    }
}
