import ArgumentParser
import CutBook
import CutServe
import Foundation

/// `cutbook serve`: a live preview of a report.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Build a report, serve its site on 127.0.0.1 and rebuild it on every change.",
        discussion: """
            Builds the report (the HTML pages first, then the PDF book when the formats ask for \
            it) into its output folder, the one `cutbook build` writes, and serves that folder \
            on 127.0.0.1 only. Every file the build reads is watched (report.yml, the chapters, \
            the includes, the data files, and the templates folder); after a change the report \
            is rebuilt and the open pages reload themselves. A failed rebuild shows its \
            file:line:col errors over the last good pages, which stay in place. Ctrl-C stops.
            """)

    @OptionGroup var report: ReportFolder

    @Option(help: "The port on 127.0.0.1; 0 picks a free one (the URL printed names it).")
    var port: Int = 8000

    @OptionGroup var settings: BuildSettings

    func validate() throws {
        guard (0...65535).contains(port) else {
            throw ValidationError("--port must be between 0 and 65535, found \(port)")
        }
    }

    func run() async throws {
        let options = try settings.options(reportDirectory: report.reportDirectory)
        var preview = Preview(build: options, port: UInt16(port))
        let localTemplates = URL(fileURLWithPath: report.reportDirectory)
            .appendingPathComponent("templates").path
        preview.watchedFolders = [settings.templates, localTemplates].compactMap { $0 }
        InterruptHandler.install()
        do {
            try await preview.run(
                progress: .automatic(), log: { Diagnostics.report(plain: $0) },
                announce: { line in FileHandle.standardOutput.write(Data((line + "\n").utf8)) })
        } catch {
            // A refused output folder (exit status 2, as for `build`), a port that cannot be
            // bound or a folder without report.yml; failed builds are shown, not thrown.
            Diagnostics.report(line: "error: \(error)")
            throw error is OutputRefusal ? ExitCode(2) : ExitCode.failure
        }
    }
}
