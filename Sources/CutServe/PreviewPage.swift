import CutBook
import Foundation

/// What the preview server adds to the HTML it serves, at serve time only (the site on disk
/// never carries it): a small script that listens to `/__cutbook/events` and reloads the page
/// when the build it shows is no longer the latest, and, after a failed rebuild, an overlay
/// with the errors above the last good page.
///
/// ```swift
/// let page = PreviewPage.inject(
///     into: "<html><body><p>Hi</p></body></html>", build: "a1b2-3", failure: nil)
/// // "<html><body><p>Hi</p><script id=\"cutbook-reload\">…</script></body></html>"
/// ```
enum PreviewPage {
    /// The path of the server-sent event stream the reload script listens to.
    static let eventsPath = "/__cutbook/events"

    /// `html` with the reload hook (and the overlay for `failure`) before its last `</body>`,
    /// or at its end when it has none. `build` names the build the page shows.
    static func inject(into html: String, build: String, failure: String?) -> String {
        let addition = (failure.map(overlay) ?? "") + reloadScript(build: build)
        guard let body = html.range(of: "</body>", options: [.backwards, .caseInsensitive])
        else { return html + addition }
        return html.replacingCharacters(in: body.lowerBound..<body.lowerBound, with: addition)
    }

    /// The page served for every HTML request before the first good build: the errors of the
    /// failed build, or a note that the first build is running.
    static func placeholder(build: String, failure: String?) -> String {
        let note =
            failure == nil
            ? "<p>cutbook serve: the first build is running; this page reloads when it is done.</p>"
            : ""
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8"><title>cutbook serve</title></head>
            <body>
            \(note)\(failure.map(overlay) ?? "")\(reloadScript(build: build))</body>
            </html>

            """
    }

    /// The error overlay: the failed build's diagnostics (`file:line:col: error: …`) over the
    /// page, which still shows the last good build.
    static func overlay(_ failure: String) -> String {
        """
        <div id="cutbook-errors" role="alert" style="position:fixed;inset:auto 0 0 0;\
        max-height:60vh;overflow:auto;z-index:2147483647;margin:0;padding:0.8em 1.2em;\
        background:#fff1f0;color:#5c0011;border-top:3px solid #cf1322;\
        font:14px/1.45 system-ui,sans-serif;box-shadow:0 -4px 16px rgba(0,0,0,0.25)">\
        <strong>The last rebuild failed; this page shows the last good build.</strong>\
        <pre style="white-space:pre-wrap;margin:0.6em 0 0;font:13px/1.4 ui-monospace,monospace;\
        background:none;color:inherit">\(HTML.escape(failure))</pre></div>

        """
    }

    /// The reload hook: on every event of the stream, reload unless it names this page's build.
    static func reloadScript(build: String) -> String {
        """
        <script id="cutbook-reload">(function () {
          var shown = "\(HTML.escape(build))";
          var events = new EventSource("\(eventsPath)");
          events.addEventListener("build", function (event) {
            if (event.data !== shown) { events.close(); location.reload(); }
          });
        })();</script>

        """
    }
}
