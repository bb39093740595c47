import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `cutbook serve` on a copy of reports/quickstart: the page carries the reload hook (the site
/// on disk does not), an edited chapter is served within 3 s and announced on the event
/// stream, a broken edit shows its located error over the last good page, requests out of the
/// site get 404, and Ctrl-C stops with status 130.
@Suite(.serialized) struct ServeEndToEndTests {
    #if DEBUG
        /// The quickstart's trainings take minutes in a debug build; the release suite runs this.
        static let enabled = false
    #else
        static let enabled = ServeProcess.binary != nil
    #endif

    /// A copy of reports/quickstart in a new temporary folder, with its chapter `data.md`.
    private func copyQuickstart() throws -> (parent: URL, chapter: URL) {
        let parent = FileManager.default.temporaryDirectory.appendingPathComponent(
            "cutserve-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        let report = parent.appendingPathComponent("quickstart")
        try FileManager.default.copyItem(
            at: ServeProcess.packageRoot.appendingPathComponent("reports/quickstart"), to: report)
        return (parent, report.appendingPathComponent("data.md"))
    }

    /// `cutbook serve` on the copy of the quickstart in `parent`, into `parent/site`, with the
    /// package's templates.
    private static func serveQuickstart(in parent: URL) throws -> ServeProcess {
        try ServeProcess(
            in: parent,
            arguments: [
                "quickstart", "--out", "site", "--templates",
                ServeProcess.packageRoot.appendingPathComponent("templates").path,
            ])
    }

    /// The build named by the last event in `text`, the stream read so far.
    private static func lastBuild(_ text: String) -> String? {
        text.components(separatedBy: "event: build\ndata: ").dropFirst().last?
            .split(separator: "\n").first.map(String.init)
    }

    /// The build a served page says it shows (its reload hook's `shown`).
    private static func shownBuild(_ page: String) -> String? {
        page.components(separatedBy: "var shown = \"").dropFirst().first?
            .split(separator: "\"").first.map(String.init)
    }

    @Test(.enabled(if: enabled, "needs a release build of the cutbook binary"))
    func editsAreServedAndBrokenEditsShowTheirErrors() throws {
        let (parent, chapter) = try copyQuickstart()
        defer { try? FileManager.default.removeItem(at: parent) }
        let serve = try Self.serveQuickstart(in: parent)

        // The first build (cold: it trains), then the page with its hook.
        let first = try serve.waitFor("/data.html", seconds: 120) { $0.contains("The data") }
        #expect(first.body.contains("A physics analysis keeps"))
        #expect(first.body.contains("<script id=\"cutbook-reload\">"))
        #expect(first.body.contains("new EventSource(\"/__cutbook/events\")"))
        let onDisk = parent.appendingPathComponent("site/data.html")
        #expect(!(try String(contentsOf: onDisk, encoding: .utf8)).contains("cutbook-reload"))

        // The stream names the current build at once; the page and the stream agree once the
        // first build is announced (it is, just after its files are in place).
        let events = try serve.openEvents()
        defer { close(events) }
        var stream = ServeProcess.readEvents(events, seconds: 5) { Self.lastBuild($0) != nil }.0
        #expect(Self.lastBuild(stream) != nil, "the stream names the current build at once")
        let shown = Self.shownBuild(try serve.get("/data.html").body) ?? "none"
        let sofar = stream
        stream +=
            ServeProcess.readEvents(events, seconds: 3) {
                Self.lastBuild(sofar + $0) == shown
            }.0
        #expect(Self.lastBuild(stream) == shown)

        // A prose edit: served within 3 s, and the open page is told.
        let original = try String(contentsOf: chapter, encoding: .utf8)
        let edited = original.replacingOccurrences(
            of: "A physics analysis keeps", with: "A physics analysis, edition two, keeps")
        try edited.write(to: chapter, atomically: true, encoding: .utf8)
        let (announced, untilEvent) = ServeProcess.readEvents(events, seconds: 3) {
            Self.lastBuild(stream + $0) != shown
        }
        let rebuilt = Self.lastBuild(stream + announced)
        #expect(rebuilt != shown, "no event for the rebuild within 3 s")
        let served = try serve.waitFor("/data.html", seconds: 3) { $0.contains("edition two") }
        #expect(served.body.contains("edition two"), "the edit was not served within 3 s")
        #expect(Self.shownBuild(served.body) == rebuilt, "the new page names the new build")
        let seconds = String(format: "%.2f", untilEvent)
        print("edit → reload event in \(seconds) s, new page served \(served.waited) s after it")

        // A broken edit: the located error over the last good page, which stays on disk.
        let lineOfDirective =
            edited.split(separator: "\n", omittingEmptySubsequences: false).count + 1
        try (edited + "\n<<scna d1>>\n").write(to: chapter, atomically: true, encoding: .utf8)
        let broken = try serve.waitFor("/data.html", seconds: 3) { $0.contains("cutbook-errors") }
        #expect(
            broken.body.contains(
                "quickstart/data.md:\(lineOfDirective):3: error: unknown directive 'scna'"))
        #expect(broken.body.contains("edition two"), "the last good page is served")
        #expect((try String(contentsOf: onDisk, encoding: .utf8)).contains("edition two"))

        // Fixed again: the overlay goes.
        try original.write(to: chapter, atomically: true, encoding: .utf8)
        let fixed = try serve.waitFor("/data.html", seconds: 3) {
            !$0.contains("cutbook-errors") && $0.contains("A physics analysis keeps")
        }
        #expect(!fixed.body.contains("cutbook-errors"))

        // Nothing outside the site is served.
        try FileManager.default.createSymbolicLink(
            atPath: parent.appendingPathComponent("site/leak.yml").path,
            withDestinationPath: "../quickstart/report.yml")
        for target in [
            "/../quickstart/report.yml", "/%2e%2e/quickstart/report.yml",
            "/figures/..%2f..%2fquickstart%2freport.yml", "//etc/passwd", "/../../../../etc/passwd",
            "/leak.yml", "/.cutbook-site",
        ] {
            #expect(try serve.get(target).status == 404, "\(target)")
        }
        #expect(try serve.get("/index.html").status == 200)

        let (status, errors) = serve.interrupt()
        #expect(status == 130, "\(errors)")
    }

    /// Debian's headless Chromium, when installed (`make test` installs it).
    static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    @Test(.enabled(if: enabled && chromium != nil, "needs the release binary and chromium"))
    func anOpenPageReloadsItselfInChromium() throws {
        let (parent, chapter) = try copyQuickstart()
        defer { try? FileManager.default.removeItem(at: parent) }
        let serve = try Self.serveQuickstart(in: parent)
        _ = try serve.waitFor("/data.html", seconds: 120) { $0.contains("The data") }
        let profile = parent.appendingPathComponent("chromium-profile")
        let browser = Process()
        browser.executableURL = URL(fileURLWithPath: Self.chromium!)
        browser.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-proxy-server",
            "--user-data-dir=\(profile.path)", "--remote-debugging-port=0",
            "http://127.0.0.1:\(serve.port)/data.html",
        ]
        browser.standardOutput = FileHandle.nullDevice
        browser.standardError = FileHandle.nullDevice
        try browser.run()
        defer {
            browser.terminate()
            browser.waitUntilExit()
        }
        // The page's title, as the browser's DevTools list of pages shows it.
        func titles() -> String {
            guard
                let text = try? String(
                    contentsOf: profile.appendingPathComponent("DevToolsActivePort"),
                    encoding: .utf8),
                let port = text.split(separator: "\n").first.flatMap({ UInt16($0) }),
                let list = try? ServeProcess.get("/json/list", port: port)
            else { return "" }
            return list.body
        }
        func wait(seconds: Double, for title: String) -> Bool {
            let start = Date()
            while Date().timeIntervalSince(start) < seconds {
                if titles().contains(title) { return true }
                usleep(100_000)
            }
            return false
        }
        #expect(wait(seconds: 30, for: "\"The data — Quickstart"), "the page opened")
        let text = try String(contentsOf: chapter, encoding: .utf8)
        try text.replacingOccurrences(of: "# The data\n", with: "# The data, reloaded\n")
            .write(to: chapter, atomically: true, encoding: .utf8)
        #expect(wait(seconds: 3, for: "\"The data, reloaded — Quickstart"), "no reload in 3 s")
        #expect(serve.interrupt().status == 130)
    }
}
