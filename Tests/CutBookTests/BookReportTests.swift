import Foundation
import Testing

@testable import CutBook

/// The fixture report built to PDF end to end, checked with poppler and qpdf.
@Suite("Book from a report")
struct BookReportTests {
    @Test func reportBuildsToOnePDFWithContentsOutlineAndEmbeddedFonts() async throws {
        let out = try await BookTestSupport.build(formats: ["html", "pdf"])
        let pdf = out.appendingPathComponent("book.pdf")
        #expect(FileManager.default.fileExists(atPath: pdf.path))
        #expect(
            FileManager.default.fileExists(atPath: out.appendingPathComponent("index.html").path))

        let info = try PDFProbe.info(pdf)
        #expect(info.pages >= 7)
        #expect(info.pageSize.contains("A4"))

        let fonts = try PDFProbe.fonts(pdf)
        #expect(!fonts.isEmpty)
        let notEmbedded = fonts.filter { !$0.embedded }.map(\.name)
        #expect(notEmbedded.isEmpty, "not embedded: \(notEmbedded)")
        #expect(fonts.contains { $0.name.hasSuffix("DejaVuSerif") })

        let outline = try PDFProbe.outline(pdf)
        let titles = outline.map(\.title)
        #expect(
            titles == [
                "Contents", "1  Why a batch softmax depends on the batch",
                "1.1  The weights side by side",
                "1.2  Code", "2  Relaxing a hard cut", "2.1  Steep and shallow sigmoids",
                "2.2  Gradients at the ends", "2.3  What the optimiser sees",
                "2.4  Limits of the relaxation",
            ])
        #expect(outline.filter { $0.depth == 1 }.count == 6)

        // qpdf finds no damage (exit 0 means no errors and no warnings).
        _ = try PDFProbe.run("qpdf", ["--check", pdf.path])

        // Each chapter ends with how it was made.
        let text = try PDFProbe.pageLines(pdf).flatMap { $0 }
        #expect(text.filter { $0.hasPrefix("Made by CutBook") }.count == 2)
        #expect(text.contains { $0.contains("Seeds: 19680801") })

        let contents = try PDFProbe.text(pdf, page: 2)
        #expect(contents.contains("Contents"))
        #expect(contents.contains("Relaxing a hard cut"))
    }

    @Test func figuresAreVectorAndVisibleAboveTheirCaptions() async throws {
        let out = try await BookTestSupport.build(formats: ["pdf"])
        let pdf = out.appendingPathComponent("book.pdf")
        #expect(try PDFProbe.imageCount(pdf) == 0)

        let pages = try PDFProbe.info(pdf).pages
        let page = try (1...pages).first {
            try PDFProbe.text(pdf, page: $0).contains("Figure 1.1. The sample")
        }
        let captionPage = try #require(page)
        let caption = try #require(try PDFProbe.wordBox(pdf, page: captionPage, word: "Figure"))
        let dpi = 50
        let image = try PDFProbe.grayPage(pdf, page: captionPage, dpi: dpi)
        let scale = Double(dpi) / 72
        // The figure is the 250 points above its caption, across the middle of the page.
        let top = Int((caption.y - 250) * scale)
        let bottom = Int((caption.y - 20) * scale)
        let left = Int(0.3 * Double(image.width))
        let right = Int(0.7 * Double(image.width))
        var dark = 0
        for y in max(top, 0)..<bottom {
            for x in left..<right where image.pixels[y * image.width + x] < 200 { dark += 1 }
        }
        let area = (bottom - max(top, 0)) * (right - left)
        #expect(
            Double(dark) / Double(area) > 0.02, "figure region is blank: \(dark) dark of \(area)")
    }

    @Test func studyBuildWritesThatStudysPDFOnLetterPaper() async throws {
        let out = try await BookTestSupport.build(
            formats: ["pdf"], studies: ["shift"], paper: .letter)
        let pdf = out.appendingPathComponent("shift.pdf")
        let info = try PDFProbe.info(pdf)
        #expect(info.pageSize.hasPrefix("612 x 792"))
        #expect(
            !FileManager.default.fileExists(atPath: out.appendingPathComponent("book.pdf").path))
        let titles = try PDFProbe.outline(pdf).map(\.title)
        #expect(titles.contains("1  Why a batch softmax depends on the batch"))
        #expect(!titles.contains { $0.contains("Relaxing") })
    }

    @Test func sameReportGivesTheSameBytes() async throws {
        let first = try await BookTestSupport.build(formats: ["pdf"])
        let second = try await BookTestSupport.build(formats: ["pdf"])
        let a = try Data(contentsOf: first.appendingPathComponent("book.pdf"))
        let b = try Data(contentsOf: second.appendingPathComponent("book.pdf"))
        #expect(a == b)
    }
}

@Suite("Book links and errors")
struct BookLinkAndErrorTests {
    @Test func contentsCrossReferencesAndWebLinksAreLinks() async throws {
        let out = try await BookTestSupport.build(formats: ["pdf"])
        let targets = try PDFProbe.linkTargets(out.appendingPathComponent("book.pdf"))
        #expect(targets.contains("uri:https://example.org/cutbook"))
        // The outline entry, the contents line and the Markdown link to `shift.html` all go to
        // the chapter.
        #expect(targets.filter { $0 == "dest:chapter-shift" }.count == 3)
        #expect(!targets.contains { $0.contains("notes") })
        #expect(targets.contains("dest:sec-relax-gradients-at-the-ends"))
        #expect(targets.contains("dest:fig-shift"))
        #expect(targets.contains("dest:tab-shift"))
    }

    @Test func unknownPaperIsRejectedWithTheChoices() {
        #expect(throws: BookError.unknownPaper("a5")) { try BookOptions.Paper(named: "a5") }
        #expect(
            BookError.unknownPaper("a5").description
                == "unknown paper size 'a5': expected a4 or letter")
    }

    @Test func bookDrawsCachedPlotsWithoutRunningThePlotExecutor() async throws {
        let cache = FileManager.default.temporaryDirectory.appendingPathComponent(
            "cutbook-book-cache-\(UUID().uuidString.prefix(8))")
        // The site alone caches every plot's result, but no book.
        _ = try await BookTestSupport.build(formats: ["html"], cache: cache)
        var executors = ExecutorSet.standard
        executors.executors[.plot] = BookTestSupport.FailingPlotExecutor()
        let out = try await BookTestSupport.build(
            formats: ["pdf"], executors: executors, cache: cache)
        let pdf = out.appendingPathComponent("book.pdf")
        let text = try PDFProbe.pageLines(pdf).flatMap { $0 }.joined(separator: "\n")
        #expect(text.contains("Figure 1.1. The sample"))
        #expect(text.contains("Figure 2.1."))

        // Without the cache the same executors fail at the first plot: they really cannot draw.
        do {
            _ = try await BookTestSupport.build(formats: ["pdf"], executors: executors)
            Issue.record("the build should fail")
        } catch let failure as BuildFailure {
            #expect(
                failure.diagnostics.contains {
                    $0.headline.contains(BookTestSupport.FailingPlotExecutor.message)
                }, "\(failure.diagnostics.map(\.headline))")
        }
    }
}
