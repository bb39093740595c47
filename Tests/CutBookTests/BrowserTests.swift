import Foundation
import Testing

@testable import CutBook

/// The programs the browser test needs.
enum BrowserTools {
    /// The executable `name` in the usual folders, if installed.
    static func find(_ name: String) -> String? {
        for folder in ["/usr/bin", "/usr/local/bin", "/bin"] {
            let path = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }

    /// Whether Chromium and poppler's tools are installed.
    static var available: Bool {
        (find("chromium") ?? find("chromium-browser")) != nil && find("pdfimages") != nil
            && find("pdftotext") != nil
    }
}

/// A real browser renders a built page: headless Chromium prints the quickstart's scan page to
/// PDF, and poppler's tools check that the figure is there as an image and the MathML as text.
/// Needs Debian's `chromium` and `poppler-utils`, which `make test` installs; without them the
/// test fails and says so rather than passing unseen.
@Suite
struct BrowserTests {
    static let chromium = BrowserTools.find("chromium") ?? BrowserTools.find("chromium-browser")

    static func tool(_ name: String) -> String? { BrowserTools.find(name) }

    private func run(_ tool: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(
            process.terminationStatus == 0, "\(tool) \(arguments.joined(separator: " ")) failed")
        return String(decoding: data, as: UTF8.self)
    }

    @Test func chromiumShowsFigureAndMath() async throws {
        try #require(
            BrowserTools.available,
            "headless Chromium and poppler-utils are needed: run `make deps` (apt-get install chromium poppler-utils)"
        )
        let parent = try Support.temporaryFolder()
        let report = parent.appendingPathComponent("quickstart")
        try FileManager.default.copyItem(
            at: Support.packageRoot.appendingPathComponent("reports/quickstart"), to: report)
        let summary = try await ReportBuilder.build(
            Support.options(report: report, parent: parent),
            progress: ProgressReporter(mode: .silent))
        let page = summary.outDirectory.appendingPathComponent("scan.html")
        let pdf = parent.appendingPathComponent("scan.pdf")
        _ = try run(
            try #require(Self.chromium),
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                "--user-data-dir=\(parent.appendingPathComponent("profile").path)",
                "--print-to-pdf=\(pdf.path)", page.absoluteString,
            ])
        let images = try run(Self.tool("pdfimages")!, ["-list", pdf.path])
        // Two figures on the page, each a PNG of 2 × its CSS size.
        let rows = images.split(separator: "\n").dropFirst(2).map { $0.split(separator: " ") }
        let pictures = rows.filter { $0.count > 3 && $0[2] == "image" }
        #expect(pictures.count == 2, "expected the two figures as images:\n\(images)")
        #expect(pictures.allSatisfy { $0[3] == "922" && $0[4] == "691" })
        let text = try run(Self.tool("pdftotext")!, [pdf.path, "-"])
        #expect(text.contains("√"), "the MathML square root is not in the rendered page")
        #expect(text.contains("Figure 2.1."))
    }

    /// The property values `probe` finds on `page` in Chromium at `width` px, after the page's
    /// scripts ran: `page` is copied with a script that writes them into the body's
    /// `data-probe` attribute, and Chromium prints the DOM.
    private func probe(_ page: URL, width: Int, query: String) throws -> [String] {
        let script = """
            <script>window.addEventListener("load", function () {
              var nav = getComputedStyle(document.querySelector("nav.sidebar"));
              var toggle = getComputedStyle(document.querySelector("label.sidebar-toggle"));
              var hits = document.querySelectorAll("#search-results li a");
              document.body.setAttribute("data-probe", [nav.display, nav.position, toggle.display,
                hits.length, hits.length ? hits[0].getAttribute("href") : "-"].join(" "));
            });</script>
            """
        let html = try String(contentsOf: page, encoding: .utf8)
        let probed = page.deletingLastPathComponent().appendingPathComponent("probe.html")
        try html.replacingOccurrences(of: "</body>", with: script + "</body>")
            .write(to: probed, atomically: true, encoding: .utf8)
        let dom = try run(
            try #require(Self.chromium),
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--window-size=\(width),900",
                "--user-data-dir=\(page.deletingLastPathComponent().path)/../profile-\(width)",
                "--virtual-time-budget=3000", "--dump-dom", probed.absoluteString + query,
            ])
        let found = try #require(
            dom.range(of: #"data-probe="([^"]*)""#, options: .regularExpression))
        return dom[found].dropFirst("data-probe=\"".count).dropLast().split(separator: " ").map(
            String.init)
    }

    /// The sidebar and the search in a real browser, from `file://`: beside the text at
    /// 1280 px, folded behind its toggle at 400 px; typing a word (here through `?search=`,
    /// which also unfolds the sidebar) lists the sections that hold it, read from
    /// `search-index.js`.
    @Test func chromiumShowsSidebarAndSearchesFromFile() async throws {
        try #require(BrowserTools.available, "headless Chromium is needed: run `make deps`")
        let out = try await BookTestSupport.build(formats: ["html"])
        let page = out.appendingPathComponent("relax.html")
        let wide = try probe(page, width: 1280, query: "?search=softmax%20batch")
        #expect(wide.prefix(3) == ["block", "fixed", "none"])
        #expect(Int(wide[3]) ?? 0 > 0, "no search results: \(wide)")
        #expect(wide[4].hasPrefix("shift.html"))
        let narrow = try probe(page, width: 400, query: "")
        #expect(narrow.prefix(4) == ["none", "static", "block", "0"])
        // A search from the address unfolds the sidebar, so its results show.
        let searched = try probe(page, width: 400, query: "?search=softmax")
        #expect(searched.prefix(3) == ["block", "static", "block"])
        #expect(Int(searched[3]) ?? 0 > 0, "no search results: \(searched)")
    }
}
