import Foundation
import Testing

@testable import CutServe

/// The reload hook and the error overlay are added to served HTML only.
struct PreviewPageTests {
    @Test func theHookGoesBeforeTheLastBodyEnd() {
        let page = PreviewPage.inject(
            into: "<html><body><p>a</p></BODY></html>\n", build: "s-1", failure: nil)
        #expect(page.hasPrefix("<html><body><p>a</p><script id=\"cutbook-reload\">"))
        #expect(page.hasSuffix("</script>\n</BODY></html>\n"))
        #expect(page.contains("new EventSource(\"/__cutbook/events\")"))
        #expect(page.contains("var shown = \"s-1\";"))
        #expect(!page.contains("cutbook-errors"))
    }

    @Test func aPageWithoutBodyGetsTheHookAtItsEnd() {
        let page = PreviewPage.inject(into: "<p>fragment</p>", build: "s-2", failure: nil)
        #expect(page.hasPrefix("<p>fragment</p><script id=\"cutbook-reload\">"))
    }

    @Test func aFailureAddsTheEscapedOverlay() {
        let failure = "rep/a.md:3:1: error: unknown directive 'scna'\n    <<scna x>>"
        let page = PreviewPage.inject(
            into: "<body>good</body>", build: "s-3", failure: failure)
        #expect(page.hasPrefix("<body>good<div id=\"cutbook-errors\""))
        #expect(
            page.contains(
                "rep/a.md:3:1: error: unknown directive 'scna'\n    &lt;&lt;scna x&gt;&gt;"))
        #expect(page.contains("this page shows the last good build"))
    }

    @Test func thePlaceholderCarriesTheHookAndTheErrors() {
        let waiting = PreviewPage.placeholder(build: "s-0", failure: nil)
        #expect(waiting.contains("the first build is running"))
        #expect(waiting.contains("id=\"cutbook-reload\""))
        let failed = PreviewPage.placeholder(build: "s-1", failure: "r/report.yml:1:1: error: x")
        #expect(failed.contains("r/report.yml:1:1: error: x"))
        #expect(!failed.contains("the first build is running"))
    }
}
