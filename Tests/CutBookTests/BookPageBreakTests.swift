import Foundation
import Testing

@testable import CutBook

/// Page breaks read through the text of each page: headings never end a page, paragraphs keep
/// at least two lines on each side of a break, floats never leave their chapter.
@Suite("Book page breaks")
struct BookPageBreakTests {
    /// Paragraph `k` is made of words `pKwN`, so each page's lines tell which paragraph they
    /// belong to.
    static func paragraph(_ k: Int, words: Int) -> BookBlock {
        .paragraph([.text((1...words).map { "p\(k)w\($0)" }.joined(separator: " "))])
    }

    static let document: BookDocument = {
        var blocks: [BookBlock] = []
        var k = 0
        for section in 1...14 {
            blocks.append(
                .heading(level: 2, text: [.text("Heading \(section)")], anchor: "h\(section)"))
            for length in [23, 140, 61, 97].prefix(1 + section % 4) {
                k += 1
                blocks.append(paragraph(k, words: length + section * 3))
            }
        }
        return BookDocument(
            title: "Breaks", authors: [],
            chapters: [BookChapter(name: "one", title: "One", blocks: blocks)])
    }()

    @Test func headingsNeverEndAPage() throws {
        let file = try PDFProbe.write(try BookTypesetter().pdf(Self.document), name: "breaks")
        let pages = try PDFProbe.pageLines(file)
        #expect(pages.count >= 4)
        for (index, lines) in pages.enumerated() {
            // The last line is the page number; the one before is the last line of text.
            let body = lines.dropLast()
            #expect(!(body.last ?? "").contains("Heading"), "page \(index + 1) ends with a heading")
        }
    }

    @Test func paragraphsKeepTwoLinesOnEachSideOfABreak() throws {
        let file = try PDFProbe.write(try BookTypesetter().pdf(Self.document), name: "breaks")
        let pages = try PDFProbe.pageLines(file)
        func paragraphOf(_ line: String) -> String? {
            guard line.hasPrefix("p"), let w = line.firstIndex(of: "w") else { return nil }
            return String(line[..<w])
        }
        var splits = 0
        for index in 3..<pages.count {  // body pages (after title and contents)
            let previous = pages[index - 1].dropLast().filter { paragraphOf($0) != nil }
            let current = pages[index].dropFirst().dropLast().filter { paragraphOf($0) != nil }
            guard let last = previous.last.flatMap(paragraphOf),
                let first = current.first.flatMap(paragraphOf),
                last == first
            else { continue }
            splits += 1
            let before = previous.reversed().prefix { paragraphOf($0) == last }.count
            let after = current.prefix { paragraphOf($0) == first }.count
            #expect(
                before >= 2,
                "paragraph \(last) leaves \(before) line(s) at the foot of page \(index)")
            #expect(after >= 2, "paragraph \(first) carries \(after) line(s) to page \(index + 1)")
        }
        #expect(splits >= 1, "the document should split at least one paragraph across pages")
    }

    @Test func floatingFigureStaysInItsChapter() throws {
        var blocks: [BookBlock] = (1...5).map { Self.paragraph($0, words: 120) }
        blocks.append(
            .figure(
                BookFigure(
                    drawing: BookFixture.figure("late"), number: ItemNumber(chapter: 1, index: 1),
                    caption: [.text("late figure")],
                    anchor: "fig-late")))
        blocks.append(Self.paragraph(6, words: 30))
        let document = BookDocument(
            title: "Floats", authors: [],
            chapters: [
                BookChapter(name: "a", title: "First", blocks: blocks),
                BookChapter(name: "b", title: "Second", blocks: [Self.paragraph(7, words: 30)]),
            ])
        let file = try PDFProbe.write(try BookTypesetter().pdf(document), name: "floats")
        let pages = try PDFProbe.pageLines(file).map { $0.joined(separator: "\n") }
        let figurePage = try #require(pages.firstIndex { $0.contains("Figure 1.1. late figure") })
        let secondChapter = try #require(pages.firstIndex { $0.contains("CHAPTER 2") })
        #expect(figurePage < secondChapter)
        // The paragraph after the figure may fill the page before it, never a later chapter.
        let after = try #require(pages.firstIndex { $0.contains("p6w1") })
        #expect(after <= figurePage)
    }

    @Test func longTableRepeatsItsHeaderOnEveryPage() throws {
        let rows: [[[BookInline]]] = (1...120).map {
            [[.value("row\($0)")], [.value(String($0 * $0))]]
        }
        let table = BookTable(
            headers: [[.text("Index")], [.text("Square")]], rows: rows,
            alignments: [.left, .right], number: ItemNumber(chapter: 1, index: 1),
            caption: [.text("Squares")], anchor: "tab-squares")
        let document = BookDocument(
            title: "Tables", authors: [],
            chapters: [BookChapter(name: "t", title: "Table", blocks: [.table(table)])])
        let file = try PDFProbe.write(try BookTypesetter().pdf(document), name: "table")
        let pages = try PDFProbe.pageLines(file).dropFirst(2)  // title and contents
        #expect(pages.count >= 2)
        for lines in pages {
            let firstRow = try #require(lines.firstIndex { $0.hasPrefix("row") })
            #expect(lines[..<firstRow].contains { $0.contains("Index") && $0.contains("Square") })
        }
        let text = pages.flatMap { $0 }
        #expect((1...120).allSatisfy { n in text.contains { $0.hasPrefix("row\(n) ") } })
    }
}
