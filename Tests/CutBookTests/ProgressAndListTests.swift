import CutBook
import Foundation
import Synchronization
import Testing

/// Progress lines and `cutbook list`'s cache status.
struct ProgressAndListTests {
    final class Lines: Sendable {
        let text = Mutex("")
    }

    @Test func plainModePrintsStartEveryTenthAndEnd() {
        let lines = Lines()
        let reporter = ProgressReporter(mode: .plain) { text in lines.text.withLock { $0 += text } }
        reporter.begin(id: "a", label: "q/a.md:3:1 <<train as=fit>>")
        for epoch in 1...20 {
            reporter.epoch(id: "a", epoch: epoch, of: 20, loss: 100 - Double(epoch))
        }
        reporter.end(id: "a", succeeded: true)
        let printed = lines.text.withLock { $0 }.split(separator: "\n").map(String.init)
        #expect(printed.first == "run   q/a.md:3:1 <<train as=fit>>")
        #expect(printed.count == 12)
        #expect(printed[1].hasPrefix("      q/a.md:3:1 <<train as=fit>>: epoch 2/20 loss 98 ~"))
        #expect(printed.last?.hasPrefix("done  q/a.md:3:1 <<train as=fit>> (") == true)
    }

    @Test func terminalModeRedrawsInPlace() {
        let lines = Lines()
        let reporter = ProgressReporter(mode: .terminal) { text in
            lines.text.withLock { $0 += text }
        }
        reporter.begin(id: "a", label: "fit")
        reporter.end(id: "a", succeeded: false)
        let printed = lines.text.withLock { $0 }
        #expect(printed.contains("\u{1B}[1A\u{1B}[2K"))
        #expect(printed.contains("FAIL  fit ("))
    }

    @Test func listShowsWhatIsCached() async throws {
        let parent = try Support.temporaryFolder()
        let report = try Support.copyFixture("basics", into: parent)
        let cache = parent.appendingPathComponent("cache").path
        let before = try ReportBuilder.status(reportDirectory: report.path, cacheDirectory: cache)
        #expect(before.map(\.cached) == [0, 0])
        #expect(before.map(\.total) == [3, 1])
        _ = try await ReportBuilder.build(
            Support.options(report: report, parent: parent),
            progress: ProgressReporter(mode: .silent))
        let after = try ReportBuilder.status(reportDirectory: report.path, cacheDirectory: cache)
        #expect(after.map(\.cached) == [3, 1])
    }
}
