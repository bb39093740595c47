import Foundation
import Testing

@testable import CutBook

/// A site readers can navigate, checked on the book fixture (two chapters with figures,
/// tables, cross-references and the PDF book, like the workshop): the sidebar on every page,
/// the search index, the dark scheme, the PDF link and per-chapter numbers.
@Suite
struct SiteNavigationTests {
    static let chapters = ["shift", "relax"]

    private static func read(_ folder: URL, _ name: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    }

    /// The part of `page` between `<nav class="sidebar"` and its `</nav>`.
    static func sidebar(of page: String) -> String? {
        guard let start = page.range(of: "<nav class=\"sidebar\""),
            let end = page[start.upperBound...].range(of: "</nav>")
        else { return nil }
        return String(page[start.lowerBound..<end.upperBound])
    }

    /// The index file's entries.
    static func searchEntries(_ folder: URL) throws -> [[String: String]] {
        let script = try read(folder, SearchIndex.fileName)
        let json = try #require(
            script.range(of: "window.cutbookSearchIndex = ").map { script[$0.upperBound...] })
        let body = json.trimmingCharacters(in: .whitespacesAndNewlines).dropLast()
        return try #require(
            try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [[String: String]])
    }

    @Test func everyPageHasTheSidebarWithEveryChapterAndItsOwnSections() async throws {
        let out = try await BookTestSupport.build(formats: ["html", "pdf"])
        for name in ["index"] + Self.chapters {
            let page = try Self.read(out, "\(name).html")
            let sidebar = try #require(Self.sidebar(of: page), "\(name).html has no sidebar")
            for chapter in Self.chapters {
                #expect(sidebar.contains("href=\"\(chapter).html\""), "\(name) lacks \(chapter)")
            }
            #expect(sidebar.contains("<input type=\"search\" id=\"search\""))
            #expect(page.contains("<script src=\"search-index.js\"></script>"))
            guard name != "index" else {
                #expect(!sidebar.contains("aria-current"))
                continue
            }
            #expect(sidebar.contains("<a href=\"\(name).html\" aria-current=\"page\">"))
            let sections = Headings.outline(ofHTML: page)
            #expect(!sections.isEmpty)
            for section in sections {
                #expect(sidebar.contains("<a href=\"#\(section.anchor)\">"), "\(section.anchor)")
            }
        }
        let relax = try #require(Self.sidebar(of: try Self.read(out, "relax.html")))
        // Sections of other chapters are not listed.
        #expect(!relax.contains("href=\"#the-weights-side-by-side\""))
        #expect(relax.contains("<span class=\"chapter-number\">2.</span> Relaxing a hard cut"))
    }

    @Test func searchIndexListsEverySectionOfEveryPage() async throws {
        let out = try await BookTestSupport.build(formats: ["html"])
        let entries = try Self.searchEntries(out)
        #expect(Set(entries.compactMap { $0["page"] }) == Set(Self.chapters.map { "\($0).html" }))
        for entry in entries {
            let page = try Self.read(out, try #require(entry["page"]))
            let anchor = try #require(entry["anchor"])
            if !anchor.isEmpty {
                #expect(page.contains("id=\"\(anchor)\""), "no \(anchor) in \(entry["page"]!)")
            }
        }
        let relax = entries.filter { $0["page"] == "relax.html" }
        #expect(
            relax.map { $0["section"]! } == [
                "Relaxing a hard cut", "Steep and shallow sigmoids", "Gradients at the ends",
                "What the optimiser sees", "Limits of the relaxation",
            ])
        let sees = try #require(relax.first { $0["anchor"] == "what-the-optimiser-sees" })
        // Figures by number and caption, cross-references by number, math as its TeX.
        #expect(sees["text"]!.contains("Figure 2.1. Weight of an event at x for a cut at 0"))
        #expect(sees["text"]!.contains("As Figure 2.1 shows, and as Figure 1.1 did before"))
        #expect(relax[1]["text"]!.contains("sigmoid \\sigma(k(x - c)) of steepness k"))
        #expect(try Self.read(out, "search.js").contains("window.cutbookSearchIndex"))
    }

    @Test func styleSheetHasADarkSchemeWithFiguresOnALightCard() async throws {
        let out = try await BookTestSupport.build(formats: ["html"])
        let css = try Self.read(out, "style.css")
        let dark = try #require(css.range(of: "@media (prefers-color-scheme: dark) {"))
        let block = css[dark.upperBound...].prefix(900)
        #expect(block.contains("--background: #"))
        #expect(block.contains("--text: #"))
        #expect(block.contains("figure img { background: #fff;"))
    }

    @Test func indexAndSidebarLinkThePDFOnlyWhenTheBuildWritesIt() async throws {
        let withBook = try await BookTestSupport.build(formats: ["html", "pdf"])
        let link = "<a href=\"book.pdf\">The report as a PDF book</a>"
        #expect(
            FileManager.default.fileExists(atPath: withBook.appendingPathComponent("book.pdf").path)
        )
        let index = try Self.read(withBook, "index.html")
        #expect(index.components(separatedBy: link).count == 3, "in the sidebar and the text")
        #expect(try Self.sidebar(of: Self.read(withBook, "relax.html"))?.contains(link) == true)

        let htmlOnly = try await BookTestSupport.build(formats: ["html"])
        for name in ["index"] + Self.chapters {
            #expect(!(try Self.read(htmlOnly, "\(name).html")).contains(".pdf\">The report"))
        }

        let study = try await BookTestSupport.build(formats: ["html", "pdf"], studies: ["relax"])
        let page = try #require(Self.sidebar(of: try Self.read(study, "relax.html")))
        #expect(page.contains("<a href=\"relax.pdf\">This chapter as PDF</a>"))
        #expect(!page.contains("book.pdf"))
    }

    @Test func figuresAndTablesAreNumberedPerChapterInSiteAndBook() async throws {
        let out = try await BookTestSupport.build(formats: ["html", "pdf"])
        let shift = try Self.read(out, "shift.html")
        let relax = try Self.read(out, "relax.html")
        #expect(shift.contains("<span class=\"number\">Table 1.1.</span> Softmax of"))
        #expect(shift.contains("<span class=\"number\">Figure 1.1.</span>"))
        #expect(relax.contains("<span class=\"number\">Table 2.1.</span>"))
        #expect(relax.contains("<span class=\"number\">Figure 2.1.</span> Weight of an event"))
        #expect(relax.contains("<a class=\"ref\" href=\"shift.html#fig-shift\">Figure 1.1</a>"))
        #expect(relax.contains("<a class=\"ref\" href=\"#fig-steep\">Figure 2.1</a>"))
        let pdf = out.appendingPathComponent("book.pdf")
        let pages = try PDFProbe.info(pdf).pages
        let text = try (1...pages).map { try PDFProbe.text(pdf, page: $0) }.joined(separator: "\n")
        #expect(text.contains("Figure 2.1. Weight of an event"))
        #expect(text.contains("Table 1.1. Softmax of"))
        #expect(text.contains("As Figure 2.1 shows, and as Figure 1.1 did before"))
    }

    @Test func numbersRestartInEveryChapterAndAnchorsKeepTheirOverallCount() throws {
        let parent = try Support.temporaryFolder()
        let folder = try Support.writeReport(
            in: parent,
            chapters: [
                ("one", "# One\n\n<<plot relaxation at=0>>\n\n<<plot relaxation at=1>>\n"),
                (
                    "two",
                    "# Two\n\n<<plot relaxation at=0 label=first>>\n\n<<plot relaxation at=2>>\n"
                ),
            ])
        let report = try ReportLoader.load(directory: folder.path)
        let resolved = try Validator.validate(report)
        let numbering = Numbering(report: report, directives: resolved)
        let numbers = resolved.compactMap { numbering.byID[$0.id] }
        #expect(numbers.map(\.number.description) == ["1.1", "1.2", "2.1", "2.2"])
        #expect(numbers.map(\.anchor) == ["fig-1", "fig-2", "fig-first", "fig-4"])
    }
}
