import Foundation
import Synchronization
import Testing

@testable import CutBook

/// Progress lines and `cutbook list`'s cache status.
struct ProgressAndListTests {
    final class Lines: Sendable {
        let text = Mutex("")
    }

    @Test func plainModePrintsStartEveryTenthAndEnd() {
        let lines = Lines()
        let clock = Mutex(0.0)
        let reporter = ProgressReporter(
            mode: .plain, write: { text in lines.text.withLock { $0 += text } },
            now: { clock.withLock { $0 } })
        reporter.begin(id: "a", label: "q/a.md:3:1 <<train as=fit>>")
        for epoch in 1...20 {
            clock.withLock { $0 = Double(epoch) * 5 }
            reporter.epoch(id: "a", epoch: epoch, of: 20, loss: 100 - Double(epoch))
        }
        reporter.end(id: "a", succeeded: true)
        let printed = lines.text.withLock { $0 }.split(separator: "\n").map(String.init)
        #expect(printed.first == "run   q/a.md:3:1 <<train as=fit>>")
        // Epoch 1 (past the first 2 s), then one line per tenth: epochs 2, 4, …, 20.
        #expect(printed.count == 13)
        #expect(
            printed[1]
                == "      q/a.md:3:1 <<train as=fit>>: epoch 1/20 (5 %) loss 99, about 1 min 35 s left"
        )
        #expect(
            printed[2]
                == "      q/a.md:3:1 <<train as=fit>>: epoch 2/20 (10 %) loss 98, about 1 min 30 s left"
        )
        #expect(printed.last == "done  q/a.md:3:1 <<train as=fit>> (100.00 s)")
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
